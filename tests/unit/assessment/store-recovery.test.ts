import { describe, expect, it } from 'vitest';
import {
  loadState,
  needsBackup,
  recoverAssessment,
  versionOf,
} from '../../../src/lib/assessment/store/load.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { makeAssessment } from './helpers.ts';

// Reading the stored value at its edges: which values count as which store version, what an
// older shape keeps, and entry by entry what recovery keeps, replaces or drops, and says.

let counter = 0;
const ctx = { now: '2025-03-01T12:00:00Z', newId: () => `new-${++counter}` };
const load = (value: unknown) => loadState(JSON.stringify(value), ctx);
const recover = (raw: unknown) => recoverAssessment(raw, ctx);
const LIST_UNREADABLE = 'The list of saved assessments could not be read.';
const DROPPED = 'An unreadable entry in the list of assessments was dropped.';

describe('the store version of a value', () => {
  it('is a whole number above 0, else 0', () => {
    expect(versionOf({ version: 3 })).toBe(3);
    expect(versionOf({ version: 1 })).toBe(1);
    expect(versionOf({ version: 0 })).toBe(0);
    expect(versionOf({ version: -1 })).toBe(0);
    expect(versionOf({ version: 1.5 })).toBe(0);
    expect(versionOf({ version: '2' })).toBe(0);
    expect(versionOf({})).toBe(0);
    expect(versionOf([{ version: 2 }])).toBe(0);
  });

  it('is never the version of an assessment file', () => {
    expect(versionOf(makeAssessment())).toBe(0);
  });
});

describe('a value that is not a store', () => {
  it('a JSON value that is no object at all cannot be read', () => {
    for (const raw of ['5', '"text"', 'null', 'true']) {
      expect(loadState(raw, ctx).report).toEqual({
        outcome: 'recovered',
        problems: ['The saved assessments could not be read.'],
      });
    }
  });

  it('an object without a list says the list could not be read, and nothing else', () => {
    expect(load({ foo: 1 }).report.problems).toEqual([LIST_UNREADABLE]);
    expect(load({ version: 1 }).report.problems).toEqual([LIST_UNREADABLE]);
    expect(load({ version: 2, assessments: 'x' }).report.problems).toEqual([LIST_UNREADABLE]);
  });

  it('a current value with a field it does not have is recovered, not taken as is', () => {
    const assessment = { ...makeAssessment({ title: 'Kept' }), id: 'a1' };
    const loaded = load({ version: 2, activeId: 'a1', assessments: [assessment] });
    expect(loaded.report).toEqual({ outcome: 'recovered', problems: [] });
    expect(loaded.state.assessments).toEqual([assessment]);
    expect(loaded.legacyActiveId).toBeUndefined();
  });

  it('an unversioned list is not upgraded past version 1 files: a file of version 3 is recovered', () => {
    const newer = { ...makeAssessment({ title: 'Future' }), id: 'f1', version: 3 };
    const loaded = load([newer]);
    expect(loaded.report.outcome).toBe('recovered');
    expect(loaded.state.assessments.map((a) => [a.id, a.version, a.title])).toEqual([
      ['f1', 2, 'Future'],
    ]);
  });

  it('store version 1 names its active assessment only with a string id', () => {
    const v1 = (activeId: unknown) => ({
      version: 1,
      activeId,
      assessments: [{ ...makeAssessment(), version: 1, id: 'a1' }],
    });
    expect(load(v1('a1')).legacyActiveId).toBe('a1');
    expect(load(v1(5)).legacyActiveId).toBeUndefined();
    expect(load(v1(5)).report.outcome).toBe('migrated');
  });

  it('only a recovered value needs a backup', () => {
    expect(needsBackup({ outcome: 'recovered', problems: [] })).toBe(true);
    for (const outcome of ['empty', 'ok', 'migrated'] as const)
      expect(needsBackup({ outcome, problems: [] })).toBe(false);
  });
});

describe('recovering one stored assessment', () => {
  const valid = { ...makeAssessment({ title: 'T' }), id: 'a1' };

  it('keeps a valid one as it is, without a word', () => {
    expect(recover(valid)).toEqual({ assessment: valid, problems: [] });
  });

  it('drops an entry that is no object, or has neither its own title nor any answer or note', () => {
    expect(recover(5)).toEqual({ problems: [DROPPED] });
    expect(recover({ id: 'x' })).toEqual({ problems: [DROPPED] });
  });

  it('keeps an entry without a title when it has an answer, or a note, as "Recovered assessment"', () => {
    const { title: _title, ...untitled } = valid;
    const withAnswer = recover({ ...untitled, answers: { 'user-onboarding': 2 } });
    expect(withAnswer.assessment?.title).toBe('Recovered assessment');
    expect(withAnswer.problems).toEqual([
      'Assessment "?": its title was unreadable and was replaced.',
    ]);
    const withNote = recover({ ...untitled, title: 7, notes: { 'user-onboarding': 'n' } });
    expect(withNote.assessment).toMatchObject({
      title: 'Recovered assessment',
      notes: { 'user-onboarding': 'n' },
    });
    expect(withNote.problems).toEqual([
      'Assessment "?": its title was unreadable and was replaced.',
    ]);
  });

  it('keeps an entry with its own title and nothing answered', () => {
    expect(recover({ ...valid, createdAt: 'broken' }).assessment?.title).toBe('T');
  });

  it('names the entry by at most 60 characters of its title', () => {
    const long = 'x'.repeat(70);
    expect(recover({ ...valid, title: long, createdAt: 'broken' }).problems).toEqual([
      `Assessment "${'x'.repeat(60)}": its createdAt was unreadable and was replaced.`,
    ]);
  });

  it('replaces an unreadable bank by "unknown", updatedAt by createdAt, createdAt by now', () => {
    const { assessment, problems } = recover({
      ...valid,
      bank: 'v1',
      createdAt: 5,
      updatedAt: 'never',
    });
    expect(assessment).toMatchObject({
      bank: { version: 'unknown' },
      createdAt: '2025-03-01T12:00:00Z',
      updatedAt: '2025-03-01T12:00:00Z',
    });
    expect(problems).toEqual([
      'Assessment "T": its createdAt was unreadable and was replaced.',
      'Assessment "T": its bank was unreadable and was replaced.',
      'Assessment "T": its updatedAt was unreadable and was replaced.',
    ]);
    expect(recover({ ...valid, updatedAt: 'never' }).assessment?.updatedAt).toBe(valid.createdAt);
  });

  it('keeps the optional fields that validate: respondent, focus role, plan, milestone, carried-over answers', () => {
    const full = {
      ...valid,
      createdAt: 'broken',
      respondent: { name: 'Kim', role: 'administrators' },
      focusRole: 'it-support',
      plan: { 'user-onboarding': { status: 'planned' } },
      milestone: { name: 'T', frozenAt: '2025-02-01T00:00:00Z' },
      carriedOver: {
        from: { name: 'Q1', frozenAt: '2025-01-01T00:00:00Z' },
        unreviewed: ['user-onboarding'],
      },
    };
    const { createdAt: _c, ...rest } = full;
    expect(recover(full)).toEqual({
      assessment: { ...rest, createdAt: '2025-03-01T12:00:00Z' },
      problems: ['Assessment "T": its createdAt was unreadable and was replaced.'],
    });
  });

  it('drops an optional field that does not validate, saying so, and adds none that was absent', () => {
    const { assessment, problems } = recover({
      ...valid,
      respondent: 'Kim',
      focusRole: 'Not A Slug',
    });
    expect(assessment).toEqual(valid);
    expect(problems).toEqual([
      'Assessment "T": its respondent was unreadable and was dropped.',
      'Assessment "T": its focusRole was unreadable and was dropped.',
    ]);
  });

  it('keeps at most the scope areas a file may name', () => {
    const scope = Array.from({ length: LIMITS.scopeAreas + 2 }, (_, i) => `area-${i}`);
    expect(recover({ ...valid, scope }).assessment?.scope).toEqual(
      scope.slice(0, LIMITS.scopeAreas),
    );
  });

  it('says a list or record that is not one could not be read, once, and is silent about one that is absent', () => {
    const { targets: _t, ...withoutTargets } = valid;
    const { assessment, problems } = recover({
      ...withoutTargets,
      scope: 'all',
      answers: 'none',
    });
    expect(assessment).toMatchObject({ scope: [], targets: {}, answers: {} });
    expect(problems).toEqual([
      'Assessment "T": its scope could not be read and were dropped.',
      'Assessment "T": its answers could not be read and were dropped.',
    ]);
  });

  it('counts the entries it drops: one entry was, two entries were', () => {
    expect(
      recover({ ...valid, answers: { 'user-onboarding': 9, 'privileged-access': 'maybe', ok: 2 } })
        .problems,
    ).toEqual(['Assessment "T": 2 unreadable entries were dropped from its answers.']);
  });

  it('drops an entry that still does not validate after recovery, saying so', () => {
    const { id: _id, ...withoutId } = valid;
    expect(recoverAssessment(withoutId, { now: ctx.now, newId: () => 'not an id!' })).toEqual({
      problems: [
        'Assessment "T": its id was unreadable and was replaced.',
        'Assessment "T": dropped.',
      ],
    });
  });
});
