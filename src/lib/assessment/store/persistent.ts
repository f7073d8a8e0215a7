import { applyAction } from './actions.ts';
import { loadState, needsBackup, type LoadReport } from './load.ts';
import { memoryStorage, newAssessmentId, storageKeys, type KeyValueStorage } from './storage.ts';
import {
  ACTIVE_KEY,
  BACKUP_KEY_PREFIX,
  CREATING_ACTIONS,
  emptyStoreState,
  MAX_BACKUPS,
  STORAGE_KEY,
  type ActionContext,
  type StoreAction,
  type StoreState,
  type StoredAssessment,
} from './types.ts';

/**
 * The thin I/O around the pure actions (DESIGN.md, "Assessment state, files and links"):
 *
 * - Every change is read-fresh → apply → write, so two tabs editing the same assessment keep
 *   each other's answers, and every action names the assessment it changes.
 * - The assessment a tab shows is the tab's own (sessionStorage): another tab creating, choosing
 *   or importing never changes it.
 * - A write that fails (quota, blocked storage) leaves the change in this page, queued: every
 *   later change, every storage event and `retry()` try again, and the status says "saved" only
 *   once a write succeeded.
 * - Deleting keeps the assessment in this page's memory for undo, never in storage; backups of
 *   an unreadable value that hold it are removed with it.
 * - A stored value that cannot be read whole is backed up before anything is written over it.
 */

/** Whether the last change reached the browser's storage. */
export type SaveStatus =
  | { saved: true }
  | {
      saved: false;
      /**
       * unavailable: no usable storage (private mode, blocked by settings): memory only;
       * write-failed: a write failed (storage full); changes wait in this page and are retried;
       * backup-failed: an unreadable stored value could not be backed up, so nothing is
       * written over it.
       */
      reason: 'unavailable' | 'write-failed' | 'backup-failed';
      /** Changes made in this page that are not in storage. */
      pending: number;
    };

/** The last deletion in this page, which undo puts back exactly. */
export interface UndoEntry {
  assessment: StoredAssessment;
  /** Its place in the list. */
  index: number;
}

/** What the UI renders. The same object is returned until something changes. */
export interface StoreSnapshot {
  /** The assessments as this page sees them: storage plus changes not saved yet. */
  state: StoreState;
  /** The assessment this tab shows, if any. */
  activeId: string | undefined;
  status: SaveStatus;
  /** How the stored value was last read (problems to show after a recovery). */
  report: LoadReport;
  undo: UndoEntry | undefined;
  /** Why this tab's assessment changed without the user choosing (deleted in another tab). */
  notice: string | undefined;
}

/** What a dispatch did, so the UI never claims more than happened. */
export interface DispatchResult {
  /** The action changed something. */
  changed: boolean;
  /** Everything, this change included, is in storage. */
  saved: boolean;
  /** The id of the assessment the action created, if it created one. */
  createdId?: string;
}

export interface AssessmentStore {
  getSnapshot(): StoreSnapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  dispatch(action: StoreAction): DispatchResult;
  /** Shows another assessment in this tab. */
  select(assessmentId: string): void;
  /** Puts back the last assessment deleted in this page. */
  undoDelete(): DispatchResult;
  /** Tries again to write changes that could not be saved. */
  retry(): DispatchResult;
  /** Call from the window's `storage` event: another tab changed or cleared the assessments. */
  handleStorageEvent(event: { key: string | null }): void;
  dismissNotice(): void;
}

export interface StoreOptions {
  /** localStorage in the browser; undefined when there is none (then memory only). */
  storage: KeyValueStorage | undefined;
  /** sessionStorage in the browser: where this tab remembers what it shows. */
  tabStorage?: KeyValueStorage | undefined;
  now?: () => string;
  newId?: () => string;
}

const DELETED_ELSEWHERE = 'The assessment this tab showed was deleted in another tab.';
const CLEARED_ELSEWHERE = 'The assessments were removed from this browser in another tab.';

interface Session {
  storage: KeyValueStorage;
  /** False when the browser gave no usable storage: everything stays in memory. */
  persistent: boolean;
  tab: KeyValueStorage;
  /** The stored text the stored state was read from or written as. */
  lastRaw: string | null | undefined;
  /** The state as storage has it. */
  stored: StoreState;
  /** Changes of this page not yet in storage, with the context they were made in. */
  pending: { action: StoreAction; ctx: ActionContext }[];
  /** Set when an unreadable stored value could not be backed up: nothing may overwrite it. */
  blocked: boolean;
  legacyActiveId: string | undefined;
  snapshot: StoreSnapshot;
  listeners: Set<() => void>;
  now: () => string;
  newId: () => string;
}

export function openAssessmentStore(options: StoreOptions): AssessmentStore {
  const session = openSession(options);
  refresh(session);
  return {
    getSnapshot: () => session.snapshot,
    subscribe(listener) {
      session.listeners.add(listener);
      return () => void session.listeners.delete(listener);
    },
    dispatch: (action) => dispatch(session, action),
    select(assessmentId) {
      if (!session.snapshot.state.assessments.some((a) => a.id === assessmentId)) return;
      setActive(session, assessmentId);
      publish(session, { activeId: assessmentId, notice: undefined });
    },
    undoDelete() {
      const undo = session.snapshot.undo;
      if (!undo) return { changed: false, saved: isSaved(session) };
      const result = dispatch(session, { type: 'restore', ...undo });
      publish(session, { undo: undefined });
      return result;
    },
    retry() {
      refresh(session);
      return { changed: false, saved: isSaved(session) };
    },
    handleStorageEvent(event) {
      if (event.key === STORAGE_KEY || event.key === null) refresh(session);
    },
    dismissNotice: () => publish(session, { notice: undefined }),
  };
}

function openSession({ storage, tabStorage, now, newId }: StoreOptions): Session {
  const status: SaveStatus = storage
    ? { saved: true }
    : { saved: false, reason: 'unavailable', pending: 0 };
  return {
    storage: storage ?? memoryStorage(),
    persistent: storage !== undefined,
    tab: tabStorage ?? memoryStorage(),
    lastRaw: undefined,
    stored: emptyStoreState(),
    pending: [],
    blocked: false,
    legacyActiveId: undefined,
    snapshot: {
      state: emptyStoreState(),
      activeId: undefined,
      status,
      report: { outcome: 'empty', problems: [] },
      undo: undefined,
      notice: undefined,
    },
    listeners: new Set(),
    now: now ?? (() => new Date().toISOString()),
    newId: newId ?? newAssessmentId,
  };
}

function dispatch(session: Session, action: StoreAction): DispatchResult {
  const ctx = { now: session.now(), newId: session.newId() };
  const before = readFresh(session);
  const next = applyAction(before, action, ctx);
  if (next === before) return { changed: false, saved: isSaved(session) };
  session.pending.push({ action, ctx });
  const created = CREATING_ACTIONS.has(action.type) || action.type === 'restore';
  const createdId = created ? findCreated(before, next) : undefined;
  let { activeId, undo } = session.snapshot;
  if (action.type === 'delete') {
    const index = before.assessments.findIndex((a) => a.id === action.assessmentId);
    undo = { assessment: before.assessments[index]!, index };
    if (activeId === action.assessmentId) activeId = neighbourOf(next, index);
  }
  if (createdId) activeId = createdId;
  if (activeId !== session.snapshot.activeId) setActive(session, activeId);
  const saved = flush(session);
  if (action.type === 'delete' && saved) purgeBackups(session, action.assessmentId);
  publish(session, { state: shownState(session), activeId, undo, notice: undefined });
  return { changed: true, saved, ...(createdId && { createdId }) };
}

/** Re-reads storage, retries what is pending, keeps this tab's choice valid, and publishes. */
function refresh(session: Session): void {
  readFresh(session);
  flush(session);
  const state = shownState(session);
  const { activeId, notice } = validActive(session, state);
  publish(session, { state, activeId, notice: notice ?? session.snapshot.notice });
}

/** The state as this page must see it before a change: storage, then the pending changes. */
function readFresh(session: Session): StoreState {
  const read = readRaw(session.storage);
  if (read === undefined) {
    session.persistent = false;
    return shownState(session);
  }
  if (read.raw !== session.lastRaw) {
    const loaded = loadState(read.raw, { now: session.now(), newId: session.newId });
    session.lastRaw = read.raw;
    session.stored = loaded.state;
    session.legacyActiveId ??= loaded.legacyActiveId;
    publish(session, { report: loaded.report });
    if (read.raw !== null && needsBackup(loaded.report) && !backUp(session, read.raw))
      session.blocked = true;
    // A migrated or recovered value is written back at once, in the current shape: what was
    // deleted under an older version (its trash) leaves storage now.
    if (read.raw !== null && loaded.report.outcome !== 'ok' && !session.blocked)
      writeStored(session, session.stored);
  }
  return shownState(session);
}

function shownState(session: Session): StoreState {
  return session.pending.reduce(
    (state, { action, ctx }) => applyAction(state, action, ctx),
    session.stored,
  );
}

/** Writes the pending changes; true when storage now holds everything this page shows. */
function flush(session: Session): boolean {
  if (!session.persistent) {
    // Memory only: the changes are the state.
    session.stored = shownState(session);
    session.pending = [];
    publish(session, { status: { saved: false, reason: 'unavailable', pending: 0 } });
    return false;
  }
  // Blocked from the first read on: nothing is written, and the status says so even before a change.
  if (session.blocked) {
    const pending = session.pending.length;
    publish(session, { status: { saved: false, reason: 'backup-failed', pending } });
    return false;
  }
  if (session.pending.length === 0) {
    publish(session, { status: { saved: true } });
    return true;
  }
  const next = shownState(session);
  if (!writeStored(session, next)) {
    const pending = session.pending.length;
    publish(session, { status: { saved: false, reason: 'write-failed', pending } });
    return false;
  }
  session.pending = [];
  publish(session, { status: { saved: true } });
  return true;
}

function writeStored(session: Session, state: StoreState): boolean {
  const text = JSON.stringify(state);
  try {
    session.storage.setItem(STORAGE_KEY, text);
  } catch {
    return false;
  }
  session.lastRaw = text;
  session.stored = state;
  return true;
}

function isSaved(session: Session): boolean {
  return session.persistent && !session.blocked && session.pending.length === 0;
}

/** Reads the stored text; undefined when storage throws (blocked, or gone). */
function readRaw(storage: KeyValueStorage): { raw: string | null } | undefined {
  try {
    return { raw: storage.getItem(STORAGE_KEY) };
  } catch {
    return undefined;
  }
}

/** This tab's choice if it still exists, else a sensible default, remembered for this tab. */
function validActive(
  session: Session,
  state: StoreState,
): { activeId: string | undefined; notice?: string } {
  const has = (id: string | null | undefined): id is string =>
    !!id && state.assessments.some((a) => a.id === id);
  const current = session.snapshot.activeId ?? readTab(session);
  if (has(current)) {
    if (current !== session.snapshot.activeId) setActive(session, current);
    return { activeId: current };
  }
  const fallback = has(session.legacyActiveId) ? session.legacyActiveId : mostRecent(state);
  setActive(session, fallback);
  if (!current) return { activeId: fallback };
  return {
    activeId: fallback,
    notice: state.assessments.length === 0 ? CLEARED_ELSEWHERE : DELETED_ELSEWHERE,
  };
}

/** The most recently changed assessment that is not a milestone (else any), for a new tab. */
function mostRecent(state: StoreState): string | undefined {
  const byRecency = [...state.assessments].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (byRecency.find((a) => !a.milestone) ?? byRecency[0])?.id;
}

function neighbourOf(state: StoreState, index: number): string | undefined {
  return state.assessments[Math.min(index, state.assessments.length - 1)]?.id;
}

function findCreated(before: StoreState, after: StoreState): string | undefined {
  const existing = new Set(before.assessments.map((a) => a.id));
  return after.assessments.find((a) => !existing.has(a.id))?.id;
}

function readTab(session: Session): string | null {
  try {
    return session.tab.getItem(ACTIVE_KEY);
  } catch {
    return null;
  }
}

function setActive(session: Session, id: string | undefined): void {
  try {
    if (id) session.tab.setItem(ACTIVE_KEY, id);
    else session.tab.removeItem(ACTIVE_KEY);
  } catch {
    // The tab then forgets its choice on reload; nothing else depends on it.
  }
}

/** Copies a stored text that is about to be replaced to its own key; false if that failed. */
function backUp(session: Session, raw: string): boolean {
  try {
    session.storage.setItem(`${BACKUP_KEY_PREFIX}${session.now()}`, raw);
  } catch {
    return false;
  }
  const backups = storageKeys(session.storage)
    .filter((key) => key.startsWith(BACKUP_KEY_PREFIX))
    .sort();
  for (const old of backups.slice(0, Math.max(0, backups.length - MAX_BACKUPS)))
    session.storage.removeItem(old);
  return true;
}

/** Removes the backups that hold a deleted assessment, so "delete from this browser" holds. */
function purgeBackups(session: Session, assessmentId: string): void {
  for (const key of storageKeys(session.storage)) {
    if (!key.startsWith(BACKUP_KEY_PREFIX)) continue;
    try {
      if (session.storage.getItem(key)?.includes(JSON.stringify(assessmentId)))
        session.storage.removeItem(key);
    } catch {
      // A backup that cannot be read or removed stays; the next deletion tries again.
    }
  }
}

function publish(session: Session, change: Partial<StoreSnapshot>): void {
  const current = session.snapshot;
  const changed = (Object.keys(change) as (keyof StoreSnapshot)[]).some(
    (key) => !sameValue(current[key], change[key]),
  );
  if (!changed) return;
  session.snapshot = { ...current, ...change };
  session.listeners.forEach((listener) => listener());
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Status and report objects are rebuilt often; compare them by content.
  return (
    typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    !Array.isArray(a) &&
    !('assessments' in a) &&
    !('assessment' in a) &&
    JSON.stringify(a) === JSON.stringify(b)
  );
}

/** The save status in one line for the status bar: "saved", or what is wrong and what happens next. */
export function describeSaveStatus(status: SaveStatus): string {
  if (status.saved) return 'saved in this browser';
  const waiting =
    status.pending > 0
      ? ` ${status.pending} change${status.pending === 1 ? ' is' : 's are'} kept in this page only.`
      : '';
  switch (status.reason) {
    case 'unavailable':
      return 'not saved: this browser does not allow storage here (private window or blocked), so answers last only while the page is open.';
    case 'write-failed':
      return `not saved: the browser's storage is full.${waiting} Each new change tries again; export to keep a copy.`;
    case 'backup-failed':
      return `not saved: earlier saved data could not be read or backed up, so it is left untouched.${waiting}`;
  }
}
