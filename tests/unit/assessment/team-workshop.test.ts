import { describe, expect, it } from 'vitest';
import { teamRound } from '../../../src/lib/assessment/team.ts';
import {
  workshopDistribution,
  workshopMove,
  workshopQuestions,
  workshopStep,
} from '../../../src/lib/assessment/team-workshop.ts';
import { bank, makeAssessment } from './helpers.ts';

const round = (answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>[]) =>
  teamRound(
    answers.map((a, i) => ({
      file: makeAssessment({ respondent: { name: `P${i + 1}` }, answers: a }),
    })),
    bank,
  );

describe('the workshop view', () => {
  it('moves with the keys of a presentation remote and of a keyboard', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown'].map((k) => workshopMove(k))).toEqual([
      'next',
      'next',
      'next',
    ]);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => workshopMove(k))).toEqual([
      'previous',
      'previous',
      'previous',
    ]);
    expect([
      workshopMove('Home'),
      workshopMove('End'),
      workshopMove('r'),
      workshopMove('R'),
    ]).toEqual(['first', 'last', 'reveal', 'reveal']);
    // Left to the browser: Tab, Enter and Space on buttons, shortcuts with modifiers, "b" to blank.
    expect(['Tab', 'Enter', ' ', 'b', 'constructor'].map((k) => workshopMove(k))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(workshopMove('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(workshopMove('r', { ctrlKey: true })).toBeUndefined();
  });

  it('stays within the questions: no wrapping at either end', () => {
    expect(workshopStep(0, 5, 'previous')).toBe(0);
    expect(workshopStep(4, 5, 'next')).toBe(4);
    expect(workshopStep(2, 5, 'next')).toBe(3);
    expect(workshopStep(2, 5, 'first')).toBe(0);
    expect(workshopStep(2, 5, 'last')).toBe(4);
    expect(workshopStep(9, 5, 'reveal')).toBe(4);
    expect(workshopStep(3, 0, 'next')).toBe(0);
  });

  it('walks through the questions to discuss, biggest first, or every question', () => {
    const split = round([
      { 'privileged-access': 1, 'alert-routing': 2 },
      { 'privileged-access': 5, 'alert-routing': 5 },
    ]);
    expect(workshopQuestions(split, 'discuss').map((q) => q.question.id)).toEqual([
      'privileged-access',
      'alert-routing',
    ]);
    expect(workshopQuestions(split, 'all')).toHaveLength(7);
    // Nothing to discuss: every question, rather than an empty view.
    const calm = round([{ 'alert-routing': 2 }, { 'alert-routing': 3 }]);
    expect(workshopQuestions(calm, 'discuss')).toHaveLength(7);
  });

  it('reveals who answered what, with the share of each answer', () => {
    const r = round([
      { 'alert-routing': 2 },
      { 'alert-routing': 2 },
      { 'alert-routing': 'na' },
      {},
    ]);
    const q = r.questions.find((x) => x.question.id === 'alert-routing')!;
    expect(workshopDistribution(r, q)).toEqual([
      { answer: 1, names: [], count: 0, share: 0 },
      { answer: 2, names: ['P1', 'P2'], count: 2, share: 0.5 },
      { answer: 3, names: [], count: 0, share: 0 },
      { answer: 4, names: [], count: 0, share: 0 },
      { answer: 5, names: [], count: 0, share: 0 },
      { answer: 'na', names: ['P3'], count: 1, share: 0.25 },
      { answer: 'unknown', names: [], count: 0, share: 0 },
      { answer: undefined, names: ['P4'], count: 1, share: 0.25 },
    ]);
  });
});
