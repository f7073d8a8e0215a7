import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teamCsv, teamMarkdown } from '../../../src/lib/assessment/exports/team.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import {
  answerGroups,
  answerOfChoice,
  choiceOf,
  consensusFile,
  CONSENSUS_CHOICES,
  coverageOf,
  questionNotes,
  respondentName,
  respondentNames,
  roundRespondents,
  teamChartRows,
  teamRound,
} from '../../../src/lib/assessment/team.ts';
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

// ---- Hand-worked rounds (DESIGN.md "Team rounds"); every figure below worked out by hand ----
//
// R recovery-objectives w1, B backup-restore-tests w2, C continuity-exercises w3 (99.10);
// U user-onboarding w1, P privileged-access w3 (99.25); S service-health-alerts w2,
// A alert-routing w1 (99.40).
const FIVE: [string, Answers, Partial<AssessmentFile>?][] = [
  [
    'Ana',
    {
      'recovery-objectives': 3,
      'backup-restore-tests': 2,
      'continuity-exercises': 1,
      'user-onboarding': 4,
      'privileged-access': 'na',
      'service-health-alerts': 5,
      'alert-routing': 2,
    },
  ],
  [
    'Ben',
    {
      'recovery-objectives': 4,
      'backup-restore-tests': 2,
      'continuity-exercises': 2,
      'user-onboarding': 'unknown',
      'privileged-access': 'na',
      'service-health-alerts': 5,
    },
  ],
  [
    'Chloe',
    {
      'recovery-objectives': 5,
      'backup-restore-tests': 3,
      'continuity-exercises': 4,
      'user-onboarding': 2,
      'privileged-access': 'unknown',
      'service-health-alerts': 1,
    },
  ],
  [
    'Dev',
    {
      'recovery-objectives': 2,
      'backup-restore-tests': 2,
      'continuity-exercises': 3,
      'user-onboarding': 'na',
      'privileged-access': 'unknown',
      'service-health-alerts': 4,
      'alert-routing': 1,
    },
  ],
  ['Eve', { 'recovery-objectives': 1 }, { scope: ['business-continuity'] }],
];
const FAY: [string, Answers] = [
  'Fay',
  Object.fromEntries(bank.areas.flatMap((a) => a.questions.map((q) => [q.id, 5] as const))),
];
const roundOf = (rows: [string, Answers, Partial<AssessmentFile>?][]) =>
  teamRound(
    rows.map(([name, answers, extra]) => ({ file: file(name, answers, extra) })),
    bank,
  );
const figures = (round: ReturnType<typeof teamRound>) =>
  Object.fromEntries(
    round.questions.map((q) => [
      q.question.id,
      [q.median, q.spread, q.discuss, q.answeredBy, q.consensus],
    ]),
  );
const areaFigures = (round: ReturnType<typeof teamRound>) =>
  Object.fromEntries(
    round.areas.map((a) => [
      a.area.slug,
      [
        a.consensus.score?.display,
        a.consensus.score?.level,
        a.min?.display,
        a.median?.display,
        a.max?.display,
        a.scoredBy,
      ],
    ]),
  );

describe('hand-worked: five respondents (odd), na and unknown mixed, one scoped to an area', () => {
  const round = roundOf(FIVE);

  it('per question: median, spread, discuss, answered by and the consensus draft', () => {
    expect(figures(round)).toEqual({
      // 3, 4, 5, 2, 1 → 1 2 [3] 4 5.
      'recovery-objectives': [3, 4, true, 5, 3],
      // 2, 2, 3, 2 and Eve unanswered → 2 [2] 2 3: four levels, the lower middle one.
      'backup-restore-tests': [2, 1, false, 4, 2],
      // 1, 2, 4, 3 → 1 [2] 3 4.
      'continuity-exercises': [2, 3, true, 4, 2],
      // 4, don't know, 2, na → levels 2 and 4: the lower, 2; spread 2 is "discuss".
      'user-onboarding': [2, 2, true, 4, 2],
      // na, na, don't know, don't know: nobody gave a level, and "unknown" comes before "na".
      'privileged-access': [undefined, undefined, false, 4, 'unknown'],
      // 5, 5, 1, 4 → 1 [4] 5 5.
      'service-health-alerts': [4, 4, true, 4, 4],
      // 2 and 1, three unanswered → 1.
      'alert-routing': [1, 1, false, 2, 1],
    });
    expect(byId(round, 'user-onboarding').counts).toEqual({
      levels: [0, 1, 0, 1, 0],
      na: 1,
      unknown: 1,
      unanswered: 1,
    });
    expect(byId(round, 'privileged-access').counts).toEqual({
      levels: [0, 0, 0, 0, 0],
      na: 2,
      unknown: 2,
      unanswered: 1,
    });
  });

  it('per area: consensus score and level, lowest, median and highest own score, scored by', () => {
    expect(areaFigures(round)).toEqual({
      // Consensus R3 B2 C2: (3 + 4 + 6) / 6 = 13/6 = 2.17. Own: Ana 10/6, Ben 14/6, Chloe 23/6,
      // Dev 15/6, Eve 1 → 1.0, 1.67, [2.33], 2.5, 3.83.
      'business-continuity': ['2.2', 2, '1.0', '2.3', '3.8', 5],
      // Consensus U2 (P unknown): 2.0. Own: Ana 4, Chloe 2; Ben and Dev no level; Eve out of
      // scope → median of two = (2 + 4) / 2.
      'access-security': ['2.0', 2, '2.0', '3.0', '4.0', 2],
      // Consensus S4 A1: (8 + 1) / 3 = 3.0. Own: Ana 12/3 = 4, Ben 5, Chloe 1, Dev 9/3 = 3 →
      // 1 [3 4] 5 → 3.5.
      'notifications-alerts': ['3.0', 3, '1.0', '3.5', '5.0', 4],
    });
  });

  it('discussion: spread × weight, then area order, then question order', () => {
    // C 3×3 = 9, S 4×2 = 8, R 4×1 = 4, B 1×2 = 2 (99.10) before U 2×1 = 2 (99.25), A 1, P 0.
    expect(round.discussion.map((q) => [q.question.id, q.priority])).toEqual([
      ['continuity-exercises', 9],
      ['service-health-alerts', 8],
      ['recovery-objectives', 4],
      ['backup-restore-tests', 2],
      ['user-onboarding', 2],
      ['alert-routing', 1],
      ['privileged-access', 0],
    ]);
    expect(round.toDiscuss.map((q) => q.question.id)).toEqual([
      'continuity-exercises',
      'service-health-alerts',
      'recovery-objectives',
      'user-onboarding',
    ]);
  });

  it('saves "unknown" where nobody gave a level, and scores as the round shows', () => {
    const saved = consensusFile(round, bank, { title: 'Five', now: '2025-09-01T10:00:00Z' });
    expect(saved.answers).toEqual({
      'recovery-objectives': 3,
      'backup-restore-tests': 2,
      'continuity-exercises': 2,
      'user-onboarding': 2,
      'privileged-access': 'unknown',
      'service-health-alerts': 4,
      'alert-routing': 1,
    });
    // Every respondent's scope together is every area: saved as "all areas".
    expect(saved.scope).toEqual([]);
  });
});

describe('hand-worked: six respondents (even)', () => {
  const round = roundOf([...FIVE, FAY]);

  it('per question, with Fay answering 5 everywhere', () => {
    expect(figures(round)).toEqual({
      // 1 2 [3] 4 5 5: six levels, the lower middle one.
      'recovery-objectives': [3, 4, true, 6, 3],
      // 2 2 [2] 3 5.
      'backup-restore-tests': [2, 3, true, 5, 2],
      // 1 2 [3] 4 5.
      'continuity-exercises': [3, 4, true, 5, 3],
      // 2 [4] 5.
      'user-onboarding': [4, 3, true, 5, 4],
      // Fay's 5 is the only level: it is the median, spread 0.
      'privileged-access': [5, 0, false, 5, 5],
      // 1 4 [5] 5 5.
      'service-health-alerts': [5, 4, true, 5, 5],
      // 1 [2] 5.
      'alert-routing': [2, 4, true, 3, 2],
    });
  });

  it('per area: the median of an even number of own scores is the mean of the middle two', () => {
    expect(areaFigures(round)).toEqual({
      // Consensus (3 + 4 + 9) / 6 = 2.67. Own: 1, 10/6, 14/6, 15/6, 23/6, 5 → (14/6 + 15/6) / 2
      // = 29/12 = 2.42.
      'business-continuity': ['2.7', 2, '1.0', '2.4', '5.0', 6],
      // Consensus (4 + 15) / 4 = 4.75 → "4.8", level 4. Own: 2, 4, 5 → 4.
      'access-security': ['4.8', 4, '2.0', '4.0', '5.0', 3],
      // Consensus (10 + 2) / 3 = 4. Own: 1, 3, 4, 5, 5 → 4.
      'notifications-alerts': ['4.0', 4, '1.0', '4.0', '5.0', 5],
    });
  });

  it('discussion order: ties of spread × weight go by area, then question order', () => {
    // C 12, S 8, B 6, R 4 (99.10) before A 4 (99.40), U 3, P 0.
    expect(round.discussion.map((q) => q.question.id)).toEqual([
      'continuity-exercises',
      'service-health-alerts',
      'backup-restore-tests',
      'recovery-objectives',
      'alert-routing',
      'user-onboarding',
      'privileged-access',
    ]);
  });
});

describe('a question nobody answered with a level', () => {
  it('consensus: "unknown" if anyone said so, else "na" if anyone did, else unanswered', () => {
    const round = roundOf([
      ['A', { 'privileged-access': 'na', 'user-onboarding': 'na', 'alert-routing': 'unknown' }],
      ['B', { 'privileged-access': 'na', 'alert-routing': 'na' }],
    ]);
    expect(byId(round, 'privileged-access')).toMatchObject({
      median: undefined,
      spread: undefined,
      discuss: false,
      answeredBy: 2,
      priority: 0,
      draft: 'na',
      consensus: 'na',
    });
    expect(byId(round, 'alert-routing').consensus).toBe('unknown');
    expect(byId(round, 'recovery-objectives')).toMatchObject({
      answeredBy: 0,
      consensus: undefined,
      counts: { levels: [0, 0, 0, 0, 0], na: 0, unknown: 0, unanswered: 2 },
    });
    // No level anywhere in the area: no consensus score, no own scores.
    const access = round.areas.find((a) => a.area.slug === 'access-security')!;
    expect([
      access.consensus.score,
      access.min,
      access.median,
      access.max,
      access.scoredBy,
    ]).toEqual([undefined, undefined, undefined, undefined, 0]);
    const saved = consensusFile(round, bank, { title: 'T', now: '2025-09-01T10:00:00Z' });
    expect(Object.hasOwn(saved.answers, 'recovery-objectives')).toBe(false);
    expect(saved.answers['privileged-access']).toBe('na');
  });

  it('a change by the facilitator wins over the draft, and is marked', () => {
    const base = [{ file: file('A', { 'privileged-access': 'na' as const }) }];
    const changed = teamRound([...base, ...base], bank, { 'privileged-access': 3 });
    expect(byId(changed, 'privileged-access')).toMatchObject({
      draft: 'na',
      consensus: 3,
      changed: true,
    });
    expect(byId(changed, 'user-onboarding').changed).toBe(false);
  });
});

describe('role-focused files, hand-worked', () => {
  // Support (it-support): B, C, S. Security (security-compliance): U, P. Admin: no focus, 99.40 only.
  const round = roundOf([
    [
      'Support',
      { 'backup-restore-tests': 4, 'continuity-exercises': 2, 'service-health-alerts': 3 },
      { focusRole: 'it-support' },
    ],
    [
      'Security',
      { 'user-onboarding': 1, 'privileged-access': 5 },
      { focusRole: 'security-compliance' },
    ],
    [
      'Admin',
      { 'service-health-alerts': 1, 'alert-routing': 4, 'backup-restore-tests': 5 },
      { scope: ['notifications-alerts'] },
    ],
  ]);

  it("takes the union of the files' questions, each judged by whoever answered it", () => {
    expect(round.questions.map((q) => q.question.id)).toEqual([
      'backup-restore-tests',
      'continuity-exercises',
      'user-onboarding',
      'privileged-access',
      'service-health-alerts',
      'alert-routing',
    ]);
    // Admin answered backup-restore-tests outside their scope: the answer is still theirs.
    expect(figures(round)).toEqual({
      'backup-restore-tests': [4, 1, false, 2, 4],
      'continuity-exercises': [2, 0, false, 1, 2],
      'user-onboarding': [1, 0, false, 1, 1],
      'privileged-access': [5, 0, false, 1, 5],
      'service-health-alerts': [1, 2, true, 2, 1],
      'alert-routing': [4, 0, false, 1, 4],
    });
  });

  it("scores each respondent's own areas on their file's focus and scope", () => {
    expect(round.areas.map((a) => [a.area.slug, a.scores.map((s) => s?.display)])).toEqual([
      // Support B4 w2, C2 w3: 14/5 = 2.8. Security has no question there; Admin's scope is 99.40.
      ['business-continuity', ['2.8', undefined, undefined]],
      // Security U1 w1, P5 w3: 16/4 = 4.0.
      ['access-security', [undefined, '4.0', undefined]],
      // Support S3; Admin S1 w2, A4 w1: 6/3 = 2.0.
      ['notifications-alerts', ['3.0', undefined, '2.0']],
    ]);
    // The consensus of 99.10 covers the questions of the round, not recovery-objectives.
    const continuity = round.areas.find((a) => a.area.slug === 'business-continuity')!;
    expect(continuity.consensus.completion.total).toBe(2);
    expect(continuity.consensus.score?.display).toBe('2.8');
  });

  it('saves the union of scopes without a role focus', () => {
    const saved = consensusFile(round, bank, { title: 'T', now: '2025-09-01T10:00:00Z' });
    expect(saved.focusRole).toBeUndefined();
    expect(saved.scope).toEqual([]);
  });
});

describe('names', () => {
  it('makes every name unique, so report columns and note authors can be told apart', () => {
    const names = roundRespondents(
      [
        { file: file('Ana', {}) },
        { file: file('ana', {}) },
        { file: file(undefined, {}), fileName: 'Ana.json' },
        { file: file(undefined, {}) },
      ],
      bank,
    ).map((r) => r.name);
    expect(names).toEqual(['Ana', 'ana (2)', 'Ana (3)', 'Respondent 4']);
    expect(respondentNames([{ file: file('Ana', {}) }, { file: file('Ben', {}) }], true)).toEqual([
      'Respondent 1',
      'Respondent 2',
    ]);
  });

  it('prefixes the notes of the saved consensus with the names shown', () => {
    const round = teamRound(
      [
        { file: file('Ana', {}, { notes: { 'alert-routing': 'pager only' } }) },
        { file: file('Ben', {}, { notes: { 'alert-routing': '  ' } }) },
      ],
      bank,
      {},
      true,
    );
    expect(questionNotes(round, byId(round, 'alert-routing'))).toEqual([
      { name: 'Respondent 1', note: 'pager only' },
    ]);
    expect(consensusFile(round, bank, { title: 'T', now: '2025-09-01T10:00:00Z' }).notes).toEqual({
      'alert-routing': 'Respondent 1: pager only',
    });
  });
});

describe('what the page renders', () => {
  const round = roundOf(FIVE);

  it('who gave which answer', () => {
    expect(answerGroups(round, byId(round, 'user-onboarding'))).toEqual([
      { answer: 1, names: [] },
      { answer: 2, names: ['Chloe'] },
      { answer: 3, names: [] },
      { answer: 4, names: ['Ana'] },
      { answer: 5, names: [] },
      { answer: 'na', names: ['Dev'] },
      { answer: 'unknown', names: ['Ben'] },
      { answer: undefined, names: ['Eve'] },
    ]);
  });

  it('the chart: consensus bar, band from lowest to highest own score, marker at the median', () => {
    expect(teamChartRows(round)[2]).toEqual({
      label: '99.40 Notifications',
      bars: [{ value: 3, display: '3.0', level: 3, low: 1, high: 5 }],
      target: 3.5,
    });
  });

  it('form values of consensus answers, both ways', () => {
    for (const choice of CONSENSUS_CHOICES)
      expect(choiceOf(answerOfChoice(choice) ?? undefined)).toBe(choice);
    expect(['0', '6', '3.0', ' 3', 'x'].map(answerOfChoice)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('how much of their own scope each respondent answered', () => {
    expect(round.respondents.map((r) => coverageOf(r.file, bank))).toEqual([
      { answered: 7, total: 7 },
      { answered: 6, total: 7 },
      { answered: 6, total: 7 },
      { answered: 7, total: 7 },
      { answered: 1, total: 3 },
    ]);
  });
});

describe('areas and discussion order against an independent oracle', () => {
  // Written from DESIGN.md without the engine: scores as numerator/denominator pairs, compared
  // by cross-multiplication, rounded half up by long division.
  type Ratio = { n: number; d: number };
  const less = (x: Ratio, y: Ratio) => x.n * y.d < y.n * x.d;
  const tenths = ({ n, d }: Ratio) => {
    const whole = Math.floor(n / d);
    const rest = n - whole * d;
    let tenth = Math.floor((rest * 10) / d);
    if ((rest * 10 - tenth * d) * 2 >= d) tenth += 1;
    return tenth === 10 ? `${whole + 1}.0` : `${whole}.${tenth}`;
  };
  const questionsOf = (f: AssessmentFile, areaSlug: string) => {
    const inScope = f.scope.length === 0 || f.scope.includes(areaSlug);
    const area = bank.areas.find((a) => a.slug === areaSlug)!;
    return inScope
      ? area.questions.filter((q) => !f.focusRole || q.roles.includes(f.focusRole))
      : [];
  };
  const ownScore = (f: AssessmentFile, areaSlug: string): Ratio | undefined => {
    let n = 0;
    let d = 0;
    for (const q of questionsOf(f, areaSlug)) {
      const a = f.answers[q.id];
      if (typeof a === 'number') {
        n += q.weight * a;
        d += q.weight;
      }
    }
    return d === 0 ? undefined : { n, d };
  };
  const median = (sorted: Ratio[]): Ratio | undefined => {
    if (sorted.length === 0) return undefined;
    const m = Math.floor(sorted.length / 2);
    if (sorted.length % 2) return sorted[m];
    const [x, y] = [sorted[m - 1]!, sorted[m]!];
    return { n: x.n * y.d + y.n * x.d, d: 2 * x.d * y.d };
  };

  const slugs = bank.areas.map((a) => a.slug);
  const fileArb = fc.record({
    answers: fc.dictionary(
      fc.constantFrom(...bank.areas.flatMap((a) => a.questions.map((q) => q.id))),
      fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom('na' as const, 'unknown' as const)),
      { noNullPrototype: true },
    ),
    scope: fc.subarray(slugs),
    focusRole: fc.option(fc.constantFrom(...bank.roles.map((r) => r.slug)), { nil: undefined }),
  });

  it('min, median and max of own area scores, and the discussion order, for any round', () => {
    fc.assert(
      fc.property(fc.array(fileArb, { minLength: 2, maxLength: 8 }), (rows) => {
        const files = rows.map((r) =>
          file(undefined, r.answers as Answers, {
            scope: r.scope,
            ...(r.focusRole && { focusRole: r.focusRole }),
          }),
        );
        const round = teamRound(
          files.map((f) => ({ file: f })),
          bank,
        );
        for (const area of round.areas) {
          const own = files
            .map((f) => ownScore(f, area.area.slug))
            .filter((s): s is Ratio => s !== undefined)
            .sort((x, y) => (less(x, y) ? -1 : less(y, x) ? 1 : 0));
          expect(area.min?.display).toBe(own[0] && tenths(own[0]));
          expect(area.max?.display).toBe(own.at(-1) && tenths(own.at(-1)!));
          const m = median(own);
          expect(area.median?.display).toBe(m && tenths(m));
          expect(area.scoredBy).toBe(own.length);
        }
        // The questions: every one in some respondent's scope and focus, in bank order.
        const expected = bank.areas.flatMap((a) =>
          a.questions.filter((q) =>
            files.some((f) => questionsOf(f, a.slug).some((x) => x.id === q.id)),
          ),
        );
        expect(round.questions.map((q) => q.question.id)).toEqual(expected.map((q) => q.id));
        const place = (id: string) =>
          bank.areas.flatMap((a) => a.questions.map((q) => q.id)).indexOf(id);
        const key = (id: string) => {
          const levels = files
            .map((f) => f.answers[id])
            .filter((a): a is number => typeof a === 'number');
          const weight = expected.find((q) => q.id === id)!.weight;
          return levels.length ? (Math.max(...levels) - Math.min(...levels)) * weight : 0;
        };
        const order = expected
          .map((q) => q.id)
          .sort((x, y) => key(y) - key(x) || place(x) - place(y));
        expect(round.discussion.map((q) => q.question.id)).toEqual(order);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the team report of a hand-worked round', () => {
  const round = teamRound(
    [
      ...FIVE.map(([name, answers, extra]) => ({ file: file(name, answers, extra) })),
      { file: file('Median', { 'alert-routing': 5 }) },
    ],
    bank,
    { 'backup-restore-tests': 4, 'alert-routing': null },
  );
  const csv = teamCsv(round);

  it('CSV: BOM and CRLF like every export, so Excel opens it cleanly', () => {
    expect(csv.startsWith('\uFEFFArea id,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(round.questions.length + 2);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it("CSV: one row per question, each respondent's answer, median, spread, flag, consensus", () => {
    const rows = readCsv(csv);
    expect(rows.map((r) => r['Question id'])).toEqual(round.questions.map((q) => q.question.id));
    expect(Object.keys(rows[0]!)).toEqual([
      'Area id',
      'Question id',
      'Question',
      'Weight',
      'Ana',
      'Ben',
      'Chloe',
      'Dev',
      'Eve',
      'Median (respondent)',
      'Answered by',
      'Median',
      'Spread',
      'Discuss',
      'Consensus',
    ]);
    const row = (id: string) => rows.find((r) => r['Question id'] === id)!;
    expect(row('user-onboarding')).toMatchObject({
      'Area id': '99.25',
      Weight: '1',
      Ana: '4',
      Ben: "Don't know",
      Chloe: '2',
      Dev: 'N/A',
      Eve: '',
      'Median (respondent)': '',
      'Answered by': '4',
      Median: '2',
      Spread: '2',
      Discuss: 'yes',
      Consensus: '2',
    });
    expect(row('privileged-access')).toMatchObject({
      Median: '',
      Spread: '',
      Discuss: 'no',
      Consensus: "Don't know",
    });
    // The facilitator's changes: backup-restore-tests set to 4, alert-routing cleared.
    expect(row('backup-restore-tests')).toMatchObject({ Median: '2', Consensus: '4' });
    expect(row('alert-routing')).toMatchObject({
      Ana: '2',
      Dev: '1',
      'Median (respondent)': '5',
      // 2, 1 and 5 → 1 [2] 5.
      Median: '2',
      Spread: '4',
      Discuss: 'yes',
      Consensus: '',
    });
  });

  it('Markdown: the areas with their spread, what to discuss first, every question', () => {
    const text = teamMarkdown(round, bank, 'Team round Q3');
    expect(text).toContain('# Team round Q3');
    // Consensus S4, A cleared: 8/2. Own: Ana 4, Ben 5, Chloe 1, Dev 3, "Median" 5 → 1 3 [4] 5 5.
    expect(text).toContain(
      '| 99.40 Monitor notifications and alerts | 4.0 | 4 Quantitatively managed | 1.0 | 4.0 | 5.0 | 5 of 6 |',
    );
    expect(text).toContain(
      '1. **Continuity exercises** (99.10, weight 3): spread 3, median 2; Ana 1 Initial, Ben 2 Managed, Chloe 4 Quantitatively managed, Dev 3 Defined, Eve unanswered, Median unanswered.',
    );
    expect(text).toContain(
      '| Question | Ana | Ben | Chloe | Dev | Eve | Median (respondent) | Median |',
    );
    expect(text).toContain(
      "| Privileged access reviews (99.25) | N/A | N/A | Don't know | Don't know |  |  | – | – |  | Don't know |",
    );
  });
});
