import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/lib/assessment/file-format.ts';
import { applyAction } from '../../../src/lib/assessment/store/actions.ts';
import { importFileInto } from '../../../src/lib/assessment/store/import.ts';
import { loadState } from '../../../src/lib/assessment/store/load.ts';
import { memoryStorage } from '../../../src/lib/assessment/store/storage.ts';
import {
  emptyStoreState,
  STORAGE_KEY,
  storeStateSchema,
  type StoreAction,
  type StoreState,
} from '../../../src/lib/assessment/store/types.ts';
import { answerArb, assessmentFileArb, levelArb, questionIdArb, slugArb } from './arbitraries.ts';
import { bank } from './helpers.ts';
import { openTestStore } from './store-fakes.ts';

const uniqueIds = (state: StoreState) =>
  new Set(state.assessments.map((a) => a.id)).size === state.assessments.length;

const ctx = (i: number) => ({
  now: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString(),
  newId: `id-${i}`,
});

/** Any action, aimed at one of the first few ids so that most hit an existing assessment. */
const actionArb: fc.Arbitrary<StoreAction> = (() => {
  const id = fc.constantFrom('id-0', 'id-1', 'id-2', 'id-3', 'missing');
  return fc.oneof(
    fc.record({
      type: fc.constant('create' as const),
      title: fc.string(),
      bankVersion: fc.constant(bank.version),
    }),
    fc.record({ type: fc.constant('rename' as const), assessmentId: id, title: fc.string() }),
    fc.record({ type: fc.constant('duplicate' as const), assessmentId: id }),
    fc.record({ type: fc.constant('delete' as const), assessmentId: id }),
    fc.record({ type: fc.constant('freeze' as const), assessmentId: id, name: fc.string() }),
    fc.record({ type: fc.constant('nextRound' as const), assessmentId: id, title: fc.string() }),
    fc.record({
      type: fc.constant('setPlan' as const),
      assessmentId: id,
      questionId: questionIdArb,
      patch: fc.option(
        fc.record(
          {
            status: fc.constantFrom('open', 'planned', 'in-progress', 'done', 'wont-do'),
            owner: fc.string(),
            note: fc.string(),
          },
          { requiredKeys: [] },
        ),
        { nil: null },
      ),
    }),
    fc.record({ type: fc.constant('import' as const), file: assessmentFileArb }),
    fc.record({
      type: fc.constant('setAnswer' as const),
      assessmentId: id,
      questionId: questionIdArb,
      answer: answerArb,
      bankVersion: fc.constant(bank.version),
    }),
    fc.record({
      type: fc.constant('clearAnswer' as const),
      assessmentId: id,
      questionId: questionIdArb,
    }),
    fc.record({
      type: fc.constant('setNote' as const),
      assessmentId: id,
      questionId: questionIdArb,
      note: fc.string(),
    }),
    fc.record({
      type: fc.constant('setTarget' as const),
      assessmentId: id,
      areaSlug: slugArb,
      target: fc.option(levelArb, { nil: null }),
    }),
  );
})();

describe('store properties', () => {
  it('any sequence of actions leaves a valid, consistent state that loads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 25 }), (actions) => {
        const state = actions.reduce(
          (s, action, i) => applyAction(s, action, ctx(i)),
          emptyStoreState(),
        );
        expect(storeStateSchema.safeParse(state).success).toBe(true);
        expect(uniqueIds(state)).toBe(true);
        const loaded = loadState(JSON.stringify(state), { now: 'unused', newId: () => 'unused' });
        expect(loaded).toEqual({ state, report: { outcome: 'ok', problems: [] } });
      }),
      { numRuns: 150 },
    );
  });

  it('setting one answer never changes another answer or another assessment', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { maxLength: 15 }),
        questionIdArb,
        answerArb,
        (actions, questionId, answer) => {
          const before = actions.reduce(
            (s, action, i) => applyAction(s, action, ctx(i)),
            emptyStoreState(),
          );
          const target = before.assessments.find((a) => !a.milestone);
          if (!target) return;
          const after = applyAction(
            before,
            {
              type: 'setAnswer',
              assessmentId: target.id,
              questionId,
              answer,
              bankVersion: bank.version,
            },
            ctx(99),
          );
          expect(after.assessments.find((a) => a.id === target.id)?.answers).toEqual({
            ...target.answers,
            [questionId]: answer,
          });
          expect(after.assessments.filter((a) => a.id !== target.id)).toEqual(
            before.assessments.filter((a) => a.id !== target.id),
          );
        },
      ),
    );
  });

  it('two tabs answering the same assessment in any interleaving keep every answer (last write per question wins)', () => {
    const opArb = fc.record({
      tab: fc.constantFrom(0, 1),
      questionId: questionIdArb,
      level: levelArb,
      notify: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const storage = memoryStorage();
        const tabs = [openTestStore(storage), openTestStore(storage)] as const;
        const id = tabs[0].dispatch({
          type: 'create',
          title: 'Shared',
          bankVersion: bank.version,
        }).createdId!;
        tabs[1].handleStorageEvent({ key: STORAGE_KEY });
        const expected: Record<string, number> = {};
        for (const { tab, questionId, level, notify } of ops) {
          tabs[tab].dispatch({
            type: 'setAnswer',
            assessmentId: id,
            questionId,
            answer: level,
            bankVersion: bank.version,
          });
          expected[questionId] = level;
          if (notify) tabs[1 - tab]!.handleStorageEvent({ key: STORAGE_KEY });
        }
        const stored = openTestStore(storage).getSnapshot().state;
        expect(stored.assessments.find((a) => a.id === id)?.answers).toEqual(expected);
      }),
    );
  });

  it('importing any text, valid or refused, never changes or drops the assessments already stored', async () => {
    const textArb = fc.oneof(
      assessmentFileArb.map(exportJson),
      assessmentFileArb.map((file) => exportJson(file).replace(/"[a-z]+"/, '"x"')),
      assessmentFileArb.map((file) => exportJson(file).replace('"version": 2', '"version": 3')),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(assessmentFileArb, { maxLength: 3 }),
        textArb,
        async (existing, text) => {
          const storage = memoryStorage();
          const store = openTestStore(storage);
          existing.forEach((file) => store.dispatch({ type: 'import', file }));
          const before = store.getSnapshot().state.assessments;
          const raw = storage.getItem(STORAGE_KEY);
          const outcome = await importFileInto(store, text, bank);
          const after = store.getSnapshot().state.assessments;
          if (!outcome.ok) {
            expect(storage.getItem(STORAGE_KEY)).toBe(raw);
            expect(after).toEqual(before);
            expect(outcome.message).toMatch(/^This .+\.$/s);
            return;
          }
          expect(after.slice(0, before.length)).toEqual(before);
          expect(after).toHaveLength(before.length + 1);
          expect(outcome.message).toMatch(
            /^Imported as “.+”.*, a new assessment saved in this browser\.$/,
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('opening a store over any stored text never throws and always yields a valid state', () => {
    const rawArb = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      // Duplicate ids and an unknown active id.
      fc
        .array(assessmentFileArb, { maxLength: 2 })
        .map((files) =>
          JSON.stringify({ version: 2, assessments: files.map((f) => ({ ...f, id: 'dup' })) }),
        ),
    );
    fc.assert(
      fc.property(rawArb, (raw) => {
        const { state } = openTestStore(memoryStorage({ [STORAGE_KEY]: raw })).getSnapshot();
        expect(storeStateSchema.safeParse(state).success).toBe(true);
        expect(uniqueIds(state)).toBe(true);
      }),
    );
  });
});
