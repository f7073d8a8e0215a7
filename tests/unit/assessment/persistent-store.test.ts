import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/assessment/file-import.ts';
import { describeSaveStatus } from '../../../src/lib/assessment/store/persistent.ts';
import { memoryStorage } from '../../../src/lib/assessment/store/storage.ts';
import {
  ACTIVE_KEY,
  BACKUP_KEY_PREFIX,
  MAX_BACKUPS,
  STORAGE_KEY,
  type StoreAction,
} from '../../../src/lib/assessment/store/types.ts';
import { bank, fixtureText, makeAssessment } from './helpers.ts';
import { failingStorage, openTestStore } from './store-fakes.ts';

const create = (title = 'Q1'): StoreAction => ({
  type: 'create',
  title,
  bankVersion: bank.version,
});
const answer = (
  assessmentId: string,
  questionId: string,
  level: 1 | 2 | 3 | 4 | 5,
): StoreAction => ({
  type: 'setAnswer',
  assessmentId,
  questionId,
  answer: level,
  bankVersion: bank.version,
});
const importOf = (title: string): StoreAction => ({
  type: 'import',
  file: makeAssessment({ title }),
});
const titles = (store: ReturnType<typeof openTestStore>) =>
  store.getSnapshot().state.assessments.map((a) => a.title);
const active = (store: ReturnType<typeof openTestStore>) => {
  const { state, activeId } = store.getSnapshot();
  return state.assessments.find((a) => a.id === activeId);
};
/** Two tabs of one browser: one localStorage, a sessionStorage each, storage events by hand. */
function twoTabs(storage = memoryStorage()) {
  const tab1 = openTestStore(storage, memoryStorage());
  const tab2 = openTestStore(storage, memoryStorage());
  const sync = () => {
    tab1.handleStorageEvent({ key: STORAGE_KEY });
    tab2.handleStorageEvent({ key: STORAGE_KEY });
  };
  return { storage, tab1, tab2, sync };
}

describe('the persistent store', () => {
  it('saves every change under one key and reads it back in a new session', () => {
    const storage = memoryStorage();
    const tab = memoryStorage();
    const store = openTestStore(storage, tab);
    const { createdId } = store.dispatch(create());
    const result = store.dispatch(answer(createdId!, 'alert-routing', 4));
    expect(result).toEqual({ changed: true, saved: true });
    expect(storage.keys()).toEqual([STORAGE_KEY]);
    expect(describeSaveStatus(store.getSnapshot().status)).toBe('saved in this browser');
    const reopened = openTestStore(storage, tab);
    expect(active(reopened)?.answers).toEqual({ 'alert-routing': 4 });
    expect(reopened.getSnapshot().report).toEqual({ outcome: 'ok', problems: [] });
  });

  it('returns the same snapshot until something changes', () => {
    const store = openTestStore(memoryStorage());
    const before = store.getSnapshot();
    store.handleStorageEvent({ key: STORAGE_KEY });
    expect(store.getSnapshot()).toBe(before);
    expect(store.dispatch({ type: 'rename', assessmentId: 'missing', title: 'x' })).toEqual({
      changed: false,
      saved: true,
    });
    expect(store.getSnapshot()).toBe(before);
  });
});

describe('tabs (issue: the active assessment was shared by every tab)', () => {
  it('keeps each tab on its own assessment: creating in tab 2 changes nothing tab 1 shows or writes to', () => {
    const { tab1, tab2, sync } = twoTabs();
    const one = tab1.dispatch(create('Persist one')).createdId!;
    sync();
    const two = tab2.dispatch(create('Persist two')).createdId!;
    sync();
    expect(active(tab1)?.title).toBe('Persist one');
    expect(active(tab2)?.title).toBe('Persist two');
    tab1.dispatch(answer(one, 'alert-routing', 3));
    sync();
    expect(tab2.getSnapshot().state.assessments.find((a) => a.id === one)?.answers).toEqual({
      'alert-routing': 3,
    });
    expect(tab2.getSnapshot().state.assessments.find((a) => a.id === two)?.answers).toEqual({});
    // Choosing in one tab does not move the other.
    tab2.select(one);
    sync();
    expect(active(tab1)?.title).toBe('Persist one');
    tab1.select(two);
    expect(active(tab2)?.title).toBe('Persist one');
  });

  it('remembers the choice of a tab across reloads (sessionStorage), and a new tab takes the latest one', () => {
    const storage = memoryStorage();
    const tab = memoryStorage();
    const store = openTestStore(storage, tab);
    const a = store.dispatch(create('A')).createdId!;
    store.dispatch(create('B'));
    store.select(a);
    expect(tab.getItem(ACTIVE_KEY)).toBe(a);
    expect(active(openTestStore(storage, tab))?.title).toBe('A');
    // A fresh tab: the most recently changed assessment.
    expect(active(openTestStore(storage, memoryStorage()))?.title).toBe('B');
  });

  it('says so when another tab deleted the assessment this tab showed, and shows another', () => {
    const { tab1, tab2, sync } = twoTabs();
    const a = tab1.dispatch(create('A')).createdId!;
    tab1.dispatch(create('B'));
    tab1.select(a);
    sync();
    tab2.select(a);
    tab2.dispatch({ type: 'delete', assessmentId: a });
    sync();
    expect(active(tab1)?.title).toBe('B');
    expect(tab1.getSnapshot().notice).toBe(
      'The assessment this tab showed was deleted in another tab.',
    );
    tab1.dismissNotice();
    expect(tab1.getSnapshot().notice).toBeUndefined();
  });

  it('follows localStorage.clear() in another tab (a storage event with no key)', () => {
    const { storage, tab1 } = twoTabs();
    tab1.dispatch(create('A'));
    storage.removeItem(STORAGE_KEY);
    tab1.handleStorageEvent({ key: null });
    expect(titles(tab1)).toEqual([]);
    expect(tab1.getSnapshot().activeId).toBeUndefined();
    expect(tab1.getSnapshot().notice).toBe(
      'The assessments were removed from this browser in another tab.',
    );
  });

  it("keeps both tabs' answers when they edit the same assessment", () => {
    const { tab1, tab2, sync } = twoTabs();
    const id = tab1.dispatch(create()).createdId!;
    sync();
    tab1.dispatch(answer(id, 'alert-routing', 2));
    // tab 2 has not had the storage event yet: its change still reads fresh first.
    tab2.dispatch(answer(id, 'user-onboarding', 5));
    sync();
    expect(active(tab1)?.answers).toEqual({ 'alert-routing': 2, 'user-onboarding': 5 });
  });
});

describe('delete and undo', () => {
  it('undo restores exactly the assessment it names, whatever other tabs deleted meanwhile', () => {
    const { tab1, tab2, sync } = twoTabs();
    for (const title of ['A', 'B', 'C']) tab1.dispatch(importOf(title));
    sync();
    const [a, , c] = tab1.getSnapshot().state.assessments;
    tab1.dispatch({ type: 'delete', assessmentId: a!.id });
    sync();
    tab2.dispatch({ type: 'delete', assessmentId: c!.id });
    sync();
    expect(tab1.getSnapshot().undo?.assessment.title).toBe('A');
    tab1.undoDelete();
    sync();
    expect(titles(tab1)).toEqual(['A', 'B']);
    expect(titles(tab2)).toEqual(['A', 'B']);
    expect(tab1.getSnapshot().state.assessments[0]).toEqual(a);
    expect(tab1.getSnapshot().undo).toBeUndefined();
  });

  it('leaves nothing of a deleted assessment in storage, not even in a backup', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: fixtureText('store-corrupt.json') });
    const store = openTestStore(storage);
    const backups = storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
    expect(backups).toHaveLength(1);
    const damaged = store.getSnapshot().state.assessments.find((a) => a.id === 'damaged-1')!;
    store.dispatch({ type: 'delete', assessmentId: damaged.id });
    const everything = storage
      .keys()
      .map((key) => storage.getItem(key))
      .join('\n');
    expect(everything).not.toContain('damaged-1');
    expect(everything).not.toContain('"Damaged"');
    expect(storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX))).toEqual([]);
  });

  it('drops the trash an older version kept in storage on the first load', () => {
    const v1 = {
      version: 1,
      activeId: 'a1',
      assessments: [{ ...makeAssessment({ title: 'Kept' }), version: 1, id: 'a1' }],
      trash: {
        assessment: { ...makeAssessment({ title: 'Deleted long ago' }), version: 1, id: 'old' },
        index: 0,
        wasActive: false,
      },
    };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(v1) });
    const store = openTestStore(storage);
    expect(active(store)?.title).toBe('Kept');
    expect(storage.getItem(STORAGE_KEY)).not.toContain('Deleted long ago');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: 2 });
  });
});

describe('failed writes (issue: after one failed write, nothing was ever saved again)', () => {
  it('keeps failed changes in the page, says so, and saves them all with the next successful write', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, { writes: false });
    const tab = memoryStorage();
    const store = openTestStore(storage, tab);
    const id = store.dispatch(create()).createdId!;
    storage.fail.writes = true;
    for (const [question, level] of [
      ['alert-routing', 1],
      ['user-onboarding', 2],
      ['privileged-access', 3],
    ] as const)
      expect(store.dispatch(answer(id, question, level))).toEqual({ changed: true, saved: false });
    expect(store.getSnapshot().status).toEqual({
      saved: false,
      reason: 'write-failed',
      pending: 3,
    });
    expect(describeSaveStatus(store.getSnapshot().status)).toBe(
      "not saved: the browser's storage is full. 3 changes are kept in this page only. Each new change tries again; export to keep a copy.",
    );
    // The page still shows every answer.
    expect(active(store)?.answers).toEqual({
      'alert-routing': 1,
      'user-onboarding': 2,
      'privileged-access': 3,
    });
    storage.fail.writes = false;
    expect(store.dispatch(answer(id, 'service-health-alerts', 4))).toEqual({
      changed: true,
      saved: true,
    });
    expect(store.getSnapshot().status).toEqual({ saved: true });
    const reloaded = openTestStore(base, tab);
    expect(active(reloaded)?.answers).toEqual({
      'alert-routing': 1,
      'user-onboarding': 2,
      'privileged-access': 3,
      'service-health-alerts': 4,
    });
  });

  it('retries on request and on storage events, without another change', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, { writes: true });
    const store = openTestStore(storage);
    expect(store.dispatch(importOf('Imported'))).toMatchObject({ changed: true, saved: false });
    expect(base.getItem(STORAGE_KEY)).toBeNull();
    storage.fail.writes = false;
    expect(store.retry()).toEqual({ changed: false, saved: true });
    expect(base.getItem(STORAGE_KEY)).toContain('Imported');
    storage.fail.writes = true;
    store.dispatch(importOf('Second'));
    storage.fail.writes = false;
    store.handleStorageEvent({ key: STORAGE_KEY });
    expect(base.getItem(STORAGE_KEY)).toContain('Second');
  });

  it("keeps another tab's answers when it finally writes its own", () => {
    const base = memoryStorage();
    const flaky = failingStorage(base, { writes: false });
    const tab1 = openTestStore(flaky, memoryStorage());
    const tab2 = openTestStore(base, memoryStorage());
    const id = tab1.dispatch(create()).createdId!;
    tab2.handleStorageEvent({ key: STORAGE_KEY });
    flaky.fail.writes = true;
    tab1.dispatch(answer(id, 'alert-routing', 2));
    tab2.dispatch(answer(id, 'user-onboarding', 5));
    flaky.fail.writes = false;
    tab1.handleStorageEvent({ key: STORAGE_KEY });
    const stored = openTestStore(base).getSnapshot().state.assessments[0]!;
    expect(stored.answers).toEqual({ 'alert-routing': 2, 'user-onboarding': 5 });
  });

  it('works in memory when there is no storage, and says it is not saving', () => {
    const store = openTestStore(undefined);
    expect(store.dispatch(create())).toMatchObject({ changed: true, saved: false });
    expect(store.getSnapshot().state.assessments).toHaveLength(1);
    expect(store.getSnapshot().status).toEqual({ saved: false, reason: 'unavailable', pending: 0 });
  });

  it('falls back to memory when storage cannot be read (blocked)', () => {
    const store = openTestStore(failingStorage(memoryStorage(), { reads: true }));
    store.dispatch(create());
    expect(store.getSnapshot().state.assessments).toHaveLength(1);
    expect(store.getSnapshot().status).toMatchObject({ saved: false, reason: 'unavailable' });
  });
});

describe('unreadable stored values', () => {
  it('backs up a corrupt value before writing over it, and reports what was recovered', () => {
    const corrupt = fixtureText('store-corrupt.json');
    const storage = memoryStorage({ [STORAGE_KEY]: corrupt });
    const store = openTestStore(storage);
    const backups = storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
    expect(backups).toHaveLength(1);
    expect(storage.getItem(backups[0]!)).toBe(corrupt);
    expect(store.getSnapshot().report.outcome).toBe('recovered');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toMatchObject({ version: 2 });
  });

  it('keeps at most three backups', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 5; i++) {
      storage.setItem(STORAGE_KEY, `{"broken": ${i}`);
      openTestStore(storage);
    }
    expect(storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX))).toHaveLength(
      MAX_BACKUPS,
    );
  });

  it('writes nothing over a value it could neither read nor back up', () => {
    const base = memoryStorage({ [STORAGE_KEY]: '{"not": "ours"' });
    const storage = failingStorage(base, { writesTo: (key) => key.startsWith(BACKUP_KEY_PREFIX) });
    const store = openTestStore(storage);
    expect(store.dispatch(create())).toMatchObject({ changed: true, saved: false });
    expect(base.getItem(STORAGE_KEY)).toBe('{"not": "ours"');
    expect(store.getSnapshot().status).toEqual({
      saved: false,
      reason: 'backup-failed',
      pending: 1,
    });
  });

  it('says it is not saving from the moment it opens such a value, before any change', () => {
    const base = memoryStorage({ [STORAGE_KEY]: '{"not": "ours"' });
    const storage = failingStorage(base, { writesTo: (key) => key.startsWith(BACKUP_KEY_PREFIX) });
    const store = openTestStore(storage);
    expect(store.getSnapshot().status).toEqual({
      saved: false,
      reason: 'backup-failed',
      pending: 0,
    });
    expect(store.retry()).toEqual({ changed: false, saved: false });
    expect(describeSaveStatus(store.getSnapshot().status)).toBe(
      'not saved: earlier saved data could not be read or backed up, so it is left untouched.',
    );
  });
});

describe('imports report only what happened', () => {
  it('names the assessment as stored, and says "not saved" when the write failed', () => {
    const store = openTestStore(failingStorage(memoryStorage(), { writes: true }));
    const file = importText(fixtureText('valid.json'), bank);
    if (!file.ok) throw new Error(file.error);
    const result = store.dispatch({ type: 'import', file: file.assessment });
    expect(result.saved).toBe(false);
    expect(active(store)?.title).toBe('Q1 baseline');
  });
});

describe('the browser storage probe', () => {
  it('keeps a storage that is only full, and gives up on one that is blocked', async () => {
    const { browserStorage } = await import('../../../src/lib/assessment/store/storage.ts');
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const blocked = memoryStorage();
    blocked.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    try {
      Object.defineProperty(globalThis, 'localStorage', { value: full, configurable: true });
      expect(browserStorage('localStorage')).toBe(full);
      Object.defineProperty(globalThis, 'localStorage', { value: blocked, configurable: true });
      expect(browserStorage('localStorage')).toBeUndefined();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
