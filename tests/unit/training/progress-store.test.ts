import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../src/lib/assessment/store/storage.ts';
import {
  openProgressStore,
  statusText,
  type ProgressStoreOptions,
} from '../../../src/lib/training/progress-store.ts';
import {
  moduleProgress,
  PROGRESS_KEY,
  readProgress,
  tickStep,
} from '../../../src/lib/training/progress.ts';
import { failingStorage } from '../assessment/store-fakes.ts';

const open = (storage: ProgressStoreOptions['storage']) => {
  let id = 0;
  return openProgressStore({
    storage,
    now: () => '2026-12-01T10:00:00.000Z',
    newId: () => `id${++id}`,
  });
};
const tick =
  (step: string, on = true) =>
  (state: Parameters<typeof tickStep>[0], ctx: Parameters<typeof tickStep>[1]) =>
    tickStep(state, ctx, 'm', step, on);

describe('the progress store', () => {
  it('writes every change and reads it back in a new page', () => {
    const storage = memoryStorage();
    const store = open(storage);
    expect(store.update(tick('one'))).toBe(true);
    const again = open(storage);
    expect(moduleProgress(again.getSnapshot().state, 'm').steps).toEqual(['one']);
    expect(again.getSnapshot().status).toEqual({ saved: true });
  });

  it('keeps another tab’s changes: every change starts from what storage holds', () => {
    const storage = memoryStorage();
    const a = open(storage);
    const b = open(storage);
    a.update(tick('one'));
    b.update(tick('two'));
    expect(moduleProgress(a.getSnapshot().state, 'm').steps).toEqual(['one']);
    a.handleStorageEvent({ key: PROGRESS_KEY });
    expect(moduleProgress(a.getSnapshot().state, 'm').steps).toEqual(['one', 'two']);
  });

  it('backs up progress it cannot read, starts again and says where the copy is', () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: '{"version":1,"learners":[]}' });
    const store = open(storage);
    const { notice, state, status } = store.getSnapshot();
    expect(notice).toBe(
      'Saved progress in this browser could not be read (it has no list of learners), so it starts again. A copy of the old data is kept in this browser’s storage under “a2o:training:backup:2026-12-01T10:00:00.000Z”.',
    );
    expect(storage.getItem('a2o:training:backup:2026-12-01T10:00:00.000Z')).toBe(
      '{"version":1,"learners":[]}',
    );
    expect(state.learners).toEqual({});
    expect(status).toEqual({ saved: true });
    expect(readProgress(storage.getItem(PROGRESS_KEY)).outcome).toBe('ok');
  });

  it('leaves unreadable progress alone when no copy can be made, and says so', () => {
    const base = memoryStorage({ [PROGRESS_KEY]: 'garbage' });
    const storage = failingStorage(base, { writes: true });
    const store = open(storage);
    expect(store.getSnapshot().status).toEqual({ saved: false, reason: 'backup-failed' });
    expect(store.update(tick('one'))).toBe(false);
    expect(base.getItem(PROGRESS_KEY)).toBe('garbage');
    expect(moduleProgress(store.getSnapshot().state, 'm').steps).toEqual(['one']);
    expect(statusText(store.getSnapshot().status)).toMatch(/left untouched/);
  });

  it('says when storage is full, keeps the change on the page and saves it with the next one', () => {
    const base = memoryStorage();
    const storage = failingStorage(base, { writes: true });
    const store = open(storage);
    expect(store.update(tick('one'))).toBe(false);
    expect(store.getSnapshot().status).toEqual({ saved: false, reason: 'write-failed' });
    expect(statusText(store.getSnapshot().status)).toMatch(/could not be saved/);
    storage.fail.writes = false;
    expect(store.update(tick('two'))).toBe(true);
    expect(moduleProgress(readProgress(base.getItem(PROGRESS_KEY)).state, 'm').steps).toEqual([
      'one',
      'two',
    ]);
    expect(store.getSnapshot().status).toEqual({ saved: true });
  });

  it('works from memory, and says so, when the browser gives no storage', () => {
    const store = open(undefined);
    expect(store.update(tick('one'))).toBe(false);
    expect(moduleProgress(store.getSnapshot().state, 'm').steps).toEqual(['one']);
    expect(statusText(store.getSnapshot().status)).toMatch(/only until you leave this page/);
  });
});
