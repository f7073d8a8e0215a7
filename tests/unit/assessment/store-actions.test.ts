import { describe, expect, it } from 'vitest';
import { applyAction, type StoreAction } from '../../../src/lib/assessment/store-actions.ts';
import {
  activeAssessment,
  emptyStoreState,
  type StoreState,
} from '../../../src/lib/assessment/store-shape.ts';
import { bank, makeAssessment } from './helpers.ts';

let clock = 0;
const ctx = () => ({ now: `2025-02-0${1 + (clock % 9)}T10:00:00Z`, newId: `id-${++clock}` });
const run = (state: StoreState, ...actions: StoreAction[]) =>
  actions.reduce((s, a) => applyAction(s, a, ctx()), state);
const create = (title: string): StoreAction => ({
  type: 'create',
  title,
  bankVersion: bank.version,
});
const titles = (state: StoreState) => state.assessments.map((a) => a.title);

describe('list actions', () => {
  it('create a new assessment, make it active, and keep the others', () => {
    const state = run(emptyStoreState(), create('Q1 baseline'), create('  Q3   review '));
    expect(titles(state)).toEqual(['Q1 baseline', 'Q3 review']);
    expect(activeAssessment(state)?.title).toBe('Q3 review');
    expect(activeAssessment(state)).toMatchObject({
      bank: { version: bank.version },
      answers: {},
      scope: [],
    });
  });

  it('name an assessment "Untitled assessment" when the title is blank', () => {
    expect(titles(run(emptyStoreState(), create('   ')))).toEqual(['Untitled assessment']);
  });

  it('rename, ignoring blank titles and unknown ids', () => {
    const state = run(emptyStoreState(), create('Q1'));
    const id = state.assessments[0]!.id;
    expect(titles(run(state, { type: 'rename', assessmentId: id, title: 'Q1 baseline' }))).toEqual([
      'Q1 baseline',
    ]);
    expect(run(state, { type: 'rename', assessmentId: id, title: ' ' })).toBe(state);
    expect(run(state, { type: 'rename', assessmentId: 'nope', title: 'x' })).toBe(state);
  });

  it('duplicate after the original, as "(copy)", "(copy 2)"…, with the answers, and switch to it', () => {
    let state = run(emptyStoreState(), create('Q1 baseline'), create('Other'));
    const id = state.assessments[0]!.id;
    state = run(state, {
      type: 'setAnswer',
      assessmentId: id,
      questionId: 'alert-routing',
      answer: 4,
      bankVersion: bank.version,
    });
    state = run(
      state,
      { type: 'duplicate', assessmentId: id },
      { type: 'duplicate', assessmentId: id },
    );
    expect(titles(state)).toEqual([
      'Q1 baseline',
      'Q1 baseline (copy 2)',
      'Q1 baseline (copy)',
      'Other',
    ]);
    expect(activeAssessment(state)?.title).toBe('Q1 baseline (copy 2)');
    expect(activeAssessment(state)?.answers).toEqual({ 'alert-routing': 4 });
    expect(new Set(state.assessments.map((a) => a.id)).size).toBe(4);
  });

  it('delete with undo: back in its place, active again if it was', () => {
    const state = run(emptyStoreState(), create('A'), create('B'), create('C'));
    const b = state.assessments[1]!.id;
    const switched = run(state, { type: 'switch', assessmentId: b });
    const deleted = run(switched, { type: 'delete', assessmentId: b });
    expect(titles(deleted)).toEqual(['A', 'C']);
    expect(activeAssessment(deleted)?.title).toBe('C'); // the neighbour takes over
    expect(deleted.trash).toMatchObject({ assessment: { title: 'B' }, index: 1, wasActive: true });
    const undone = run(deleted, { type: 'undoDelete' });
    expect(titles(undone)).toEqual(['A', 'B', 'C']);
    expect(undone.activeId).toBe(b);
    expect(undone.trash).toBeNull();
    expect(run(undone, { type: 'undoDelete' })).toBe(undone);
  });

  it('keep only the last deleted assessment for undo', () => {
    const state = run(emptyStoreState(), create('A'), create('B'));
    const [a, b] = state.assessments.map((x) => x.id);
    const twice = run(
      state,
      { type: 'delete', assessmentId: a! },
      { type: 'delete', assessmentId: b! },
    );
    expect(twice.assessments).toEqual([]);
    expect(twice.activeId).toBeNull();
    expect(titles(run(twice, { type: 'undoDelete' }))).toEqual(['B']);
  });

  it('switch only to an assessment that exists', () => {
    const state = run(emptyStoreState(), create('A'), create('B'));
    expect(run(state, { type: 'switch', assessmentId: state.assessments[0]!.id }).activeId).toBe(
      state.assessments[0]!.id,
    );
    expect(run(state, { type: 'switch', assessmentId: 'missing' })).toBe(state);
  });

  it('import always as a new assessment with a new id, de-duplicating the title', () => {
    const file = makeAssessment({ title: 'Q1 baseline', answers: { 'user-onboarding': 2 } });
    let state = run(emptyStoreState(), { type: 'import', file });
    state = run(state, { type: 'import', file }, { type: 'import', file });
    expect(titles(state)).toEqual([
      'Q1 baseline',
      'Q1 baseline (imported)',
      'Q1 baseline (imported 2)',
    ]);
    expect(new Set(state.assessments.map((a) => a.id)).size).toBe(3);
    expect(state.assessments.every((a) => a.answers['user-onboarding'] === 2)).toBe(true);
    expect(activeAssessment(state)?.title).toBe('Q1 baseline (imported 2)');
  });
});

describe('edit actions', () => {
  const base = run(emptyStoreState(), create('Q1'));
  const id = base.assessments[0]!.id;
  const edit = (...actions: StoreAction[]) => activeAssessment(run(base, ...actions))!;

  it('set and clear answers, updating updatedAt and the bank version answered against', () => {
    const set = edit({
      type: 'setAnswer',
      assessmentId: id,
      questionId: 'alert-routing',
      answer: 'na',
      bankVersion: 'ffffffffffffffff',
    });
    expect(set.answers).toEqual({ 'alert-routing': 'na' });
    expect(set.bank.version).toBe('ffffffffffffffff');
    expect(set.updatedAt).not.toBe(base.assessments[0]!.updatedAt);
    const cleared = edit(
      {
        type: 'setAnswer',
        assessmentId: id,
        questionId: 'alert-routing',
        answer: 2,
        bankVersion: bank.version,
      },
      {
        type: 'setAnswer',
        assessmentId: id,
        questionId: 'user-onboarding',
        answer: 3,
        bankVersion: bank.version,
      },
      { type: 'clearAnswer', assessmentId: id, questionId: 'alert-routing' },
    );
    expect(cleared.answers).toEqual({ 'user-onboarding': 3 });
  });

  it('set notes (empty removes them) and targets (null goes back to the default)', () => {
    const noted = edit(
      { type: 'setNote', assessmentId: id, questionId: 'alert-routing', note: 'Pager rota only' },
      { type: 'setNote', assessmentId: id, questionId: 'user-onboarding', note: 'temp' },
      { type: 'setNote', assessmentId: id, questionId: 'user-onboarding', note: '  ' },
      { type: 'setTarget', assessmentId: id, areaSlug: 'access-security', target: 5 },
      { type: 'setTarget', assessmentId: id, areaSlug: 'business-continuity', target: 2 },
      { type: 'setTarget', assessmentId: id, areaSlug: 'business-continuity', target: null },
    );
    expect(noted.notes).toEqual({ 'alert-routing': 'Pager rota only' });
    expect(noted.targets).toEqual({ 'access-security': 5 });
  });

  it('ignore invalid input instead of storing what could not be loaded again', () => {
    const invalid: StoreAction[] = [
      {
        type: 'setAnswer',
        assessmentId: id,
        questionId: 'alert-routing',
        answer: 6 as never,
        bankVersion: bank.version,
      },
      {
        type: 'setAnswer',
        assessmentId: id,
        questionId: 'Not An Id',
        answer: 3,
        bankVersion: bank.version,
      },
      { type: 'setTarget', assessmentId: id, areaSlug: 'access-security', target: 0 },
      {
        type: 'setAnswer',
        assessmentId: 'missing',
        questionId: 'alert-routing',
        answer: 3,
        bankVersion: bank.version,
      },
      { type: 'clearAnswer', assessmentId: id, questionId: 'alert-routing' },
    ];
    for (const action of invalid) expect(run(base, action)).toBe(base);
  });

  it('store answers to an id such as "constructor" as a plain own entry', () => {
    const set = edit({
      type: 'setAnswer',
      assessmentId: id,
      questionId: 'constructor',
      answer: 5,
      bankVersion: bank.version,
    });
    expect(Object.entries(set.answers)).toEqual([['constructor', 5]]);
  });

  it('set scope, focus role and respondent', () => {
    const scoped = edit(
      {
        type: 'setScope',
        assessmentId: id,
        scope: ['access-security'],
        focusRole: 'administrators',
      },
      { type: 'setRespondent', assessmentId: id, name: ' Ana ', role: '' },
    );
    expect(scoped).toMatchObject({
      scope: ['access-security'],
      focusRole: 'administrators',
      respondent: { name: 'Ana' },
    });
    const cleared = activeAssessment(
      run(run(base, { type: 'setScope', assessmentId: id, scope: [], focusRole: 'x' }), {
        type: 'setScope',
        assessmentId: id,
        scope: [],
      }),
    )!;
    expect('focusRole' in cleared).toBe(false);
  });
});
