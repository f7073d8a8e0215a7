import { describe, expect, it } from 'vitest';
import {
  activeLabel,
  addLearner,
  clearActiveLearner,
  emptyProgress,
  learnerList,
  moduleProgress,
  pathProgress,
  readProgress,
  recordCheck,
  renameLearner,
  switchLearner,
  tickStep,
  type ProgressContext,
} from '../../../src/lib/training/progress.ts';
import { TRAINING } from '../../../src/schemas/limits.ts';

function context(): ProgressContext & { tick(): void } {
  let n = 0;
  let second = 0;
  return {
    get now() {
      return new Date(Date.UTC(2026, 11, 1, 9, 0, second)).toISOString();
    },
    tick: () => void second++,
    newId: () => `learner-${++n}`,
  };
}

const pass = { right: 4, total: 5, score: 80, passed: true };
const fail = { right: 2, total: 5, score: 40, passed: false };

describe('training progress', () => {
  it('adds an unnamed learner on the first tick and keeps ticks per module', () => {
    const ctx = context();
    let state = tickStep(emptyProgress(), ctx, 'recovery-drill', 'plan', true);
    state = tickStep(state, ctx, 'recovery-drill', 'run', true);
    state = tickStep(state, ctx, 'incident-triage', 'log', true);
    expect(state.active).toBe('learner-1');
    expect(moduleProgress(state, 'recovery-drill').steps).toEqual(['plan', 'run']);
    state = tickStep(state, ctx, 'recovery-drill', 'plan', false);
    expect(moduleProgress(state, 'recovery-drill').steps).toEqual(['run']);
    expect(activeLabel(state)).toBe('Learner 1');
  });

  it('returns the same state when nothing changes', () => {
    const ctx = context();
    const state = tickStep(emptyProgress(), ctx, 'm', 's', true);
    expect(tickStep(state, ctx, 'm', 's', true)).toBe(state);
    expect(tickStep(emptyProgress(), ctx, 'm', 's', false).learners).toEqual({});
    expect(switchLearner(state, 'nobody')).toBe(state);
    expect(clearActiveLearner(emptyProgress())).toEqual(emptyProgress());
    expect(renameLearner(emptyProgress(), ctx, '   ')).toEqual(emptyProgress());
  });

  it('counts a module done once its check is passed, and a later failure does not undo it', () => {
    const ctx = context();
    let state = recordCheck(emptyProgress(), ctx, 'a', fail);
    expect(pathProgress(state, ['a', 'b'])).toEqual({ done: 0, total: 2 });
    ctx.tick();
    state = recordCheck(state, ctx, 'a', pass);
    const passedAt = moduleProgress(state, 'a').passedAt;
    expect(passedAt).toBe('2026-12-01T09:00:01.000Z');
    ctx.tick();
    state = recordCheck(state, ctx, 'a', fail);
    expect(moduleProgress(state, 'a')).toMatchObject({
      passedAt,
      check: { right: 2, total: 5, score: 40, passed: false, at: '2026-12-01T09:00:02.000Z' },
    });
    expect(pathProgress(state, ['a', 'b'])).toEqual({ done: 1, total: 2 });
  });

  it('keeps learners apart: switch, name, clear', () => {
    const ctx = context();
    let state = renameLearner(emptyProgress(), ctx, '  Anna   Berg ');
    state = recordCheck(state, ctx, 'a', pass);
    ctx.tick();
    state = addLearner(state, ctx, undefined);
    expect(moduleProgress(state, 'a').passedAt).toBeUndefined();
    expect(learnerList(state)).toEqual([
      { id: 'learner-1', label: 'Anna Berg' },
      { id: 'learner-2', label: 'Learner 2' },
    ]);
    state = switchLearner(state, 'learner-1');
    expect(pathProgress(state, ['a'])).toEqual({ done: 1, total: 1 });
    state = clearActiveLearner(state);
    expect(state.active).toBeUndefined();
    expect(Object.keys(state.learners)).toEqual(['learner-2']);
    expect(moduleProgress(state, 'a')).toEqual({ steps: [] });
  });

  it('cuts long names and forgets a name cleared', () => {
    const ctx = context();
    let state = renameLearner(emptyProgress(), ctx, 'x'.repeat(200));
    expect(activeLabel(state)).toHaveLength(TRAINING.learnerName);
    state = renameLearner(state, ctx, '');
    expect(state.learners['learner-1']).not.toHaveProperty('name');
  });

  it('drops the learner added longest ago once the device holds the most it keeps', () => {
    const ctx = context();
    let state = emptyProgress();
    for (let i = 0; i < TRAINING.learners + 2; i++) {
      ctx.tick();
      state = addLearner(state, ctx, `P${i}`);
    }
    const list = learnerList(state);
    expect(list).toHaveLength(TRAINING.learners);
    expect(list[0]!.label).toBe('P2');
    expect(state.active).toBe(`learner-${TRAINING.learners + 2}`);
  });

  it('reads what it wrote and says why it cannot read anything else', () => {
    const ctx = context();
    const state = recordCheck(tickStep(emptyProgress(), ctx, 'a', 's', true), ctx, 'a', pass);
    expect(readProgress(JSON.stringify(state))).toEqual({ outcome: 'ok', state });
    expect(readProgress(null).outcome).toBe('empty');
    const reasons = [
      '{nope',
      '[]',
      '{"version":2,"learners":{}}',
      '{"version":1}',
      '{"version":1,"learners":{},"active":"ghost"}',
      '{"version":1,"learners":{"x":{"createdAt":"t","modules":{"a":{"steps":[1]}}}}}',
      '{"version":1,"learners":{"x":{"createdAt":"t","modules":{"a":{"steps":[],"check":{"right":5,"total":4,"score":1,"passed":true,"at":"t"}}}}}}',
      `{"version":1,"learners":{"x":{"name":"${'n'.repeat(99)}","createdAt":"t","modules":{}}}}`,
    ].map((raw) => {
      const read = readProgress(raw);
      return read.outcome === 'unreadable' ? read.reason : read.outcome;
    });
    expect(reasons).toEqual([
      'it is not JSON',
      'it is not an object',
      'its version is 2, not 1',
      'it has no list of learners',
      'its active learner is not in the list',
      'learner x has steps of a that are not a list of names',
      'learner x has a check result of a that is not one',
      'learner x has a name that is not text or too long',
    ]);
  });
});
