import { describe, expect, it, vi } from 'vitest';
import { importJson } from '../../../src/lib/assessment/import-json.ts';
import { describeSaveStatus } from '../../../src/lib/assessment/save-status.ts';
import {
  BACKUP_KEY_PREFIX,
  STORAGE_KEY,
  activeAssessment,
} from '../../../src/lib/assessment/store-shape.ts';
import { browserStorage, memoryStorage } from '../../../src/lib/assessment/storage.ts';
import { bank, fixtureText } from './helpers.ts';
import { failingStorage, openTestStore } from './store-fakes.ts';

const create = (title = 'Q1') => ({ type: 'create' as const, title, bankVersion: bank.version });
const answer = (assessmentId: string, questionId: string, level: 1 | 2 | 3 | 4 | 5) => ({
  type: 'setAnswer' as const,
  assessmentId,
  questionId,
  answer: level,
  bankVersion: bank.version,
});

describe('the persistent store', () => {
  it('saves every change under one key and reads it back in a new session', () => {
    const storage = memoryStorage();
    const store = openTestStore(storage);
    const { state } = store.dispatch(create());
    store.dispatch(answer(state.activeId!, 'alert-routing', 4));
    expect(storage.keys()).toEqual([STORAGE_KEY]);
    expect(describeSaveStatus(store.getSnapshot().status)).toBe('saved');
    const reopened = openTestStore(storage).getSnapshot();
    expect(activeAssessment(reopened.state)?.answers).toEqual({ 'alert-routing': 4 });
    expect(reopened.report).toEqual({ outcome: 'ok', problems: [] });
  });

  it('works in memory when there is no storage, and says it is not saving', () => {
    const store = openTestStore(undefined);
    store.dispatch(create());
    expect(store.getSnapshot().state.assessments).toHaveLength(1);
    expect(describeSaveStatus(store.getSnapshot().status)).toBe('not saved: storage unavailable');
  });

  it('falls back to memory when storage cannot be read (blocked)', () => {
    const store = openTestStore(failingStorage(memoryStorage(), { reads: true }));
    store.dispatch(create());
    expect(store.getSnapshot().state.assessments).toHaveLength(1);
    expect(describeSaveStatus(store.getSnapshot().status)).toBe('not saved: storage unavailable');
  });

  it('keeps working in memory when a write fails (quota exceeded), without losing the change', () => {
    const store = openTestStore(failingStorage());
    const { state } = store.dispatch(create());
    store.dispatch(answer(state.activeId!, 'alert-routing', 2));
    expect(activeAssessment(store.getSnapshot().state)?.answers).toEqual({ 'alert-routing': 2 });
    expect(describeSaveStatus(store.getSnapshot().status)).toBe(
      'not saved: storage is full or blocked',
    );
  });

  it('backs up a corrupt stored value before writing over it, and reports what was recovered', () => {
    const corrupt = fixtureText('store-corrupt.json');
    const storage = memoryStorage({ [STORAGE_KEY]: corrupt });
    const store = openTestStore(storage);
    expect(store.getSnapshot().report.outcome).toBe('recovered');
    expect(store.getSnapshot().report.problems.length).toBeGreaterThan(0);
    const backups = storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
    expect(backups).toHaveLength(1);
    expect(storage.getItem(backups[0]!)).toBe(corrupt);
    store.dispatch(create('After recovery'));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).assessments).toHaveLength(4);
  });

  it('never overwrites an unreadable value it could not back up', () => {
    const storage = failingStorage(memoryStorage({ [STORAGE_KEY]: '{not json' }), {
      writesTo: (key) => key.startsWith(BACKUP_KEY_PREFIX),
    });
    const store = openTestStore(storage);
    store.dispatch(create());
    expect(storage.getItem(STORAGE_KEY)).toBe('{not json');
    expect(describeSaveStatus(store.getSnapshot().status)).toBe(
      'not saved: earlier saved data could not be backed up',
    );
    expect(store.getSnapshot().state.assessments).toHaveLength(1);
  });

  it('reloads on the storage event for its key only, and notifies subscribers', () => {
    const storage = memoryStorage();
    const tabA = openTestStore(storage);
    const tabB = openTestStore(storage);
    const listener = vi.fn();
    tabB.subscribe(listener);
    tabA.dispatch(create('From tab A'));
    tabB.handleStorageEvent({ key: 'something-else' });
    expect(listener).not.toHaveBeenCalled();
    tabB.handleStorageEvent({ key: STORAGE_KEY });
    expect(listener).toHaveBeenCalled();
    expect(tabB.getSnapshot().state.assessments.map((a) => a.title)).toEqual(['From tab A']);
  });

  it('keeps the answers of two tabs editing the same assessment', () => {
    const storage = memoryStorage();
    const tabA = openTestStore(storage);
    const id = tabA.dispatch(create()).state.activeId!;
    const tabB = openTestStore(storage); // opened before A's next answers, never told of them
    tabA.dispatch(answer(id, 'alert-routing', 2));
    tabB.dispatch(answer(id, 'user-onboarding', 5));
    tabA.dispatch(answer(id, 'privileged-access', 3));
    const stored = openTestStore(storage).getSnapshot().state;
    expect(activeAssessment(stored)?.answers).toEqual({
      'alert-routing': 2,
      'user-onboarding': 5,
      'privileged-access': 3,
    });
  });

  it('returns the same snapshot object until something changes (for useSyncExternalStore)', () => {
    const store = openTestStore(memoryStorage());
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.dispatch({ type: 'switch', assessmentId: 'missing' });
    expect(store.getSnapshot()).toBe(first);
    store.dispatch(create());
    expect(store.getSnapshot()).not.toBe(first);
  });

  it('imports a file as a new assessment, and a refused file changes nothing stored', async () => {
    const storage = memoryStorage();
    const store = openTestStore(storage);
    store.dispatch(create('Q1 baseline'));
    const before = storage.getItem(STORAGE_KEY);
    const refused = await importJson('{"format":"something else"}', bank);
    if (refused.ok) store.dispatch({ type: 'import', file: refused.assessment });
    expect(storage.getItem(STORAGE_KEY)).toBe(before);
    const accepted = await importJson(fixtureText('valid.json'), bank);
    if (accepted.ok) store.dispatch({ type: 'import', file: accepted.assessment });
    expect(store.getSnapshot().state.assessments.map((a) => a.title)).toEqual([
      'Q1 baseline',
      'Q1 baseline (imported)',
    ]);
  });
});

describe('browserStorage', () => {
  it('is undefined where there is no usable localStorage', () => {
    expect(browserStorage()).toBeUndefined();
  });

  it('probes a write, so storage that refuses writes counts as unavailable', () => {
    vi.stubGlobal('localStorage', failingStorage());
    try {
      expect(browserStorage()).toBeUndefined();
      vi.stubGlobal('localStorage', memoryStorage());
      expect(browserStorage()).toBeDefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('describeSaveStatus', () => {
  it('says in one line whether changes are saved', () => {
    expect(
      [
        { saved: true as const },
        { saved: false as const, reason: 'unavailable' as const },
        { saved: false as const, reason: 'write-failed' as const },
        { saved: false as const, reason: 'backup-failed' as const },
      ].map(describeSaveStatus),
    ).toEqual([
      'saved',
      'not saved: storage unavailable',
      'not saved: storage is full or blocked',
      'not saved: earlier saved data could not be backed up',
    ]);
  });
});
