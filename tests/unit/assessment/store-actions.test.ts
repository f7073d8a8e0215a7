import { describe, expect, it } from 'vitest';
import {
  applyAction,
  cleanTitle,
  uniqueTitle,
  UNTITLED,
} from '../../../src/lib/assessment/store/actions.ts';
import {
  emptyStoreState,
  type StoreAction,
  type StoreState,
} from '../../../src/lib/assessment/store/types.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { bank, fixtureFile } from './helpers.ts';

let clock = 0;
const ctx = () => ({ now: `2025-02-0${1 + (clock % 9)}T10:00:00Z`, newId: `id-${++clock}` });
const run = (state: StoreState, ...actions: StoreAction[]) =>
  actions.reduce((s, a) => applyAction(s, a, ctx()), state);
const create = (
  title: string,
  extra: { scope?: string[]; focusRole?: string } = {},
): StoreAction => ({
  type: 'create',
  title,
  bankVersion: bank.version,
  ...extra,
});
const titles = (state: StoreState) => state.assessments.map((a) => a.title);
const only = (state: StoreState) => state.assessments[0]!;
const answer = (
  assessmentId: string,
  questionId: string,
  value: 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown',
): StoreAction => ({
  type: 'setAnswer',
  assessmentId,
  questionId,
  answer: value,
  bankVersion: bank.version,
});
const one = () => run(emptyStoreState(), create('Q1'));

describe('list actions', () => {
  it('create a new assessment in file format version 2, keeping the others', () => {
    const state = run(emptyStoreState(), create('Q1 baseline'), create('  Q3   review '));
    expect(titles(state)).toEqual(['Q1 baseline', 'Q3 review']);
    expect(state.assessments[1]).toMatchObject({
      version: 2,
      bank: { version: bank.version },
      answers: {},
      scope: [],
    });
  });

  it('name an assessment "Untitled assessment" when the title is blank', () => {
    expect(titles(run(emptyStoreState(), create('   ')))).toEqual([UNTITLED]);
  });

  it('keep the scope given at creation: distinct slugs only, a slug role', () => {
    const state = run(
      emptyStoreState(),
      create('S', { scope: ['licensing', 'licensing', 'Not A Slug'], focusRole: 'it-support' }),
    );
    expect(only(state)).toMatchObject({ scope: ['licensing'], focusRole: 'it-support' });
    const tooMany = run(
      emptyStoreState(),
      create('T', { scope: Array.from({ length: 150 }, (_, i) => `a-${i}`) }),
    );
    expect(only(tooMany).scope).toHaveLength(LIMITS.scopeAreas);
  });

  it('rename, ignoring blank titles and unknown ids', () => {
    const state = one();
    const id = only(state).id;
    expect(titles(run(state, { type: 'rename', assessmentId: id, title: 'Q1 baseline' }))).toEqual([
      'Q1 baseline',
    ]);
    expect(run(state, { type: 'rename', assessmentId: id, title: ' ' })).toBe(state);
    expect(run(state, { type: 'rename', assessmentId: 'nope', title: 'x' })).toBe(state);
  });

  it('duplicate after the original, as "(copy)", "(copy 2)"…, with the answers', () => {
    let state = run(emptyStoreState(), create('Q1 baseline'), create('Other'));
    const id = only(state).id;
    state = run(state, answer(id, 'alert-routing', 4));
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
    expect(state.assessments[1]!.answers).toEqual({ 'alert-routing': 4 });
    expect(new Set(state.assessments.map((a) => a.id)).size).toBe(4);
  });

  it('import always as a new assessment: "(imported)" when the title is taken, never an overwrite', () => {
    const file = fixtureFile('valid-v2.json');
    let state = run(emptyStoreState(), { type: 'import', file });
    state = run(state, { type: 'import', file });
    expect(titles(state)).toEqual(['Q2 review', 'Q2 review (imported)']);
    expect(state.assessments[1]!.plan).toEqual(file.plan);
    expect(state.assessments[0]!.id).not.toBe(state.assessments[1]!.id);
  });

  it('delete removes it entirely; restore puts back exactly that assessment at its place', () => {
    const state = run(emptyStoreState(), create('A'), create('B'), create('C'));
    const b = state.assessments[1]!;
    const deleted = run(state, { type: 'delete', assessmentId: b.id });
    expect(titles(deleted)).toEqual(['A', 'C']);
    expect(JSON.stringify(deleted)).not.toContain(b.id);
    const restored = run(deleted, { type: 'restore', assessment: b, index: 1 });
    expect(restored.assessments).toEqual(state.assessments);
    expect(run(deleted, { type: 'delete', assessmentId: 'missing' })).toBe(deleted);
  });

  it('restore never makes a duplicate id', () => {
    const state = one();
    const restored = run(state, { type: 'restore', assessment: only(state), index: 0 });
    expect(new Set(restored.assessments.map((a) => a.id)).size).toBe(2);
  });
});

describe('edit actions', () => {
  it('set and clear answers, stamping updatedAt and the bank version', () => {
    const state = one();
    const id = only(state).id;
    const answered = run(state, answer(id, 'alert-routing', 'na'));
    expect(only(answered).answers).toEqual({ 'alert-routing': 'na' });
    expect(only(answered).updatedAt).not.toBe(only(state).updatedAt);
    expect(run(answered, answer(id, 'alert-routing', 'na'))).toBe(answered);
    expect(
      only(run(answered, { type: 'clearAnswer', assessmentId: id, questionId: 'alert-routing' }))
        .answers,
    ).toEqual({});
  });

  it('refuse answers the file format would not keep', () => {
    const state = one();
    const id = only(state).id;
    expect(run(state, { ...answer(id, 'alert-routing', 3), answer: 7 } as StoreAction)).toBe(state);
    expect(run(state, answer(id, 'Not a slug', 3))).toBe(state);
  });

  it('keep "constructor" as an own answer and note', () => {
    const fresh = one();
    const mine = only(fresh).id;
    const answered = run(fresh, answer(mine, 'constructor', 2), {
      type: 'setNote',
      assessmentId: mine,
      questionId: 'constructor',
      note: 'an own property',
    });
    expect(Object.hasOwn(only(answered).answers, 'constructor')).toBe(true);
    expect(only(answered).notes).toEqual({ constructor: 'an own property' });
  });

  it('cut a note to 4,000 characters and remove it when blank', () => {
    const state = one();
    const id = only(state).id;
    const long = run(state, {
      type: 'setNote',
      assessmentId: id,
      questionId: 'q',
      note: 'x'.repeat(5000),
    });
    expect(only(long).notes['q']).toHaveLength(LIMITS.note);
    const cleared = run(long, { type: 'setNote', assessmentId: id, questionId: 'q', note: '  \n' });
    expect(only(cleared).notes).toEqual({});
  });

  it('set a target and go back to the default with null', () => {
    const state = one();
    const id = only(state).id;
    const set = run(state, {
      type: 'setTarget',
      assessmentId: id,
      areaSlug: 'licensing',
      target: 4,
    });
    expect(only(set).targets).toEqual({ licensing: 4 });
    expect(
      only(run(set, { type: 'setTarget', assessmentId: id, areaSlug: 'licensing', target: null }))
        .targets,
    ).toEqual({});
  });

  it('change the scope, keeping answers outside it', () => {
    const fresh = one();
    const id = only(fresh).id;
    const answered = run(fresh, answer(id, 'alert-routing', 2));
    const scoped = run(answered, {
      type: 'setScope',
      assessmentId: id,
      scope: ['licensing'],
      focusRole: 'it-support',
    });
    expect(only(scoped)).toMatchObject({
      scope: ['licensing'],
      focusRole: 'it-support',
      answers: { 'alert-routing': 2 },
    });
    const unfocused = run(scoped, { type: 'setScope', assessmentId: id, scope: [] });
    expect(only(unfocused).focusRole).toBeUndefined();
  });

  it('set the respondent, trimmed and cut to the limits, leaving out empty values', () => {
    const state = one();
    const id = only(state).id;
    const named = run(state, {
      type: 'setRespondent',
      assessmentId: id,
      name: `  ${'n'.repeat(200)}`,
      role: ' ',
    });
    expect(only(named).respondent).toEqual({ name: 'n'.repeat(LIMITS.respondentName) });
    const role = run(state, { type: 'setRespondent', assessmentId: id, role: 'r'.repeat(100) });
    expect(only(role).respondent).toEqual({ role: 'r'.repeat(LIMITS.respondentRole) });
    expect(
      only(run(named, { type: 'setRespondent', assessmentId: id, name: '' })).respondent,
    ).toBeUndefined();
  });
});

describe('plan entries', () => {
  it('merge a patch into the entry, trimmed, and drop an open entry with nothing in it', () => {
    const state = one();
    const id = only(state).id;
    const plan = (patch: object | null) =>
      ({ type: 'setPlan', assessmentId: id, questionId: 'alert-routing', patch }) as StoreAction;
    const owned = run(state, plan({ owner: '  Ravi ' }));
    expect(only(owned).plan).toEqual({ 'alert-routing': { status: 'open', owner: 'Ravi' } });
    const dated = run(owned, plan({ status: 'planned', due: '2025-06-30', note: 'PIM' }));
    expect(only(dated).plan).toEqual({
      'alert-routing': { status: 'planned', owner: 'Ravi', due: '2025-06-30', note: 'PIM' },
    });
    const emptied = run(owned, plan({ owner: '' }));
    expect(only(emptied).plan).toBeUndefined();
    expect(only(run(dated, plan(null))).plan).toBeUndefined();
    expect(run(state, plan({ due: '30/06/2025' }))).toBe(state);
    expect(
      only(run(state, plan({ owner: 'o'.repeat(200) }))).plan?.['alert-routing']?.owner,
    ).toHaveLength(LIMITS.planOwner);
  });

  it('survive answer changes: an entry is kept by question id', () => {
    const state = one();
    const id = only(state).id;
    const planned = run(state, {
      type: 'setPlan',
      assessmentId: id,
      questionId: 'alert-routing',
      patch: { status: 'planned' },
    });
    const answered = run(planned, answer(id, 'alert-routing', 5), answer(id, 'alert-routing', 1));
    expect(only(answered).plan).toEqual({ 'alert-routing': { status: 'planned' } });
  });
});

describe('milestones and the next round', () => {
  const withAnswers = () => {
    const state = one();
    const id = only(state).id;
    return run(
      state,
      answer(id, 'alert-routing', 2),
      answer(id, 'recovery-objectives', 'unknown'),
      { type: 'setTarget', assessmentId: id, areaSlug: 'access-security', target: 4 },
      {
        type: 'setPlan',
        assessmentId: id,
        questionId: 'alert-routing',
        patch: { status: 'planned', owner: 'Ravi' },
      },
      { type: 'setNote', assessmentId: id, questionId: 'alert-routing', note: 'by hand' },
    );
  };

  it('freeze makes a named, read-only copy after the original, which stays editable', () => {
    const state = withAnswers();
    const source = only(state);
    const frozen = run(state, { type: 'freeze', assessmentId: source.id, name: 'Q1 baseline' });
    const milestone = frozen.assessments[1]!;
    expect(milestone).toMatchObject({
      title: 'Q1 baseline',
      milestone: { name: 'Q1 baseline' },
      answers: source.answers,
      plan: source.plan,
    });
    expect(frozen.assessments[0]).toEqual(source);
    // Never edited: every edit of a milestone changes nothing.
    const edits: StoreAction[] = [
      answer(milestone.id, 'alert-routing', 5),
      { type: 'clearAnswer', assessmentId: milestone.id, questionId: 'alert-routing' },
      { type: 'setNote', assessmentId: milestone.id, questionId: 'alert-routing', note: 'x' },
      { type: 'setTarget', assessmentId: milestone.id, areaSlug: 'licensing', target: 5 },
      { type: 'setScope', assessmentId: milestone.id, scope: ['licensing'] },
      { type: 'setRespondent', assessmentId: milestone.id, name: 'Eve' },
      { type: 'setPlan', assessmentId: milestone.id, questionId: 'alert-routing', patch: null },
      { type: 'freeze', assessmentId: milestone.id, name: 'Again' },
    ];
    for (const edit of edits) expect(run(frozen, edit)).toBe(frozen);
  });

  it('a milestone can be renamed, exported, deleted; duplicating it gives an editable copy', () => {
    const state = withAnswers();
    const made = run(state, { type: 'freeze', assessmentId: only(state).id, name: 'Q1' });
    const milestone = made.assessments[1]!;
    const renamed = run(made, { type: 'rename', assessmentId: milestone.id, title: 'Q1 baseline' });
    expect(renamed.assessments[1]).toMatchObject({
      title: 'Q1 baseline',
      milestone: { name: 'Q1 baseline' },
    });
    const copy = run(made, { type: 'duplicate', assessmentId: milestone.id }).assessments[2]!;
    expect(copy.milestone).toBeUndefined();
    expect(titles(run(made, { type: 'delete', assessmentId: milestone.id }))).toEqual(['Q1']);
  });

  it('the next round starts from the milestone: scope, focus, targets, plan and answers, all marked unreviewed', () => {
    const state = withAnswers();
    const made = run(state, { type: 'freeze', assessmentId: only(state).id, name: 'Q1 baseline' });
    const milestone = made.assessments[1]!;
    const next = run(made, { type: 'nextRound', assessmentId: milestone.id, title: 'Q2 review' });
    const round = next.assessments[2]!;
    expect(round).toMatchObject({
      title: 'Q2 review',
      scope: milestone.scope,
      targets: { 'access-security': 4 },
      answers: milestone.answers,
      notes: milestone.notes,
      plan: milestone.plan,
      carriedOver: {
        from: { name: 'Q1 baseline', frozenAt: milestone.milestone!.frozenAt },
        unreviewed: ['alert-routing', 'recovery-objectives'],
      },
    });
    expect(round.milestone).toBeUndefined();
    // Only milestones start rounds.
    expect(run(next, { type: 'nextRound', assessmentId: round.id, title: 'x' })).toBe(next);
  });

  it('an answer, a cleared answer or "keep" marks a carried-over answer reviewed; the mark goes when none is left', () => {
    const state = withAnswers();
    const made = run(state, { type: 'freeze', assessmentId: only(state).id, name: 'Q1' });
    const next = run(made, {
      type: 'nextRound',
      assessmentId: made.assessments[1]!.id,
      title: 'Q2',
    });
    const id = next.assessments[2]!.id;
    const reviewed = run(next, {
      type: 'keepCarried',
      assessmentId: id,
      questionIds: ['alert-routing'],
    });
    expect(reviewed.assessments[2]!.carriedOver?.unreviewed).toEqual(['recovery-objectives']);
    expect(reviewed.assessments[2]!.answers['alert-routing']).toBe(2);
    const done = run(reviewed, answer(id, 'recovery-objectives', 'unknown'));
    expect(done.assessments[2]!.carriedOver).toBeUndefined();
    expect(
      run(done, { type: 'keepCarried', assessmentId: id, questionIds: ['alert-routing'] }),
    ).toBe(done);
  });
});

describe('actions that change nothing return the same state', () => {
  const carriedRound = () => {
    const state = one();
    const id = only(state).id;
    const answered = run(state, answer(id, 'alert-routing', 2), answer(id, 'user-onboarding', 3));
    const made = run(answered, { type: 'freeze', assessmentId: id, name: 'M' });
    const next = run(made, {
      type: 'nextRound',
      assessmentId: made.assessments[1]!.id,
      title: 'R',
    });
    return { state: next, id: next.assessments[2]!.id };
  };

  it('the same title, note, target or plan of a question that is no slug', () => {
    const state = one();
    const id = only(state).id;
    const noted = run(state, {
      type: 'setNote',
      assessmentId: id,
      questionId: 'alert-routing',
      note: 'by hand',
    });
    const targeted = run(noted, {
      type: 'setTarget',
      assessmentId: id,
      areaSlug: 'access-security',
      target: 4,
    });
    const planned = run(targeted, {
      type: 'setPlan',
      assessmentId: id,
      questionId: 'alert-routing',
      patch: { status: 'planned' },
    });
    const same: StoreAction[] = [
      { type: 'rename', assessmentId: id, title: 'Q1' },
      { type: 'setNote', assessmentId: id, questionId: 'alert-routing', note: 'by hand' },
      { type: 'setNote', assessmentId: id, questionId: 'user-onboarding', note: '' },
      { type: 'setNote', assessmentId: id, questionId: 'user-onboarding', note: '   ' },
      { type: 'setTarget', assessmentId: id, areaSlug: 'access-security', target: 4 },
      { type: 'setTarget', assessmentId: id, areaSlug: 'licensing', target: null },
      { type: 'clearAnswer', assessmentId: id, questionId: 'alert-routing' },
      { type: 'setPlan', assessmentId: id, questionId: 'Not A Slug', patch: { status: 'done' } },
      { type: 'setPlan', assessmentId: id, questionId: 'Not A Slug', patch: null },
      { type: 'freeze', assessmentId: id, name: '   ' },
    ];
    for (const action of same) expect(run(planned, action), action.type).toBe(planned);
  });

  it('"keep" of a question that was not carried over', () => {
    const { state, id } = carriedRound();
    expect(
      run(state, { type: 'keepCarried', assessmentId: id, questionIds: ['privileged-access'] }),
    ).toBe(state);
  });

  it('restoring an assessment that would not validate', () => {
    const state = one();
    const broken = { ...only(state), id: 'other', title: '' };
    expect(run(state, { type: 'restore', assessment: broken, index: 0 })).toBe(state);
  });
});

describe('actions at their edges', () => {
  const milestoneOf = (answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>) => {
    const state = one();
    const id = only(state).id;
    const answered = run(
      state,
      ...Object.entries(answers).map(([question, value]) => answer(id, question, value)),
    );
    return run(answered, { type: 'freeze', assessmentId: id, name: 'M' });
  };
  const roundOf = (answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>) => {
    const made = milestoneOf(answers);
    const next = run(made, {
      type: 'nextRound',
      assessmentId: made.assessments[1]!.id,
      title: 'R',
    });
    return { state: next, id: next.assessments[2]!.id };
  };
  const unreviewed = (state: StoreState, id: string) =>
    state.assessments.find((a) => a.id === id)?.carriedOver?.unreviewed;

  it('the same answer under a new bank version records the version', () => {
    const state = one();
    const id = only(state).id;
    const answered = run(state, answer(id, 'alert-routing', 2));
    const moved = run(answered, {
      type: 'setAnswer',
      assessmentId: id,
      questionId: 'alert-routing',
      answer: 2,
      bankVersion: 'fedcba9876543210',
    });
    expect(only(moved).bank).toEqual({ version: 'fedcba9876543210' });
    expect(only(moved).answers).toEqual({ 'alert-routing': 2 });
  });

  it('giving a carried-over answer again, or clearing it, marks it reviewed', () => {
    const { state, id } = roundOf({
      'alert-routing': 2,
      'user-onboarding': 3,
      'privileged-access': 1,
    });
    expect(unreviewed(run(state, answer(id, 'alert-routing', 2)), id)).toEqual([
      'user-onboarding',
      'privileged-access',
    ]);
    expect(unreviewed(run(state, answer(id, 'alert-routing', 4)), id)).toEqual([
      'user-onboarding',
      'privileged-access',
    ]);
    const cleared = run(state, {
      type: 'clearAnswer',
      assessmentId: id,
      questionId: 'user-onboarding',
    });
    expect(unreviewed(cleared, id)).toEqual(['alert-routing', 'privileged-access']);
    expect(cleared.assessments[2]!.answers).toEqual({ 'alert-routing': 2, 'privileged-access': 1 });
  });

  it('clearing a question that is marked unreviewed but has no answer marks it reviewed', () => {
    const { state, id } = roundOf({ 'alert-routing': 2 });
    const round = state.assessments[2]!;
    const odd = {
      ...state,
      assessments: state.assessments.map((a) =>
        a.id === id
          ? {
              ...round,
              carriedOver: {
                ...round.carriedOver!,
                unreviewed: ['alert-routing', 'user-onboarding'],
              },
            }
          : a,
      ),
    };
    const cleared = run(odd, {
      type: 'clearAnswer',
      assessmentId: id,
      questionId: 'user-onboarding',
    });
    expect(unreviewed(cleared, id)).toEqual(['alert-routing']);
  });

  it('a milestone without answers starts a round with nothing carried over; a blank title names it after the milestone', () => {
    const made = milestoneOf({});
    const next = run(made, {
      type: 'nextRound',
      assessmentId: made.assessments[1]!.id,
      title: ' ',
    });
    expect(next.assessments[2]!.title).toBe('M (next round)');
    expect(next.assessments[2]).not.toHaveProperty('carriedOver');
  });

  it('a title already taken gets a suffix: (milestone), (next round), (imported)', () => {
    const made = milestoneOf({ 'alert-routing': 2 });
    expect(titles(made)).toEqual(['Q1', 'M']);
    const again = run(made, { type: 'freeze', assessmentId: made.assessments[0]!.id, name: 'M' });
    expect(again.assessments[1]).toMatchObject({
      title: 'M (milestone)',
      milestone: { name: 'M (milestone)' },
    });
    const next = run(made, {
      type: 'nextRound',
      assessmentId: made.assessments[1]!.id,
      title: 'Q1',
    });
    expect(next.assessments[2]!.title).toBe('Q1 (next round)');
    const imported = run(made, { type: 'import', file: made.assessments[1]! });
    expect(imported.assessments[2]).toMatchObject({
      title: 'M (imported)',
      milestone: { name: 'M (imported)' },
    });
  });

  it('a plan note of spaces is no note, and a long one is cut to the limit', () => {
    const state = one();
    const id = only(state).id;
    const plan = (note: string) =>
      only(
        run(state, {
          type: 'setPlan',
          assessmentId: id,
          questionId: 'alert-routing',
          patch: { status: 'planned', note },
        }),
      ).plan?.['alert-routing'];
    expect(plan('   ')).toEqual({ status: 'planned' });
    expect(plan('n'.repeat(LIMITS.planNote + 10))?.note).toBe('n'.repeat(LIMITS.planNote));
  });

  it('an owner cut at the limit loses the space it ends with', () => {
    const state = one();
    const owner = `${'o'.repeat(LIMITS.planOwner - 1)} x`;
    const entry = only(
      run(state, {
        type: 'setPlan',
        assessmentId: only(state).id,
        questionId: 'alert-routing',
        patch: { owner },
      }),
    ).plan?.['alert-routing'];
    expect(entry?.owner).toBe('o'.repeat(LIMITS.planOwner - 1));
  });

  it('a focus role that is no slug is left out at creation, the assessment still made', () => {
    const state = run(emptyStoreState(), create('S', { focusRole: 'Not A Slug' }));
    expect(titles(state)).toEqual(['S']);
    expect(only(state)).not.toHaveProperty('focusRole');
  });

  it('clearing one answer keeps the others', () => {
    const state = one();
    const id = only(state).id;
    const answered = run(state, answer(id, 'alert-routing', 2), answer(id, 'user-onboarding', 3));
    expect(
      only(run(answered, { type: 'clearAnswer', assessmentId: id, questionId: 'alert-routing' }))
        .answers,
    ).toEqual({ 'user-onboarding': 3 });
  });
});

describe('titles', () => {
  it('are one line, spaces collapsed, cut to the limit without a space at either end', () => {
    expect(cleanTitle('  Q3 \n\t review ')).toBe('Q3 review');
    expect(cleanTitle(` ${'x'.repeat(LIMITS.title + 5)}`)).toBe('x'.repeat(LIMITS.title));
    expect(cleanTitle(`${'x'.repeat(LIMITS.title - 1)} y`)).toBe('x'.repeat(LIMITS.title - 1));
    expect(cleanTitle(' \n ')).toBeUndefined();
  });

  it('get a numbered suffix that fits the limit, without a space before it', () => {
    expect(uniqueTitle('Q1', 'copy', ['q1', 'Q1 (copy)'])).toBe('Q1 (copy 2)');
    expect(uniqueTitle('Q1', 'copy', ['Q2'])).toBe('Q1');
    expect(uniqueTitle('Q1', 'copy', [], true)).toBe('Q1 (copy)');
    const long = `${'a'.repeat(LIMITS.title - 8)} ${'b'.repeat(7)}`;
    expect(uniqueTitle(long, 'copy', [long])).toBe(`${'a'.repeat(LIMITS.title - 8)} (copy)`);
  });
});
