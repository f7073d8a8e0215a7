import { BACKUP_KEY_PREFIX, STORAGE_KEY, type StoreState } from './store-shape.ts';
import type { KeyValueStorage } from './storage.ts';

/** Reads the stored text; undefined when storage throws (blocked, or gone). */
export function readRaw(storage: KeyValueStorage): { raw: string | null } | undefined {
  try {
    return { raw: storage.getItem(STORAGE_KEY) };
  } catch {
    return undefined;
  }
}

/** Writes the state; returns the text written, or undefined when the write failed (quota). */
export function writeState(storage: KeyValueStorage, state: StoreState): string | undefined {
  const text = JSON.stringify(state);
  try {
    storage.setItem(STORAGE_KEY, text);
    return text;
  } catch {
    return undefined;
  }
}

/** Copies a stored text that is about to be replaced to its own key; false if that failed. */
export function backUp(storage: KeyValueStorage, raw: string, now: string): boolean {
  try {
    storage.setItem(`${BACKUP_KEY_PREFIX}${now}`, raw);
    return true;
  } catch {
    return false;
  }
}
