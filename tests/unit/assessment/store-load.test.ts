import { describe, expect, it } from 'vitest';
import { loadState } from '../../../src/lib/assessment/store-load.ts';
import { migrate, versionOf } from '../../../src/lib/assessment/store-migrations.ts';
import { emptyStoreState, storeStateSchema } from '../../../src/lib/assessment/store-shape.ts';
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
    const state = {
      ...emptyStoreState(),
      activeId: 'a1',
      assessments: [{ ...makeAssessment(), id: 'a1' }],
    };
    expect(load(JSON.stringify(state))).toEqual({ state, report: { outcome: 'ok', problems: [] } });
  });

  it('migrates an unversioned value (a bare array of assessments) to version 1', () => {
    const { state, report } = load(fixtureText('store-v0-array.json'));
    expect(report).toEqual({ outcome: 'migrated', problems: [] });
    expect(state).toMatchObject({ version: 1, activeId: 'legacy-1', trash: null });
    expect(state.assessments[0]).toMatchObject({
      id: 'legacy-1',
      title: 'Prototype assessment',
      answers: { 'recovery-objectives': 3 },
    });
  });

  it('treats a single assessment file as an unversioned value, not as store version 1', () => {
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
    expect(state.activeId).toBe('good-1'); // "gone" is not an assessment
    expect(state.trash).toBeNull();
    expect(report.problems).toEqual([
      'Assessment "Damaged": its createdAt was unreadable and was replaced.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its scope.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its targets.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its answers.',
      'Assessment "Damaged": 1 unreadable entry was dropped from its notes.',
      'An unreadable entry in the list of assessments was dropped.',
      'The deleted assessment kept for undo could not be read.',
    ]);
  });

  it('never throws on text that is not JSON or not an object', () => {
    expect(load('{"version": 1, "assess')).toEqual({
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
      '{"version":1}',
      '{"version":1,"assessments":"x"}',
    ]) {
      const { state, report } = load(raw);
      expect(state.assessments).toEqual([]);
      expect(report.outcome).toBe('recovered');
    }
  });

  it('keeps what a newer version of the site wrote, as far as this version understands it', () => {
    const state = {
      version: 2,
      activeId: 'a1',
      assessments: [{ ...makeAssessment(), id: 'a1', colour: 'blue' }],
      trash: null,
    };
    const loaded = load(JSON.stringify(state));
    expect(loaded.report.outcome).toBe('recovered');
    expect(loaded.report.problems[0]).toMatch(/newer version of this site \(store version 2\)/);
    expect(loaded.state.assessments.map((a) => a.id)).toEqual(['a1']);
  });
});

describe('migrations', () => {
  it('report the version they started from and leave current values alone', () => {
    const current = { ...emptyStoreState() };
    expect(migrate(current)).toEqual({ value: current, fromVersion: 1 });
    expect(migrate([])).toEqual({
      value: { version: 1, activeId: null, assessments: [], trash: null },
      fromVersion: 0,
    });
    expect(migrate({ assessments: [], activeId: 'x' }).value).toEqual({
      version: 1,
      activeId: 'x',
      assessments: [],
      trash: null,
    });
  });
});
