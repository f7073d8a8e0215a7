import { afterEach, describe, expect, it } from 'vitest';
import { encodeShare } from '../../../src/lib/assessment/share.ts';
import { importFileInto, importShareInto } from '../../../src/lib/assessment/store/import.ts';
import {
  describeSaveStatus,
  openAssessmentStore,
} from '../../../src/lib/assessment/store/persistent.ts';
import {
  browserStorage,
  isQuotaError,
  memoryStorage,
  newAssessmentId,
  storageKeys,
  type KeyValueStorage,
} from '../../../src/lib/assessment/store/storage.ts';
import {
  assessmentIdSchema,
  BACKUP_KEY_PREFIX,
  STORAGE_KEY,
  type StoreAction,
} from '../../../src/lib/assessment/store/types.ts';
import { bank, makeAssessment } from './helpers.ts';
import { failingStorage, openTestStore } from './store-fakes.ts';

// The store's I/O at its edges: which tab shows what after each kind of change, what is written
// and backed up when, and the sentences the page shows.

const create = (title = 'Q1'): StoreAction => ({
  type: 'create',
  title,
  bankVersion: bank.version,
});
const stored = (id: string, overrides: Parameters<typeof makeAssessment>[0] = {}) => ({
  ...makeAssessment(overrides),
  id,
});
const storeText = (...assessments: ReturnType<typeof stored>[]) =>
  JSON.stringify({ version: 2, assessments });
const backups = (storage: { keys(): string[] }) =>
  storage.keys().filter((key) => key.startsWith(BACKUP_KEY_PREFIX));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('where the assessments are kept', () => {
  it('reads what earlier versions stored under "a2o:assessments", and the tab choice under "a2o:active"', () => {
    const storage = memoryStorage({
      'a2o:assessments': storeText(stored('a1', { title: 'One' }), stored('a2', { title: 'Two' })),
    });
    const tab = memoryStorage({ 'a2o:active': 'a1' });
    const store = openTestStore(storage, tab);
    expect(store.getSnapshot().state.assessments.map((a) => a.title)).toEqual(['One', 'Two']);
    expect(store.getSnapshot().activeId).toBe('a1');
  });

  it('writes nothing when nothing is stored and nothing changes', () => {
    const storage = memoryStorage();
    openTestStore(storage);
    expect(storage.keys()).toEqual([]);
  });

  it('leaves a valid stored value as it was written, and makes no backup of it', () => {
    const text = JSON.stringify(JSON.parse(storeText(stored('a1'))), null, 2);
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    openTestStore(storage);
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
    expect(backups(storage)).toEqual([]);
  });

  it('rewrites a migrated value in the current shape, without a backup', () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({ version: 1, activeId: 'a1', assessments: [stored('a1')] }),
    });
    openTestStore(storage);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({
      version: 2,
      assessments: [stored('a1')],
    });
    expect(backups(storage)).toEqual([]);
  });

  it('a new tab takes the active assessment an older version named, not the latest', () => {
    const older = stored('a1', { updatedAt: '2025-01-01T00:00:00Z' });
    const newer = stored('a2', { updatedAt: '2025-06-01T00:00:00Z' });
    const storage = memoryStorage({
      [STORAGE_KEY]: JSON.stringify({ version: 1, activeId: 'a1', assessments: [older, newer] }),
    });
    expect(openTestStore(storage).getSnapshot().activeId).toBe('a1');
  });

  it('a new tab takes the latest assessment that is not a milestone, remembers it, and has no notice', () => {
    const storage = memoryStorage({
      [STORAGE_KEY]: storeText(
        stored('old', { updatedAt: '2025-01-01T00:00:00Z' }),
        stored('mid', { updatedAt: '2025-03-01T00:00:00Z' }),
        stored('frozen', {
          updatedAt: '2025-06-01T00:00:00Z',
          milestone: { name: 'Test assessment', frozenAt: '2025-06-01T00:00:00Z' },
        }),
      ),
    });
    const tab = memoryStorage();
    const store = openTestStore(storage, tab);
    expect(store.getSnapshot().activeId).toBe('mid');
    expect(store.getSnapshot().notice).toBeUndefined();
    expect(tab.getItem('a2o:active')).toBe('mid');
  });

  it('a new tab takes the latest milestone when there is nothing else', () => {
    const frozen = (id: string, updatedAt: string) =>
      stored(id, { updatedAt, milestone: { name: 'Test assessment', frozenAt: updatedAt } });
    const storage = memoryStorage({
      [STORAGE_KEY]: storeText(
        frozen('m1', '2025-01-01T00:00:00Z'),
        frozen('m2', '2025-02-01T00:00:00Z'),
      ),
    });
    expect(openTestStore(storage).getSnapshot().activeId).toBe('m2');
  });

  it('opens with an empty report when storage cannot be read at all', () => {
    const store = openTestStore(failingStorage(memoryStorage(), { reads: true }));
    expect(store.getSnapshot().report).toEqual({ outcome: 'empty', problems: [] });
    expect(store.getSnapshot().undo).toBeUndefined();
  });

  it('opens when the tab storage cannot be read, and shows the latest assessment', () => {
    const tab = memoryStorage();
    tab.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const storage = memoryStorage({ [STORAGE_KEY]: storeText(stored('a1')) });
    expect(openTestStore(storage, tab).getSnapshot().activeId).toBe('a1');
  });

  it('uses the ids and the clock it is given, else random ids and the time now', () => {
    const given = openAssessmentStore({
      storage: memoryStorage(),
      newId: () => 'given-id',
      now: () => '2025-05-05T05:05:05.000Z',
    });
    expect(given.dispatch(create()).createdId).toBe('given-id');
    expect(given.getSnapshot().state.assessments[0]!.createdAt).toBe('2025-05-05T05:05:05.000Z');
    const plain = openAssessmentStore({ storage: memoryStorage() });
    const before = Date.now();
    const { createdId } = plain.dispatch(create());
    expect(createdId).toMatch(UUID);
    const createdAt = Date.parse(plain.getSnapshot().state.assessments[0]!.createdAt);
    expect(createdAt).toBeGreaterThanOrEqual(before - 1000);
    expect(createdAt).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe('which assessment a tab shows after a change', () => {
  const three = () => {
    const tab = memoryStorage();
    const store = openTestStore(memoryStorage(), tab);
    const ids = ['A', 'B', 'C'].map((title) => store.dispatch(create(title)).createdId!);
    return { store, tab, ids };
  };

  it('the new one after create, duplicate and next round (not a milestone), remembered for the tab', () => {
    const { store, tab, ids } = three();
    expect(store.getSnapshot().activeId).toBe(ids[2]);
    expect(tab.getItem('a2o:active')).toBe(ids[2]);
    const copy = store.dispatch({ type: 'duplicate', assessmentId: ids[0]! }).createdId;
    expect(copy).toBeDefined();
    expect(store.getSnapshot().activeId).toBe(copy);
    // A milestone is a copy kept aside: the tab stays where it was.
    expect(store.dispatch({ type: 'freeze', assessmentId: ids[0]!, name: 'M' })).toEqual({
      changed: true,
      saved: true,
    });
    expect(store.getSnapshot().activeId).toBe(copy);
    const frozen = store.getSnapshot().state.assessments.find((a) => a.milestone)!.id;
    const round = store.dispatch({ type: 'nextRound', assessmentId: frozen, title: 'R' }).createdId;
    expect(round).toBeDefined();
    expect(store.getSnapshot().activeId).toBe(round);
    expect(tab.getItem('a2o:active')).toBe(round);
  });

  it('deleting another one changes nothing it shows; undo is for the one deleted', () => {
    const { store, ids } = three();
    store.select(ids[0]!);
    store.dispatch({ type: 'delete', assessmentId: ids[1]! });
    expect(store.getSnapshot().activeId).toBe(ids[0]);
    expect(store.getSnapshot().undo).toMatchObject({ assessment: { id: ids[1] }, index: 1 });
  });

  it('deleting the one it shows moves to the next, or the previous at the end of the list', () => {
    const { store, ids } = three();
    store.select(ids[0]!);
    store.dispatch({ type: 'delete', assessmentId: ids[0]! });
    expect(store.getSnapshot().activeId).toBe(ids[1]);
    store.select(ids[2]!);
    store.dispatch({ type: 'delete', assessmentId: ids[2]! });
    expect(store.getSnapshot().activeId).toBe(ids[1]);
  });

  it('deleting the last one shows none, and the tab forgets its choice; undo shows it again', () => {
    const tab = memoryStorage();
    const store = openTestStore(memoryStorage(), tab);
    const id = store.dispatch(create()).createdId!;
    store.dispatch({ type: 'delete', assessmentId: id });
    expect(store.getSnapshot().activeId).toBeUndefined();
    expect(tab.getItem('a2o:active')).toBeNull();
    expect(store.undoDelete()).toEqual({ changed: true, saved: true, createdId: id });
    expect(store.getSnapshot().activeId).toBe(id);
  });

  it('an edit keeps no undo; undo without a deletion does nothing', () => {
    const { store, ids } = three();
    store.dispatch({ type: 'rename', assessmentId: ids[0]!, title: 'A2' });
    expect(store.getSnapshot().undo).toBeUndefined();
    expect(store.undoDelete()).toEqual({ changed: false, saved: true });
  });

  it('selecting an id it does not have changes nothing', () => {
    const { store, tab, ids } = three();
    const before = store.getSnapshot();
    store.select('nope');
    expect(store.getSnapshot()).toBe(before);
    expect(tab.getItem('a2o:active')).toBe(ids[2]);
  });
});

describe('listening', () => {
  it('calls a listener after each change until it unsubscribes', () => {
    const store = openTestStore(memoryStorage());
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.dispatch(create());
    expect(calls).toBeGreaterThan(0);
    const seen = calls;
    unsubscribe();
    store.dispatch(create('Q2'));
    expect(calls).toBe(seen);
  });

  it('storage events for other keys are not about the assessments', () => {
    const storage = memoryStorage();
    const store = openTestStore(storage);
    storage.setItem(STORAGE_KEY, storeText(stored('elsewhere', { title: 'From another tab' })));
    store.handleStorageEvent({ key: 'a2o:team-round' });
    expect(store.getSnapshot().state.assessments).toEqual([]);
    store.handleStorageEvent({ key: STORAGE_KEY });
    expect(store.getSnapshot().state.assessments.map((a) => a.title)).toEqual(['From another tab']);
  });
});

describe('saved or not', () => {
  it('retry says not saved while changes wait, or when there is no storage', () => {
    const failing = openTestStore(failingStorage(memoryStorage(), { writes: true }));
    failing.dispatch(create());
    expect(failing.retry()).toEqual({ changed: false, saved: false });
    const memory = openTestStore(undefined);
    memory.dispatch(create());
    expect(memory.retry()).toEqual({ changed: false, saved: false });
    expect(openTestStore(memoryStorage()).retry()).toEqual({ changed: false, saved: true });
  });

  it('describes each status in one line, counting the changes kept in the page', () => {
    expect(describeSaveStatus({ saved: true })).toBe('saved in this browser');
    expect(describeSaveStatus({ saved: false, reason: 'unavailable', pending: 0 })).toBe(
      'not saved: this browser does not allow storage here (private window or blocked), so answers last only while the page is open.',
    );
    expect(describeSaveStatus({ saved: false, reason: 'write-failed', pending: 1 })).toBe(
      "not saved: the browser's storage is full. 1 change is kept in this page only. Each new change tries again; export to keep a copy.",
    );
    expect(describeSaveStatus({ saved: false, reason: 'write-failed', pending: 0 })).toBe(
      "not saved: the browser's storage is full. Each new change tries again; export to keep a copy.",
    );
    expect(describeSaveStatus({ saved: false, reason: 'backup-failed', pending: 2 })).toBe(
      'not saved: earlier saved data could not be read or backed up, so it is left untouched. 2 changes are kept in this page only.',
    );
  });
});

describe('backups', () => {
  const corruptWith = (id: string) =>
    JSON.stringify({
      version: 2,
      assessments: [{ ...stored(id, { title: 'Kept' }), createdAt: 'broken' }],
    });

  it('keep the three newest, whatever order their keys were written in, and nothing else is removed', () => {
    const storage = memoryStorage({
      [`${BACKUP_KEY_PREFIX}2024-05-01T00:00:00.000Z`]: 'may',
      [`${BACKUP_KEY_PREFIX}2024-01-01T00:00:00.000Z`]: 'january',
      [`${BACKUP_KEY_PREFIX}2024-03-01T00:00:00.000Z`]: 'march',
      'a2o:aaa': 'unrelated',
      [STORAGE_KEY]: '{"broken"',
    });
    openTestStore(storage);
    expect(backups(storage).sort()).toEqual([
      `${BACKUP_KEY_PREFIX}2024-03-01T00:00:00.000Z`,
      `${BACKUP_KEY_PREFIX}2024-05-01T00:00:00.000Z`,
      expect.stringMatching(/^a2o:assessments:backup:2025-/),
    ]);
    expect(storage.getItem('a2o:aaa')).toBe('unrelated');
  });

  it('an edit keeps the backup of the assessment; deleting it removes only the backups that hold it', () => {
    const storage = memoryStorage({
      [`${BACKUP_KEY_PREFIX}2024-01-01T00:00:00.000Z`]: '{"other":"y1"}',
      notes: 'about "x1"',
      [STORAGE_KEY]: corruptWith('x1'),
    });
    const store = openTestStore(storage);
    const made = backups(storage).find((key) => storage.getItem(key) === corruptWith('x1'));
    expect(made).toBeDefined();
    store.dispatch({
      type: 'setAnswer',
      assessmentId: 'x1',
      questionId: 'alert-routing',
      answer: 2,
      bankVersion: bank.version,
    });
    expect(storage.getItem(made!)).toBe(corruptWith('x1'));
    store.dispatch({ type: 'delete', assessmentId: 'x1' });
    expect(storage.getItem(made!)).toBeNull();
    expect(storage.getItem(`${BACKUP_KEY_PREFIX}2024-01-01T00:00:00.000Z`)).toBe('{"other":"y1"}');
    expect(storage.getItem('notes')).toBe('about "x1"');
  });
});

describe('importing into the store', () => {
  const file = JSON.stringify(makeAssessment({ title: 'Q1 baseline' }));

  it('names the assessment as stored, and says when its title was taken', async () => {
    const store = openTestStore(memoryStorage());
    store.dispatch(create('Other'));
    const first = await importFileInto(store, file, bank);
    expect(first).toEqual({
      ok: true,
      message: 'Imported as “Q1 baseline”, a new assessment saved in this browser.',
      warnings: [],
      assessmentId: first.assessmentId,
    });
    expect(store.getSnapshot().activeId).toBe(first.assessmentId);
    const second = await importFileInto(store, file, bank);
    expect(second.message).toBe(
      'Imported as “Q1 baseline (imported)” (another assessment already has its title), a new assessment saved in this browser.',
    );
  });

  it('says the assessment lasts only in the page when it could not be saved', async () => {
    const outcome = await importFileInto(openTestStore(undefined), file, bank);
    expect(outcome.message).toBe(
      "Opened as “Q1 baseline” in this page only: it could not be saved in this browser's storage. Export it to keep it.",
    );
  });

  it('reads a share link the same way', async () => {
    const store = openTestStore(memoryStorage());
    const fragment = `#share=${await encodeShare(makeAssessment({ title: 'Shared' }))}`;
    const outcome = await importShareInto(store, fragment, bank);
    expect(outcome).toMatchObject({
      ok: true,
      message: 'Imported as “Shared”, a new assessment saved in this browser.',
    });
    expect(store.getSnapshot().state.assessments.map((a) => a.title)).toEqual(['Shared']);
  });

  it('says why a file or a link was refused, with no warnings', async () => {
    const store = openTestStore(memoryStorage());
    expect(await importFileInto(store, 'not json', bank)).toEqual({
      ok: false,
      message: 'This file is not JSON, so it is not an assessment file.',
      warnings: [],
    });
    expect((await importShareInto(store, '#share=@@', bank)).message).toBe(
      'This share link is damaged or incomplete. Ask for the link again.',
    );
  });

  it('says when a valid file or link could not be added as an assessment', async () => {
    const store = openAssessmentStore({ storage: memoryStorage(), newId: () => 'not an id!' });
    const other = JSON.stringify(makeAssessment({ title: 'Q1', bank: { version: 'old' } }));
    expect(await importFileInto(store, other, bank)).toEqual({
      ok: false,
      message: 'The file could not be added as an assessment.',
      warnings: [
        'This file was made with another version of the question bank (old); answers are matched to questions by id.',
      ],
    });
    const fragment = `#share=${await encodeShare(makeAssessment())}`;
    expect((await importShareInto(store, fragment, bank)).message).toBe(
      'The link could not be added as an assessment.',
    );
  });
});

describe('the browser storage and ids', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('probes localStorage by default and leaves nothing behind', () => {
    const storage = memoryStorage({ kept: '1' });
    Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
    expect(browserStorage()).toBe(storage);
    expect(storage.keys()).toEqual(['kept']);
  });

  it('knows the quota errors of every engine', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('no', 'SecurityError'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false);
  });

  it('lists the keys of a storage, skipping gaps, and none of one that cannot be read', () => {
    const gappy: KeyValueStorage = {
      ...memoryStorage(),
      length: 3,
      key: (index) => ['a', null, 'c'][index] ?? null,
    };
    expect(storageKeys(gappy)).toEqual(['a', 'c']);
    const broken = {
      ...memoryStorage(),
      get length(): number {
        throw new DOMException('denied', 'SecurityError');
      },
    } as KeyValueStorage;
    expect(storageKeys(broken)).toEqual([]);
  });

  it('makes ids without randomUUID too: 32 hexadecimal digits', () => {
    expect(newAssessmentId()).toMatch(UUID);
    const descriptor = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = [newAssessmentId(), newAssessmentId()];
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(ids[0]).not.toBe(ids[1]);
    } finally {
      if (descriptor) Object.defineProperty(crypto, 'randomUUID', descriptor);
      else delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });

  it('accepts local ids of 1 to 64 letters, digits and hyphens, and nothing else', () => {
    for (const id of ['a', 'abc-123', 'A'.repeat(64)])
      expect(assessmentIdSchema.safeParse(id).success).toBe(true);
    for (const id of ['', 'ab cd', 'a!', '!a', 'A'.repeat(65)])
      expect(assessmentIdSchema.safeParse(id).success).toBe(false);
  });
});
