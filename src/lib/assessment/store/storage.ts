/** The part of the Web Storage API the store uses, so tests can pass a fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Number of keys, and the key at an index: to find backups. */
  readonly length: number;
  key(index: number): string | null;
}

const PROBE_KEY = 'a2o:probe';

/**
 * The browser's localStorage (or sessionStorage) if it can be used, else undefined. Reading the
 * property throws when storage is blocked, and Safari's old private mode throws on every write.
 * A storage that is only full is still the storage: writes are retried once there is room.
 */
export function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage') {
  let storage: KeyValueStorage | undefined;
  try {
    storage = globalThis[kind];
    if (!storage) return undefined;
    storage.setItem(PROBE_KEY, PROBE_KEY);
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch (error) {
    return storage && isQuotaError(error) ? storage : undefined;
  }
}

/** The error a browser throws when a write does not fit (names differ between engines). */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** A storage held in memory: the fallback when the browser's cannot be used, and a test double. */
export function memoryStorage(
  initial: Readonly<Record<string, string>> = {},
): KeyValueStorage & { keys(): string[] } {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    keys: () => [...items.keys()],
  };
}

/** Every key of a storage; an empty list when it cannot be read. */
export function storageKeys(storage: KeyValueStorage): string[] {
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key !== null,
    );
  } catch {
    return [];
  }
}

/** A fresh id for an assessment. randomUUID is missing outside secure contexts (plain http). */
export function newAssessmentId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
