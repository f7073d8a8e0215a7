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

interface Session {
  /** Undefined once storage failed: the session then carries on in memory. */
  storage: KeyValueStorage | undefined;
  /** The stored text the current state was read from or written as. */
  lastRaw: string | null | undefined;
  snapshot: StoreSnapshot;
  listeners: Set<() => void>;
  now: () => string;
  newId: () => string;
}

/**
 * The thin I/O around the pure actions. Every change is read-fresh → apply → write, so two tabs
 * editing the same assessment keep each other's answers. When storage fails the store carries on
 * in memory for the rest of the session and says so in `status`; it never writes over a stored
 * value it could not read without backing that value up first.
 */
export function openAssessmentStore(options: StoreOptions): AssessmentStore {
  const session = openSession(options);
  readFresh(session);
  return {
    getSnapshot: () => session.snapshot,
    subscribe(listener) {
      session.listeners.add(listener);
      return () => void session.listeners.delete(listener);
    },
    dispatch(action) {
      const fresh = readFresh(session);
      const next = applyAction(fresh, action, { now: session.now(), newId: session.newId() });
      if (next !== fresh) write(session, next);
      return session.snapshot;
    },
    handleStorageEvent(event) {
      if (event.key === STORAGE_KEY || event.key === null) readFresh(session);
    },
  };
}

function openSession({ storage, now, newId }: StoreOptions): Session {
  const status: SaveStatus = storage ? { saved: true } : { saved: false, reason: 'unavailable' };
  return {
    storage,
    lastRaw: undefined,
    snapshot: { state: emptyStoreState(), status, report: { outcome: 'empty', problems: [] } },
    listeners: new Set(),
    now: now ?? (() => new Date().toISOString()),
    newId: newId ?? newAssessmentId,
  };
}

/** The stored state, parsed again only when the stored text changed since this session saw it. */
function readFresh(session: Session): StoreState {
  if (!session.storage) return session.snapshot.state;
  const read = readRaw(session.storage);
  if (!read) return detach(session, 'unavailable');
  if (read.raw === session.lastRaw) return session.snapshot.state;
  const loaded = loadState(read.raw, { now: session.now(), newId: session.newId });
  session.lastRaw = read.raw;
  publish(session, { state: loaded.state, report: loaded.report });
  // A value that is not exactly current and valid is kept under a backup key before any write.
  const backedUp =
    read.raw === null ||
    !needsBackup(loaded.report) ||
    backUp(session.storage, read.raw, session.now());
  if (!backedUp) detach(session, 'backup-failed');
  return loaded.state;
}

function write(session: Session, state: StoreState): void {
  const written = session.storage && writeState(session.storage, state);
  if (written === undefined) {
    if (session.storage) detach(session, 'write-failed');
    return publish(session, { state });
  }
  session.lastRaw = written;
  publish(session, { state, status: { saved: true } });
}

/** Stops using storage for the rest of the session; returns the state kept in memory. */
function detach(
  session: Session,
  reason: Extract<SaveStatus, { saved: false }>['reason'],
): StoreState {
  session.storage = undefined;
  publish(session, { status: { saved: false, reason } });
  return session.snapshot.state;
}

function publish(session: Session, change: Partial<StoreSnapshot>): void {
  session.snapshot = { ...session.snapshot, ...change };
  session.listeners.forEach((listener) => listener());
}
