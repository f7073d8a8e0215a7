import { describe, expect, it } from 'vitest';
import { loadState, versionOf } from '../../../src/lib/assessment/store/load.ts';
import { emptyStoreState, storeStateSchema } from '../../../src/lib/assessment/store/types.ts';
import { fixtureText, makeAssessment } from './helpers.ts';

let counter = 0;
const ctx = { now: '2025-03-01T12:00:00Z', newId: () => `new-${++counter}` };
const load = (raw: string | null) => loadState(raw, ctx);

describe('loading the stored value', () => {
  it('starts empty when nothing is stored', () => {
    expect(load(null)).toEqual({
      state: emptyStoreState(),
      report: { outcome: 'empty', problems: [] },
    });
  });

  it('reads a valid current value as is', () => {
    const state = { ...emptyStoreState(), assessments: [{ ...makeAssessment(), id: 'a1' }] };
    expect(load(JSON.stringify(state))).toEqual({
      state,
      report: { outcome: 'ok', problems: [] },
    });
  });

  it('migrates store version 1: files to version 2, the active id kept as a first choice, the trash dropped', () => {
    const v1 = {
      version: 1,
      activeId: 'a2',
      assessments: [
        { ...makeAssessment({ title: 'One' }), version: 1, id: 'a1' },
        { ...makeAssessment({ title: 'Two' }), version: 1, id: 'a2' },
      ],
      trash: {
        assessment: { ...makeAssessment({ title: 'Deleted secret' }), version: 1, id: 'gone' },
        index: 0,
        wasActive: false,
      },
    };
    const loaded = load(JSON.stringify(v1));
    expect(loaded.report).toEqual({ outcome: 'migrated', problems: [] });
    expect(loaded.legacyActiveId).toBe('a2');
    expect(loaded.state.assessments.map((a) => [a.id, a.version, a.title])).toEqual([
      ['a1', 2, 'One'],
      ['a2', 2, 'Two'],
    ]);
    expect(JSON.stringify(loaded.state)).not.toContain('Deleted secret');
  });

  it('migrates an unversioned value (a bare array of assessments)', () => {
    const { state, report } = load(fixtureText('store-v0-array.json'));
    expect(report).toEqual({ outcome: 'migrated', problems: [] });
    expect(state.version).toBe(2);
    expect(state.assessments[0]).toMatchObject({
      id: 'legacy-1',
      version: 2,
      title: 'Prototype assessment',
      answers: { 'recovery-objectives': 3 },
    });
  });

  it('treats a single assessment file as an unversioned value, not as a store version', () => {
    const file = makeAssessment({ title: 'Pasted' });
    expect(versionOf(file)).toBe(0);
    const { state, report } = load(JSON.stringify(file));
    expect(report.outcome).toBe('recovered'); // it has no id: one is given
    expect(state.assessments.map((a) => [a.id, a.title])).toEqual([
      [expect.stringMatching(/^new-/), 'Pasted'],
    ]);
  });

  it('recovers what validates from a corrupt value and says what was lost', () => {
    const { state, report } = load(fixtureText('store-corrupt.json'));
    expect(storeStateSchema.safeParse(state).success).toBe(true);
    expect(report.outcome).toBe('recovered');
    expect(state.assessments.map((a) => a.title)).toEqual(['Intact', 'Damaged', 'Same id']);
    const [intact, damaged, sameId] = state.assessments;
    expect(intact).toMatchObject({ id: 'good-1', answers: { 'recovery-objectives': 2 } });
    // The damaged one keeps every valid entry.
    expect(damaged).toMatchObject({
      id: 'damaged-1',
      createdAt: '2025-03-01T12:00:00Z',
      scope: ['business-continuity'],
      targets: {},
      answers: { 'recovery-objectives': 4, 'continuity-exercises': 'na' },
      notes: {},
    });
    expect(sameId!.id).toMatch(/^new-/); // a duplicate id is renumbered, not dropped
    expect(report.problems).toEqual([
      'Assessment "Damaged": its createdAt was unreadable and was replaced.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its scope.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its targets.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its answers.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its notes.',
      'An unreadable entry in the list of assessments was dropped.',
    ]);
  });

  it('keeps valid plan entries of a damaged assessment and drops the rest', () => {
    const raw = JSON.stringify({
      version: 2,
      assessments: [
        {
          ...makeAssessment({ title: 'Planned' }),
          id: 'p1',
          createdAt: 'broken',
          plan: { a: { status: 'planned' }, b: { status: 'someday' } },
        },
      ],
    });
    const { state, report } = load(raw);
    expect(state.assessments[0]!.plan).toEqual({ a: { status: 'planned' } });
    expect(report.problems).toContain(
      'Assessment "Planned": 1 unreadable entry was dropped from its plan.',
    );
  });

  it('never throws on text that is not JSON or not an object', () => {
    expect(load('{"version": 2, "assess')).toEqual({
      state: emptyStoreState(),
      report: {
        outcome: 'recovered',
        problems: ['The saved assessments could not be read: they are not JSON.'],
      },
    });
    for (const raw of [
      '42',
      '"text"',
      'null',
      '{}',
      '{"version":2}',
      '{"version":2,"assessments":"x"}',
    ]) {
      const { state, report } = load(raw);
      expect(state.assessments).toEqual([]);
      expect(report.outcome).toBe('recovered');
    }
  });

  it('keeps what a newer version of the site wrote, as far as this version understands it', () => {
    const state = {
      version: 3,
      assessments: [{ ...makeAssessment(), id: 'a1', colour: 'blue' }],
    };
    const loaded = load(JSON.stringify(state));
    expect(loaded.report.outcome).toBe('recovered');
    expect(loaded.report.problems[0]).toMatch(/newer version of this site \(store version 3\)/);
    expect(loaded.state.assessments.map((a) => a.id)).toEqual(['a1']);
  });
});
