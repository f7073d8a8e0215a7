import type { SaveStatus } from './save-status.ts';
import { applyAction, type StoreAction } from './store-actions.ts';
import { loadState, needsBackup, type LoadReport } from './store-load.ts';
import { emptyStoreState, STORAGE_KEY, type StoreState } from './store-shape.ts';
import { newAssessmentId, type KeyValueStorage } from './storage.ts';
import { backUp, readRaw, writeState } from './storage-io.ts';

/** What the UI renders. The same object is returned until something changes. */
export interface StoreSnapshot {
  state: StoreState;
  status: SaveStatus;
  /** How the stored value was last read (problems to show after a recovery). */
  report: LoadReport;
}

export interface AssessmentStore {
  getSnapshot(): StoreSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Reads the freshest stored state, applies the action, writes the result. */
  dispatch(action: StoreAction): StoreSnapshot;
  /** Call from the window's `storage` event: reloads when another tab changed the assessments. */
  handleStorageEvent(event: { key: string | null }): void;
}

export interface StoreOptions {
  /** browserStorage() in the browser; undefined when there is none (memory only). */
  storage: KeyValueStorage | undefined;
  now?: () => string;
  newId?: () => string;
}

/**
 * The thin I/O around the pure actions. Every change is read-fresh → apply → write, so two tabs
 * editing the same assessment keep each other's answers. When storage fails the store carries on
 * in memory for the rest of the session and says so in `status`; it never writes over a stored
 * value it could not read without backing that value up first.
 */
export function openAssessmentStore(options: StoreOptions): AssessmentStore {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? newAssessmentId;
  let storage = options.storage;
  let lastRaw: string | null | undefined;
  let snapshot: StoreSnapshot = {
    state: emptyStoreState(),
    status: storage ? { saved: true } : { saved: false, reason: 'unavailable' },
    report: { outcome: 'empty', problems: [] },
  };
  const listeners = new Set<() => void>();

  const update = (next: Partial<StoreSnapshot>) => {
    snapshot = { ...snapshot, ...next };
    listeners.forEach((listener) => listener());
  };
  const detach = (reason: Exclude<SaveStatus, { saved: true }>['reason']) => {
    storage = undefined;
    update({ status: { saved: false, reason } });
  };

  /** The stored state, re-read only when the stored text changed since we last saw it. */
  const readFresh = (): StoreState => {
    if (!storage) return snapshot.state;
    const read = readRaw(storage);
    if (!read) {
      detach('unavailable');
      return snapshot.state;
    }
    if (read.raw === lastRaw) return snapshot.state;
    const loaded = loadState(read.raw, { now: now(), newId });
    lastRaw = read.raw;
    update({ state: loaded.state, report: loaded.report });
    if (read.raw !== null && needsBackup(loaded.report) && !backUp(storage, read.raw, now())) detach('backup-failed');
    return loaded.state;
  };

  const write = (state: StoreState) => {
    const written = storage && writeState(storage, state);
    if (written === undefined && storage) detach('write-failed');
    if (written !== undefined) lastRaw = written;
    update(written !== undefined ? { state, status: { saved: true } } : { state });
  };

  readFresh();
  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispatch(action) {
      const fresh = readFresh();
      const next = applyAction(fresh, action, { now: now(), newId: newId() });
      if (next !== fresh) write(next);
      return snapshot;
    },
    handleStorageEvent(event) {
      if (event.key === STORAGE_KEY || event.key === null) readFresh();
    },
  };
}
