import { describe, expect, it } from 'vitest';
import {
  gradeCheck,
  passMarkText,
  resultText,
  rightNeeded,
  unansweredText,
} from '../../../src/lib/training/grading.ts';
import { TRAINING } from '../../../src/schemas/limits.ts';

describe('grading a knowledge check', () => {
  it('needs every question of a check of three or four, and four of five, at the 80 % mark', () => {
    expect(TRAINING.passMark).toBe(80);
    expect([3, 4, 5].map((n) => rightNeeded(n))).toEqual([3, 4, 4]);
    expect(rightNeeded(10, 50)).toBe(5);
    expect(passMarkText(4)).toBe('all 4 right');
    expect(passMarkText(5)).toBe('4 of 5 right (80 %)');
  });

  it('grades per question and overall', () => {
    const grading = gradeCheck([1, 0, 2, 0, 1], [1, 0, 2, 0, 0]);
    expect(grading).toEqual({
      complete: true,
      result: {
        right: 4,
        total: 5,
        score: 80,
        passed: true,
        questions: [
          { chosen: 1, right: 1, correct: true },
          { chosen: 0, right: 0, correct: true },
          { chosen: 2, right: 2, correct: true },
          { chosen: 0, right: 0, correct: true },
          { chosen: 0, right: 1, correct: false },
        ],
      },
    });
  });

  it('fails three of four and rounds the score to a whole percent', () => {
    const grading = gradeCheck([0, 0, 0, 0], [0, 0, 0, 1]);
    expect(grading.complete && grading.result).toMatchObject({
      right: 3,
      score: 75,
      passed: false,
    });
    const third = gradeCheck([0, 0, 0], [0, 1, 1]);
    expect(third.complete && third.result).toMatchObject({ right: 1, score: 33, passed: false });
  });

  it('grades nothing while a question has no answer, and names the open ones', () => {
    expect(gradeCheck([0, 1, 2], [0, undefined, undefined])).toEqual({
      complete: false,
      unanswered: [1, 2],
    });
    expect(gradeCheck([], []).complete).toBe(false);
    expect(unansweredText([1])).toBe('Answer question 2 first: every question needs an answer.');
    expect(unansweredText([0, 2, 3])).toBe(
      'Answer questions 1, 3 and 4 first: every question needs an answer.',
    );
  });

  it('announces the result with the pass mark when it is missed', () => {
    expect(resultText({ right: 4, total: 4, passed: true })).toBe(
      '4 of 4 right: passed. Every answer is right.',
    );
    expect(resultText({ right: 4, total: 5, passed: true })).toBe(
      '4 of 5 right: passed. Read the explanations of the ones you missed.',
    );
    expect(resultText({ right: 3, total: 4, passed: false })).toBe(
      '3 of 4 right: not passed. You need all 4 right. Read the explanations and try again.',
    );
  });
});
