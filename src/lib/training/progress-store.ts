import type { KeyValueStorage } from '../assessment/store/storage.ts';
import {
  emptyProgress,
  PROGRESS_BACKUP_PREFIX,
  PROGRESS_KEY,
  readProgress,
  type ProgressContext,
  type ProgressState,
} from './progress.ts';

/**
 * The thin I/O around the progress state: read fresh before every change (so two tabs keep each
 * other's ticks), write at once, and say when a write did not happen. A stored value that cannot
 * be read is copied to a backup key before anything replaces it; if even the copy fails, nothing
 * is written over it and the page works from memory.
 */

/** Whether the progress shown is in the browser's storage. */
export type ProgressSaveStatus =
  | { saved: true }
  | {
      saved: false;
      /**
       * unavailable: no usable storage (blocked by settings): memory only;
       * write-failed: the last write failed (storage full): kept in this page, retried on the next change;
       * backup-failed: unreadable saved progress could not be copied, so it is left as it is.
       */
      reason: 'unavailable' | 'write-failed' | 'backup-failed';
    };

export interface ProgressSnapshot {
  state: ProgressState;
  status: ProgressSaveStatus;
  /** Said once after a reset: what happened to progress that could not be read. */
  notice?: string;
}

export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  /** Applies a change to the freshest state and writes it; true when it reached storage. */
  update(change: (state: ProgressState, ctx: ProgressContext) => ProgressState): boolean;
  /** Call from the window's `storage` event. */
  handleStorageEvent(event: { key: string | null }): void;
  subscribe(listener: () => void): () => void;
}

export interface ProgressStoreOptions {
  /** localStorage; undefined when the browser gives none. */
  storage: KeyValueStorage | undefined;
  now?: () => string;
  newId?: () => string;
}

/** Backups kept of unreadable progress; older ones are removed. */
const MAX_BACKUPS = 3;

/** What a status means for the learner, or undefined when all is saved. */
export function statusText(status: ProgressSaveStatus): string | undefined {
  if (status.saved) return undefined;
  switch (status.reason) {
    case 'unavailable':
      return 'This browser does not let the site store anything, so your progress lasts only until you leave this page.';
    case 'write-failed':
      return 'Your latest progress could not be saved: the browser’s storage for this site is full or blocked. It is kept on this page and saved with your next change if there is room.';
    case 'backup-failed':
      return 'Saved progress in this browser could not be read, and no copy of it could be made, so it is left untouched and nothing new is saved.';
  }
}

export function openProgressStore(options: ProgressStoreOptions): ProgressStore {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? randomId;
  const storage = options.storage;
  const listeners = new Set<() => void>();
  let lastRaw: string | null | undefined;
  let blocked = false;
  /** Set while a change is in memory only: then storage is not re-read over it. */
  let unsaved = false;
  let snapshot: ProgressSnapshot = {
    state: emptyProgress(),
    status: storage ? { saved: true } : { saved: false, reason: 'unavailable' },
  };

  const publish = (next: Partial<ProgressSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    listeners.forEach((listener) => listener());
  };

  function write(state: ProgressState): boolean {
    if (!storage || blocked) return false;
    const text = JSON.stringify(state);
    try {
      storage.setItem(PROGRESS_KEY, text);
    } catch {
      return false;
    }
    lastRaw = text;
    return true;
  }

  function backUp(raw: string): boolean {
    if (!storage) return false;
    try {
      storage.setItem(`${PROGRESS_BACKUP_PREFIX}${now()}`, raw);
    } catch {
      return false;
    }
    const backups = storageKeys(storage)
      .filter((k) => k.startsWith(PROGRESS_BACKUP_PREFIX))
      .sort();
    for (const old of backups.slice(0, Math.max(0, backups.length - MAX_BACKUPS)))
      storage.removeItem(old);
    return true;
  }

  /** Re-reads storage unless this page holds changes it could not write. */
  function readFresh(): ProgressState {
    if (!storage || unsaved || blocked) return snapshot.state;
    let raw: string | null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      publish({ status: { saved: false, reason: 'unavailable' } });
      return snapshot.state;
    }
    if (raw === lastRaw) return snapshot.state;
    lastRaw = raw;
    const read = readProgress(raw);
    if (read.outcome !== 'unreadable') {
      publish({ state: read.state });
      return read.state;
    }
    if (!backUp(raw!)) {
      blocked = true;
      publish({ state: read.state, status: { saved: false, reason: 'backup-failed' } });
      return read.state;
    }
    const key = storageKeys(storage)
      .filter((k) => k.startsWith(PROGRESS_BACKUP_PREFIX))
      .sort()
      .at(-1);
    const notice = `Saved progress in this browser could not be read (${read.reason}), so it starts again. A copy of the old data is kept in this browser’s storage under “${key}”.`;
    const saved = write(read.state);
    publish({
      state: read.state,
      notice,
      status: saved ? { saved: true } : { saved: false, reason: 'write-failed' },
    });
    return read.state;
  }

  readFresh();

  return {
    getSnapshot: () => snapshot,
    update(change) {
      const before = readFresh();
      const next = change(before, { now: now(), newId });
      if (next === before) return snapshot.status.saved;
      const saved = write(next);
      unsaved = !saved && storage !== undefined && !blocked;
      const status: ProgressSaveStatus = saved
        ? { saved: true }
        : {
            saved: false,
            reason: !storage ? 'unavailable' : blocked ? 'backup-failed' : 'write-failed',
          };
      publish({ state: next, status });
      return saved;
    },
    handleStorageEvent(event) {
      if (event.key === PROGRESS_KEY || event.key === null) readFresh();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

// The assessment store's helper is not shared on purpose: importing it splits it into a chunk of
// its own that the results page, close to its budget, would pay for too.
function storageKeys(storage: KeyValueStorage): string[] {
  try {
    return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
  } catch {
    return [];
  }
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
