import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teamCsv, teamMarkdown } from '../../../src/lib/assessment/exports/team.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import { consensusFile, respondentName, teamRound } from '../../../src/lib/assessment/team.ts';
import type { Answer, AssessmentFile } from '../../../src/schemas/assessment-file.ts';
import { bank, makeAssessment, readCsv } from './helpers.ts';

type Answers = Record<string, Answer>;
const file = (name: string | undefined, answers: Answers, extra: Partial<AssessmentFile> = {}) =>
  makeAssessment({ ...(name && { respondent: { name } }), answers, ...extra });
const byId = (round: ReturnType<typeof teamRound>, id: string) =>
  round.questions.find((q) => q.question.id === id)!;

// Weights of the sample bank: recovery-objectives 1, backup-restore-tests 2, continuity-exercises 3,
// user-onboarding 1, privileged-access 3, service-health-alerts 2, alert-routing 1.

describe('a round of three (odd): hand-worked', () => {
  const round = teamRound(
    [
      {
        file: file('Ana', {
          'recovery-objectives': 1,
          'backup-restore-tests': 4,
          'privileged-access': 'na',
        }),
      },
      {
        file: file('Ben', {
          'recovery-objectives': 4,
          'backup-restore-tests': 4,
          'privileged-access': 'unknown',
        }),
      },
      {
        file: file(undefined, { 'recovery-objectives': 2, 'alert-routing': 'na' }),
        fileName: 'chloe.json',
      },
    ],
    bank,
  );

  it('names respondents from the file, then the file name, then a number', () => {
    expect(round.respondents.map((r) => r.name)).toEqual(['Ana', 'Ben', 'chloe']);
    expect(respondentName({ file: makeAssessment() }, 3)).toBe('Respondent 4');
    expect(teamRound([{ file: file('Ana', {}) }], bank, {}, true).respondents[0]!.name).toBe(
      'Respondent 1',
    );
  });

  it('recovery-objectives 1, 4, 2: median 2, spread 3, discuss, consensus 2', () => {
    expect(byId(round, 'recovery-objectives')).toMatchObject({
      answers: [1, 4, 2],
      counts: { levels: [1, 1, 0, 1, 0], na: 0, unknown: 0, unanswered: 0 },
      answeredBy: 3,
      median: 2,
      spread: 3,
      discuss: true,
      consensus: 2,
    });
  });

  it('backup-restore-tests 4, 4, unanswered: median 4, spread 0, answered by 2', () => {
    expect(byId(round, 'backup-restore-tests')).toMatchObject({
      answers: [4, 4, undefined],
      answeredBy: 2,
      median: 4,
      spread: 0,
      discuss: false,
      consensus: 4,
    });
  });

  it('privileged-access na, unknown, unanswered: nobody gave a level, so "unknown" wins over "na"', () => {
    expect(byId(round, 'privileged-access')).toMatchObject({
      counts: { levels: [0, 0, 0, 0, 0], na: 1, unknown: 1, unanswered: 1 },
      median: undefined,
      spread: undefined,
      discuss: false,
      consensus: 'unknown',
    });
    expect(byId(round, 'alert-routing').consensus).toBe('na');
    expect(byId(round, 'service-health-alerts').consensus).toBeUndefined();
  });

  it('area figures: the consensus scored by the rules, and min, median and max of own scores', () => {
    const continuity = round.areas.find((a) => a.area.slug === 'business-continuity')!;
    // Consensus: recovery 2 (w1), backup 4 (w2): (2 + 8) / 3 = 10/3 → "3.3".
    expect(continuity.consensus.score?.display).toBe('3.3');
    // Own scores: Ana (1 + 8) / 3 = 3.0; Ben (4 + 8) / 3 = 4.0; Chloe 2 / 1 = 2.0.
    expect(continuity.scores.map((s) => s?.display)).toEqual(['3.0', '4.0', '2.0']);
    expect([continuity.min?.display, continuity.median?.display, continuity.max?.display]).toEqual([
      '2.0',
      '3.0',
      '4.0',
    ]);
    // Nobody has an access score: na and unknown only.
    const access = round.areas.find((a) => a.area.slug === 'access-security')!;
    expect([access.min, access.median, access.max]).toEqual([undefined, undefined, undefined]);
  });

  it('discusses by spread × weight, then area, then question order', () => {
    expect(round.discussion.slice(0, 2).map((q) => q.question.id)).toEqual([
      'recovery-objectives', // 3 × 1 = 3
      'backup-restore-tests', // 0 × 2 = 0, first in bank order among the zeros
    ]);
  });
});

describe('a round of four (even)', () => {
  const round = teamRound(
    [
      { file: file('A', { 'privileged-access': 1, 'recovery-objectives': 3 }) },
      { file: file('B', { 'privileged-access': 2, 'recovery-objectives': 3 }) },
      { file: file('C', { 'privileged-access': 4, 'recovery-objectives': 5 }) },
      { file: file('D', { 'privileged-access': 5, 'recovery-objectives': 2 }) },
    ],
    bank,
  );

  it('takes the lower of the two middle levels as the median: 1, 2, 4, 5 → 2', () => {
    expect(byId(round, 'privileged-access')).toMatchObject({ median: 2, spread: 4, discuss: true });
    expect(byId(round, 'recovery-objectives')).toMatchObject({ median: 3, spread: 3 });
  });

  it('takes the mean of the two middle area scores as the median of own scores', () => {
    const access = round.areas.find((a) => a.area.slug === 'access-security')!;
    // Own access scores 1, 2, 4, 5: median (2 + 4) / 2 = 3.0.
    expect(access.median?.display).toBe('3.0');
    const continuity = round.areas.find((a) => a.area.slug === 'business-continuity')!;
    // 3, 3, 5, 2 → sorted 2, 3, 3, 5: median 3.0, min 2.0, max 5.0.
    expect([continuity.min?.display, continuity.median?.display, continuity.max?.display]).toEqual([
      '2.0',
      '3.0',
      '5.0',
    ]);
  });

  it('orders the discussion by spread × weight: privileged 4 × 3 = 12 before recovery 3 × 1 = 3', () => {
    expect(round.discussion.slice(0, 2).map((q) => q.question.id)).toEqual([
      'privileged-access',
      'recovery-objectives',
    ]);
  });

  it("uses the facilitator's changes in the consensus, and null clears one", () => {
    const changed = teamRound(
      round.respondents.map((r) => ({ file: r.file })),
      bank,
      { 'privileged-access': 4, 'recovery-objectives': null },
    );
    expect(byId(changed, 'privileged-access').consensus).toBe(4);
    expect(byId(changed, 'recovery-objectives').consensus).toBeUndefined();
    expect(byId(changed, 'privileged-access').median).toBe(2);
  });
});

describe('role-focused files and other bank versions', () => {
  it('merges role-focused files as they are: each question is judged by whoever answered it', () => {
    const round = teamRound(
      [
        { file: file('Support', { 'continuity-exercises': 2 }, { focusRole: 'it-support' }) },
        {
          file: file('Security', { 'privileged-access': 4 }, { focusRole: 'security-compliance' }),
        },
      ],
      bank,
    );
    // Questions in either respondent's scope: it-support's 3 and security's 2.
    expect(round.questions.map((q) => q.question.id)).toEqual([
      'backup-restore-tests',
      'continuity-exercises',
      'user-onboarding',
      'privileged-access',
      'service-health-alerts',
    ]);
    expect(byId(round, 'privileged-access')).toMatchObject({ answeredBy: 1, median: 4 });
    // Own area scores follow each file's focus: Support has no access score.
    const access = round.areas.find((a) => a.area.slug === 'access-security')!;
    expect(access.scores.map((s) => s?.display)).toEqual([undefined, '4.0']);
  });

  it('leaves out answers the current bank lacks, and lists them per respondent', () => {
    const round = teamRound(
      [
        {
          file: file(
            'Old',
            { 'old-question': 3, 'alert-routing': 2 },
            { bank: { version: 'fedcba9876543210' } },
          ),
        },
        { file: file('New', { 'alert-routing': 4 }) },
      ],
      bank,
    );
    expect(round.respondents.map((r) => r.leftOut)).toEqual([['old-question'], []]);
    expect(round.questions.some((q) => q.question.id === 'old-question')).toBe(false);
    expect(byId(round, 'alert-routing')).toMatchObject({ median: 2, spread: 2, discuss: true });
  });
});

describe('saving the consensus', () => {
  const round = teamRound(
    [
      {
        file: file(
          'Ana',
          { 'recovery-objectives': 2 },
          { scope: ['business-continuity'], notes: { 'recovery-objectives': 'RTO not signed' } },
        ),
      },
      {
        file: file(
          'Ben',
          { 'alert-routing': 3 },
          { scope: ['notifications-alerts'], notes: { 'recovery-objectives': 'BIA is old' } },
        ),
      },
    ],
    bank,
    { 'alert-routing': 4 },
  );
  const saved = consensusFile(round, bank, { title: 'Team Q3', now: '2025-09-01T10:00:00Z' });

  it('is a new assessment: union of scopes, no focus, default targets, consensus answers', () => {
    expect(saved).toMatchObject({
      title: 'Team Q3',
      version: 2,
      scope: ['business-continuity', 'notifications-alerts'],
      targets: {},
      answers: { 'recovery-objectives': 2, 'alert-routing': 4 },
    });
    expect(saved.focusRole).toBeUndefined();
  });

  it("keeps every respondent's note, prefixed by its author", () => {
    expect(saved.notes['recovery-objectives']).toBe('Ana: RTO not signed\n\nBen: BIA is old');
  });

  it('scores, once saved, exactly as the consensus shows', () => {
    const results = scoreAssessment(saved, bank);
    for (const area of round.areas)
      expect(results.areas.find((a) => a.area.slug === area.area.slug)?.score?.display).toBe(
        area.consensus.score?.display,
      );
  });
});

describe('the team report', () => {
  const round = teamRound(
    [
      { file: file('Ana', { 'recovery-objectives': 1 }) },
      { file: file('Ben', { 'recovery-objectives': 5 }) },
    ],
    bank,
  );

  it("CSV: one row per question, each respondent's answer, median, spread, flag, consensus", () => {
    const rows = readCsv(teamCsv(round));
    expect(rows[0]).toEqual({
      'Area id': '99.10',
      'Question id': 'recovery-objectives',
      Question: 'Recovery objectives, RTO and RPO',
      Weight: '1',
      Ana: '1',
      Ben: '5',
      'Answered by': '2',
      Median: '1',
      Spread: '4',
      Discuss: 'yes',
      Consensus: '1',
    });
  });

  it('Markdown: areas, what to discuss first, every question', () => {
    const text = teamMarkdown(round, bank, 'Team round');
    expect(text).toContain('## To discuss first');
    expect(text).toContain(
      '1. **Recovery objectives, RTO and RPO** (99.10, weight 1): spread 4, median 1; Ana 1 Initial, Ben 5 Optimizing.',
    );
  });
});

describe('against an independent oracle', () => {
  // Written from DESIGN.md, without the engine: levels as plain numbers.
  const oracleMedian = (levels: number[]) => {
    const sorted = [...levels].sort((a, b) => a - b);
    return sorted.length === 0 ? undefined : sorted[Math.ceil(sorted.length / 2) - 1];
  };
  const oracleConsensus = (answers: (Answer | undefined)[]) => {
    const levels = answers.filter((a): a is number => typeof a === 'number');
    if (levels.length) return oracleMedian(levels);
    if (answers.includes('unknown')) return 'unknown';
    if (answers.includes('na')) return 'na';
    return undefined;
  };
  const ids = bank.areas.flatMap((a) => a.questions.map((q) => q.id));
  const answersArb = fc.dictionary(
    fc.constantFrom(...ids),
    fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom('na' as const, 'unknown' as const)),
    { noNullPrototype: true },
  );

  it('agrees on median, spread, flag and consensus for any round of 1 to 9 respondents', () => {
    fc.assert(
      fc.property(fc.array(answersArb, { minLength: 1, maxLength: 9 }), (all) => {
        const round = teamRound(
          all.map((answers) => ({ file: file(undefined, answers as Answers) })),
          bank,
        );
        for (const q of round.questions) {
          const given = all.map((answers) => answers[q.question.id]);
          const levels = given.filter((a): a is number => typeof a === 'number');
          expect(q.median).toBe(oracleMedian(levels));
          expect(q.spread).toBe(
            levels.length ? Math.max(...levels) - Math.min(...levels) : undefined,
          );
          expect(q.discuss).toBe(
            levels.length > 0 && Math.max(...levels) - Math.min(...levels) >= 2,
          );
          expect(q.consensus).toBe(oracleConsensus(given));
          expect(q.answeredBy).toBe(given.filter((a) => a !== undefined).length);
        }
      }),
      { numRuns: 200 },
    );
  });
});
