import { memoryStorage, type KeyValueStorage } from '../../../src/lib/assessment/store/storage.ts';
import { openAssessmentStore } from '../../../src/lib/assessment/store/persistent.ts';

/** A storage whose writes (or every call) fail, as in private mode or with the quota exceeded. */
export function failingStorage(
  base = memoryStorage(),
  fail: { reads?: boolean; writes?: boolean; writesTo?: (key: string) => boolean } = {
    writes: true,
  },
): KeyValueStorage & { keys(): string[]; fail: typeof fail } {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return {
    fail,
    getItem: (key) => {
      if (fail.reads) throw new DOMException('Access is denied', 'SecurityError');
      return base.getItem(key);
    },
    setItem: (key, value) => {
      if (fail.writes || fail.writesTo?.(key)) throw quota();
      base.setItem(key, value);
    },
    removeItem: (key) => base.removeItem(key),
    get length() {
      return base.length;
    },
    key: (index) => base.key(index),
    keys: () => base.keys(),
  };
}

let ids = 0;
let seconds = 0;

/**
 * A store on the given shared storage, as one browser tab: its own tab storage (sessionStorage),
 * predictable ids and a clock that ticks a second per call.
 */
export function openTestStore(
  storage: KeyValueStorage | undefined,
  tabStorage: KeyValueStorage = memoryStorage(),
) {
  return openAssessmentStore({
    storage,
    tabStorage,
    newId: () => `id-${++ids}`,
    now: () => new Date(Date.UTC(2025, 0, 1) + 1000 * ++seconds).toISOString(),
  });
}
