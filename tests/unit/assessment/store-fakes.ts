import { memoryStorage, type KeyValueStorage } from '../../../src/lib/assessment/storage.ts';
import { openAssessmentStore } from '../../../src/lib/assessment/persistent-store.ts';

/** A storage whose writes (or every call) fail, as in private mode or with the quota exceeded. */
export function failingStorage(
  base = memoryStorage(),
  fail: { reads?: boolean; writes?: boolean; writesTo?: (key: string) => boolean } = {
    writes: true,
  },
): KeyValueStorage & { keys(): string[] } {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  return {
    ...base,
    getItem: (key) => {
      if (fail.reads) throw new DOMException('Access is denied', 'SecurityError');
      return base.getItem(key);
    },
    setItem: (key, value) => {
      if (fail.writes || fail.writesTo?.(key)) throw quota();
      base.setItem(key, value);
    },
  };
}

let ids = 0;
let seconds = 0;

/** A store on the given storage with predictable ids and a clock that ticks a second per call. */
export function openTestStore(storage: KeyValueStorage | undefined) {
  return openAssessmentStore({
    storage,
    newId: () => `id-${++ids}`,
    now: () => new Date(Date.UTC(2025, 0, 1) + 1000 * ++seconds).toISOString(),
  });
}
