import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import {
  answerInWords,
  levelName,
  ownEntry,
  questionIndex,
  roleTitle,
  summarizeBank,
} from '../../../src/lib/assessment/bank.ts';
import { findOutFirst, recommend } from '../../../src/lib/assessment/findings.ts';
import { areasInScope } from '../../../src/lib/assessment/scope.ts';
import { scoreArea } from '../../../src/lib/assessment/scoring.ts';
import { bank, fixtureFile, makeAssessment } from './helpers.ts';

const summary = (
  answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>,
  targets: Record<string, number> = {},
) =>
  scoreAssessment(makeAssessment({ answers, targets }), bank).recommendations.map((r) => [
    r.question.id,
    r.priority,
  ]);

describe('recommendations', () => {
  it('list every question answered with a level below target, by priority = weight × (target − level)', () => {
    const file = fixtureFile('valid.json');
    // recovery-objectives: w1 × (3 − 2) = 1; privileged-access: w3 × (4 − 2) = 6 (target 4);
    // backup 3 and continuity 4 meet target 3; unknown, na and unanswered never recommend.
    expect(
      scoreAssessment(file, bank).recommendations.map((r) => [r.question.id, r.priority]),
    ).toEqual([
      ['privileged-access', 6],
      ['recovery-objectives', 1],
    ]);
  });

  it('break ties by area order, then question order, not by answer order', () => {
    // All priority 1, answered in reverse bank order.
    expect(summary({ 'alert-routing': 2, 'user-onboarding': 2, 'recovery-objectives': 2 })).toEqual(
      [
        ['recovery-objectives', 1],
        ['user-onboarding', 1],
        ['alert-routing', 1],
      ],
    );
    // Same area, both priority 2: w2 × (3 − 2) and w1 × (3 − 1).
    expect(summary({ 'backup-restore-tests': 2, 'recovery-objectives': 1 })).toEqual([
      ['recovery-objectives', 2],
      ['backup-restore-tests', 2],
    ]);
  });

  it('follow the target: nothing at or above it, more when it rises', () => {
    expect(summary({ 'continuity-exercises': 3 })).toEqual([]);
    expect(summary({ 'continuity-exercises': 3 }, { 'business-continuity': 5 })).toEqual([
      ['continuity-exercises', 6],
    ]);
    expect(summary({ 'continuity-exercises': 1 }, { 'business-continuity': 1 })).toEqual([]);
  });

  it('carry the current option, its advice, the next level and the guidance link', () => {
    const [item] = scoreAssessment(
      makeAssessment({ answers: { 'privileged-access': 2 } }),
      bank,
    ).recommendations;
    expect(item).toMatchObject({
      area: { slug: 'access-security' },
      question: { id: 'privileged-access' },
      level: 2,
      target: 3,
      current: { level: 2, label: 'Level 2 practice for privileged access reviews.' },
      advice: 'Move privileged access reviews from level 2 to level 3.',
      next: { level: 3, label: 'Level 3 practice for privileged access reviews.' },
      link: '/areas/access-security/#99-25-050',
      priority: 3,
    });
  });

  it('leave out questions outside the scope or the focus role', () => {
    const results = scoreAssessment(
      makeAssessment({
        focusRole: 'it-support',
        answers: { 'recovery-objectives': 1, 'backup-restore-tests': 1 },
      }),
      bank,
    );
    expect(results.recommendations.map((r) => r.question.id)).toEqual(['backup-restore-tests']);
  });
});

describe('find out first (DESIGN.md "Find out first")', () => {
  it('lists every "don\'t know" by weight, then area and question order, with who can answer', () => {
    const results = scoreAssessment(
      makeAssessment({
        answers: {
          'alert-routing': 'unknown', // w1, notifications
          'recovery-objectives': 'unknown', // w1, continuity
          'continuity-exercises': 'unknown', // w3, continuity
          'service-health-alerts': 'unknown', // w2, notifications
          'privileged-access': 2,
        },
      }),
      bank,
    );
    expect(results.findOutFirst.unknown.map((f) => [f.question.id, f.weight, f.roles])).toEqual([
      ['continuity-exercises', 3, ['IT support']],
      ['service-health-alerts', 2, ['IT support']],
      ['recovery-objectives', 1, ['Administrators']],
      ['alert-routing', 1, ['Administrators']],
    ]);
    expect(results.findOutFirst.unknown[0]!.link).toBe('/areas/business-continuity/#99-10-030');
    // Unknown answers never become recommendations.
    expect(results.recommendations.map((r) => r.question.id)).toEqual(['privileged-access']);
  });

  it('counts the unanswered questions per area, with the roles they name, in bank role order', () => {
    const results = scoreAssessment(
      makeAssessment({ answers: { 'recovery-objectives': 3, 'user-onboarding': 'na' } }),
      bank,
    );
    expect(results.findOutFirst.unanswered.map((f) => [f.area.slug, f.count, f.roles])).toEqual([
      ['business-continuity', 2, ['Administrators', 'IT support']],
      ['access-security', 1, ['Security and compliance']],
      ['notifications-alerts', 2, ['Administrators', 'IT support']],
    ]);
  });

  it('is empty when every question has an answer other than "don\'t know"', () => {
    const answers = Object.fromEntries(
      bank.areas.flatMap((a) => a.questions.map((q) => [q.id, 3 as const])),
    );
    const { findOutFirst } = scoreAssessment(makeAssessment({ answers }), bank);
    expect(findOutFirst).toEqual({ unknown: [], unanswered: [] });
  });
});

describe('retired answers (questions no longer in the bank)', () => {
  it('are listed separately with their notes and never scored', () => {
    const results = scoreAssessment(fixtureFile('other-bank.json'), bank);
    expect(results.retired).toEqual([
      { questionId: 'old-question', answer: 3, note: 'Asked in the 2024 bank.' },
    ]);
    expect(results.areas.map((area) => area.area.slug)).toEqual(['business-continuity']);
    expect(results.overall?.display).toBe('4.0');
  });

  it('include notes whose question is gone even without an answer', () => {
    const results = scoreAssessment(makeAssessment({ notes: { 'gone-question': 'why' } }), bank);
    expect(results.retired).toEqual([
      { questionId: 'gone-question', answer: undefined, note: 'why' },
    ]);
  });
});

describe('lookups', () => {
  it('never mistake Object.prototype members for answers', () => {
    expect(ownEntry(makeAssessment().answers, 'constructor')).toBeUndefined();
    expect(ownEntry(makeAssessment({ answers: { constructor: 4 } }).answers, 'constructor')).toBe(
      4,
    );
  });

  it('name levels and answers in words', () => {
    expect(levelName(bank, 3)).toBe('Defined');
    expect([2, 'na', 'unknown', undefined].map((a) => answerInWords(bank, a as never))).toEqual([
      'Managed',
      'N/A',
      "Don't know",
      '',
    ]);
  });

  it('name a level the bank does not have by its number', () => {
    expect(levelName(bank, 7)).toBe('Level 7');
  });

  it('give a role its title, or its slug when the bank does not know it', () => {
    expect(roleTitle(bank, 'it-support')).toBe('IT support');
    expect(roleTitle(bank, 'auditors')).toBe('auditors');
  });

  it('index every question by id once per bank, and share that index', () => {
    const index = questionIndex(bank);
    expect(index.get('privileged-access')).toMatchObject({ areaIndex: 1, questionIndex: 1 });
    expect(index.size).toBe(7);
    expect(questionIndex(bank)).toBe(index);
  });

  it('summarise the bank for a first view: areas with question counts, levels, roles', () => {
    expect(summarizeBank(bank)).toEqual({
      version: '0123456789abcdef',
      defaultTarget: 3,
      levels: [
        { level: 1, name: 'Initial' },
        { level: 2, name: 'Managed' },
        { level: 3, name: 'Defined' },
        { level: 4, name: 'Quantitatively managed' },
        { level: 5, name: 'Optimizing' },
      ],
      roles: [
        { slug: 'administrators', title: 'Administrators' },
        { slug: 'it-support', title: 'IT support' },
        { slug: 'security-compliance', title: 'Security and compliance' },
      ],
      areas: [
        {
          slug: 'business-continuity',
          catalogId: '99.10',
          title: 'Define business continuity plan',
          shortTitle: 'Business continuity',
          questions: 3,
        },
        {
          slug: 'access-security',
          catalogId: '99.25',
          title: 'Manage access and security',
          shortTitle: 'Access and security',
          questions: 2,
        },
        {
          slug: 'notifications-alerts',
          catalogId: '99.40',
          title: 'Monitor notifications and alerts',
          shortTitle: 'Notifications',
          questions: 2,
        },
      ],
      questions: 7,
    });
  });
});

describe('the order of findings does not depend on the order they are handed in', () => {
  // The areas and their questions handed to recommend and findOutFirst in reverse: ties must
  // still come out in bank order (area, then question), as the results page lists them.
  const reversed = (answers: Record<string, 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown'>) =>
    areasInScope(bank, { scope: [] })
      .map((scoped) =>
        scoreArea({ ...scoped, questions: [...scoped.questions].reverse() }, { answers }, 3),
      )
      .reverse();

  it('recommendations of equal priority come in area order, then question order', () => {
    // Each at priority 2: weight 1 two levels below target, or weight 2 one level below.
    const areas = reversed({
      'recovery-objectives': 1,
      'backup-restore-tests': 2,
      'user-onboarding': 1,
      'service-health-alerts': 2,
      'alert-routing': 1,
    });
    expect(recommend(areas).map((r) => [r.question.id, r.priority])).toEqual([
      ['recovery-objectives', 2],
      ['backup-restore-tests', 2],
      ['user-onboarding', 2],
      ['service-health-alerts', 2],
      ['alert-routing', 2],
    ]);
  });

  it('"don\'t know" answers of equal weight come in area order, then question order', () => {
    const areas = reversed({
      'recovery-objectives': 'unknown',
      'user-onboarding': 'unknown',
      'alert-routing': 'unknown',
      'backup-restore-tests': 'unknown',
      'service-health-alerts': 'unknown',
    });
    expect(findOutFirst(areas, bank).unknown.map((u) => [u.question.id, u.weight])).toEqual([
      ['backup-restore-tests', 2],
      ['service-health-alerts', 2],
      ['recovery-objectives', 1],
      ['user-onboarding', 1],
      ['alert-routing', 1],
    ]);
  });
});
