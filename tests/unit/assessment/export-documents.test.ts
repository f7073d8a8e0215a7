import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../../src/lib/assessment/compare.ts';
import { compareCsv, compareMarkdown } from '../../../src/lib/assessment/exports/compare.ts';
import { csvCell, exportResultsCsv } from '../../../src/lib/assessment/exports/csv.ts';
import { exportMarkdown } from '../../../src/lib/assessment/exports/markdown.ts';
import { teamCsv, teamMarkdown } from '../../../src/lib/assessment/exports/team.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import { teamRound } from '../../../src/lib/assessment/team.ts';
import type { Bank } from '../../../src/schemas/bank.ts';
import { bank, makeAssessment } from './helpers.ts';

// Whole export documents for small, hand-worked inputs: every line written out here from the
// formats as DESIGN.md and the export code's comments describe them, not copied from output.
// Weights: continuity 1, 2, 3; access 1, 3; notifications 2, 1. Default target 3.

const lines = (...all: string[]) => `${all.join('\n')}\n`;
const csvText = (...rows: string[]) => `\uFEFF${rows.map((row) => `${row}\r\n`).join('')}`;

describe('the comparison of two assessments as documents', () => {
  // A covers continuity and access, B access and notifications.
  // A: continuity (1×2 + 2×3) / 3 = 8/3 → "2.7", access 1.0; overall (8/3 + 1) / 2 = 11/6 → "1.8".
  // B: access 4.0, notifications 2.0; overall 3.0. Access delta +3.0; overall 3 − 11/6 = 7/6 → "+1.2".
  const a = makeAssessment({
    title: 'Q1 *baseline*',
    scope: ['business-continuity', 'access-security'],
    answers: { 'recovery-objectives': 2, 'backup-restore-tests': 3, 'user-onboarding': 1 },
  });
  const b = makeAssessment({
    title: 'Q3',
    scope: ['access-security', 'notifications-alerts'],
    answers: { 'user-onboarding': 4, 'alert-routing': 2 },
  });
  const comparison = compareAssessments(a, b, bank);

  it('Markdown: scores per area and overall, changed answers, and the three lists of recommendations', () => {
    expect(compareMarkdown(comparison, a, b, bank)).toBe(
      lines(
        '# Q1 \\*baseline\\* → Q3',
        '',
        'Delta is Q3 minus Q1 \\*baseline\\*, from the exact scores, rounded half up to one decimal.',
        '',
        '## Scores',
        '',
        '| Area | Q1 \\*baseline\\* | Q3 | Delta | Level Q1 \\*baseline\\* | Level Q3 | Answered Q1 \\*baseline\\* | Answered Q3 |',
        '| --- | ---: | ---: | ---: | --- | --- | ---: | ---: |',
        '| 99.10 Define business continuity plan | 2.7 | – | – | 2 Managed | – | 2/3 | not in scope |',
        '| 99.25 Manage access and security | 1.0 | 4.0 | +3.0 | 1 Initial | 4 Quantitatively managed | 1/2 | 1/2 |',
        '| 99.40 Monitor notifications and alerts | – | 2.0 | – | – | 2 Managed | not in scope | 1/2 |',
        '| **Overall** | 1.8 | 3.0 | +1.2 | 1 Initial | 3 Defined | 3/5 | 2/4 |',
        '',
        '## Changed answers (4)',
        '',
        '- Recovery objectives, RTO and RPO (99.10): 2 Managed → unanswered',
        '- Backup restore tests (99.10): 3 Defined → unanswered',
        '- User onboarding (99.25): 1 Initial → 4 Quantitatively managed',
        '- Alert routing (99.40): unanswered → 2 Managed',
        '',
        '## Recommendations',
        '',
        '### Resolved (2)',
        '',
        '- User onboarding (99.25)',
        '- Recovery objectives, RTO and RPO (99.10)',
        '',
        '### New (1)',
        '',
        '- Alert routing (99.40)',
        '',
        '### Still open (0)',
        '',
        'None.',
      ),
    );
  });

  it('CSV: both figures per area and overall, empty where one side has none, minus as "-"', () => {
    expect(compareCsv(comparison)).toBe(
      csvText(
        'Area id,Area,Score A,Score B,Delta,Level A,Level B,Answered A,Answered B,Questions A,Questions B',
        '99.10,Define business continuity plan,2.7,,,2,,2,,3,',
        '99.25,Manage access and security,1.0,4.0,+3.0,1,4,1,1,2,2',
        '99.40,Monitor notifications and alerts,,2.0,,,2,,1,,2',
        ',Overall,1.8,3.0,+1.2,1,3,3,2,5,4',
      ),
    );
    expect(compareCsv(compareAssessments(b, a, bank))).toBe(
      csvText(
        'Area id,Area,Score A,Score B,Delta,Level A,Level B,Answered A,Answered B,Questions A,Questions B',
        '99.10,Define business continuity plan,,2.7,,,2,,2,,3',
        '99.25,Manage access and security,4.0,1.0,-3.0,4,1,1,1,2,2',
        '99.40,Monitor notifications and alerts,2.0,,,2,,1,,2,',
        ',Overall,3.0,1.8,-1.2,3,1,2,3,4,5',
      ),
    );
  });

  it('Markdown: says when no answer changed and nothing is recommended', () => {
    const text = compareMarkdown(compareAssessments(b, b, bank), b, b, bank);
    expect(text).toContain('## Changed answers (0)\n\nNo answer changed.\n\n');
    expect(text).toContain(
      '### Resolved (0)\n\nNone.\n\n### New (0)\n\nNone.\n\n### Still open (1)\n\n- Alert routing (99.40)\n',
    );
    expect(text).not.toContain('## Not compared');
  });

  it('Markdown: lists what was not compared, and why, at the end', () => {
    const old = makeAssessment({
      title: 'Old',
      bank: { version: 'fedcba9876543210' },
      answers: { 'recovery-objectives': 2, 'gone-question': 3, 'backup-restore-tests': 3 },
    });
    const now = makeAssessment({
      title: 'New',
      answers: { 'recovery-objectives': 2, 'alert-routing': 4 },
    });
    const text = compareMarkdown(compareAssessments(old, now, bank), old, now, bank);
    expect(text).toContain('## Changed answers (0)\n\nNo answer changed.');
    expect(
      text.endsWith(
        lines(
          '## Not compared',
          '',
          'The two were made with different versions of the question bank: only questions both answered are compared.',
          '',
          '- gone-question: no longer in the question bank',
          '- Backup restore tests: answered only in Old',
          '- Alert routing: answered only in New',
        ),
      ),
    ).toBe(true);
  });

  it('Markdown: on the same bank, only retired answers are not compared, without the bank sentence', () => {
    const retired = makeAssessment({ answers: { 'gone-question': 3 } });
    const text = compareMarkdown(compareAssessments(retired, b, bank), retired, b, bank);
    expect(
      text.endsWith('\n\n## Not compared\n\n- gone-question: no longer in the question bank\n'),
    ).toBe(true);
  });
});

describe('the assessment report in Markdown, whole', () => {
  it('a milestone of two areas: about, overall, areas, recommendations, find out first, answers, retired', () => {
    // Access: (1×2 + 3×2) / 4 = 2.0, closed; notifications: don't know (w2), unanswered (w1): 1 to 5.
    // Overall 2.0; provisional (2 + 1) / 2 = 1.5 to (2 + 5) / 2 = 3.5.
    const mini = makeAssessment({
      title: 'Mini',
      respondent: { name: 'Kim' },
      scope: ['access-security', 'notifications-alerts'],
      milestone: { name: 'Q2 close', frozenAt: '2025-06-30T17:00:00Z' },
      answers: {
        'user-onboarding': 2,
        'privileged-access': 2,
        'service-health-alerts': 'unknown',
        'old-one': 'na',
      },
      notes: { 'privileged-access': 'By hand', gone: 'kept note' },
    });
    expect(exportMarkdown(mini, bank, scoreAssessment(mini, bank))).toBe(
      lines(
        '# Mini',
        '',
        'Maturity self-assessment of the Dynamics 365 administer to operate process.',
        '',
        '- Respondent: Kim',
        '- Scope: 2 areas',
        '- Milestone "Q2 close", frozen 2025-06-30T17:00:00Z',
        '- Last updated: 2025-01-01T00:00:00Z',
        '- Question bank version: 0123456789abcdef',
        '',
        '## Overall',
        '',
        "Overall score **2.0** of 5, level 2 (Managed): the mean of 1 area score; the level is the whole number reached. **Provisional**: with the open answers it could be anywhere from 1.5 to 3.5. Rated 2, don't know 1, not applicable 0, unanswered 1 (of 4 questions; 75% answered).",
        '',
        '## Areas',
        '',
        '| Area | Score | Level | Range | Answered | Target |',
        '| --- | ---: | --- | ---: | ---: | ---: |',
        '| 99.25 Manage access and security | 2.0 | 2 Managed (rests on 2 answers) | – | 2/2 (100%) | 3 |',
        '| 99.40 Monitor notifications and alerts | – | not scored | 1.0–5.0 | 1/2 (50%) | 3 |',
        '',
        'Scores: Σ(weight × level) / Σ(weight) over the questions answered with a level; the level is the whole number reached. Range: the same with every "don\'t know" and unanswered question counted as level 1 and as level 5.',
        '',
        '## Recommendations',
        '',
        '1. **Privileged access reviews** (Manage access and security): priority 3, now level 2 (Managed), target 3.',
        '   - Now: Level 2 practice for privileged access reviews.',
        '   - Next step: Move privileged access reviews from level 2 to level 3.',
        '   - At level 3 (Defined): Level 3 practice for privileged access reviews.',
        '   - Guidance: [/areas/access-security/\\#99-25-050](</areas/access-security/#99-25-050>)',
        '',
        '2. **User onboarding** (Manage access and security): priority 1, now level 2 (Managed), target 3.',
        '   - Now: Level 2 practice for user onboarding.',
        '   - Next step: Move user onboarding from level 2 to level 3.',
        '   - At level 3 (Defined): Level 3 practice for user onboarding.',
        '   - Guidance: [/areas/access-security/\\#99-25-040](</areas/access-security/#99-25-040>)',
        '',
        '## Find out first',
        '',
        '"Don\'t know" answers:',
        '',
        '- **Service health alerts** (Monitor notifications and alerts, weight 2): ask IT support. [/areas/notifications-alerts/\\#99-40-010](</areas/notifications-alerts/#99-40-010>)',
        '',
        'Unanswered:',
        '',
        '- Monitor notifications and alerts: 1 question unanswered; best placed to answer: Administrators.',
        '',
        '## Answers',
        '',
        '### 99.25 Manage access and security',
        '',
        '| Question | Weight | Answer | Counted | Note |',
        '| --- | ---: | --- | --- | --- |',
        '| User onboarding | 1 | 2 Managed | yes |  |',
        '| Privileged access reviews | 3 | 2 Managed | yes | By hand |',
        '',
        'Score 2.0 = 8 / 4.',
        '',
        '### 99.40 Monitor notifications and alerts',
        '',
        '| Question | Weight | Answer | Counted | Note |',
        '| --- | ---: | --- | --- | --- |',
        "| Service health alerts | 2 | Don't know | no |  |",
        '| Alert routing | 1 | unanswered | no |  |',
        '',
        '## Retired answers',
        '',
        'Answers to questions that are no longer in the question bank: kept, not scored.',
        '',
        '- old-one: na',
        '- gone: no answer; note: kept note',
      ),
    );
  });

  it('one area, all answered: no respondent, no milestone, nothing provisional, nothing to find out, no retired section', () => {
    // Access: (1×3 + 3×4) / 4 = 15/4 = 3.75 → "3.8", level 3, on two answers: closed, at target.
    const closed = makeAssessment({
      title: 'Closed',
      scope: ['access-security'],
      answers: { 'user-onboarding': 3, 'privileged-access': 4 },
    });
    expect(exportMarkdown(closed, bank, scoreAssessment(closed, bank))).toBe(
      lines(
        '# Closed',
        '',
        'Maturity self-assessment of the Dynamics 365 administer to operate process.',
        '',
        '- Scope: Manage access and security',
        '- Last updated: 2025-01-01T00:00:00Z',
        '- Question bank version: 0123456789abcdef',
        '',
        '## Overall',
        '',
        "Overall score **3.8** of 5, level 3 (Defined): the mean of 1 area score; the level is the whole number reached. Rated 2, don't know 0, not applicable 0, unanswered 0 (of 2 questions; 100% answered).",
        '',
        '## Areas',
        '',
        '| Area | Score | Level | Range | Answered | Target |',
        '| --- | ---: | --- | ---: | ---: | ---: |',
        '| 99.25 Manage access and security | 3.8 | 3 Defined (rests on 2 answers) | – | 2/2 (100%) | 3 |',
        '',
        'Scores: Σ(weight × level) / Σ(weight) over the questions answered with a level; the level is the whole number reached. Range: the same with every "don\'t know" and unanswered question counted as level 1 and as level 5.',
        '',
        '## Recommendations',
        '',
        'No recommendations: every question answered with a level meets its area target.',
        '',
        '## Find out first',
        '',
        'Nothing: every question in scope has an answer other than "don\'t know".',
        '',
        '## Answers',
        '',
        '### 99.25 Manage access and security',
        '',
        '| Question | Weight | Answer | Counted | Note |',
        '| --- | ---: | --- | --- | --- |',
        '| User onboarding | 1 | 3 Defined | yes |  |',
        '| Privileged access reviews | 3 | 4 Quantitatively managed | yes |  |',
        '',
        'Score 3.8 = 15 / 4.',
      ),
    );
  });

  it('a respondent with only a role, several areas of one level, unanswered questions only', () => {
    // Continuity and notifications at 5 on one answer each; access unanswered.
    const open = makeAssessment({
      respondent: { role: 'administrators' },
      answers: { 'recovery-objectives': 5, 'alert-routing': 5 },
    });
    const text = exportMarkdown(open, bank, scoreAssessment(open, bank));
    expect(text).toContain('\n\n- Respondent: (administrators)\n- Scope: all 3 areas\n');
    expect(text).toContain('level 5 (Optimizing): the mean of 2 area scores;');
    expect(text).toContain(
      lines(
        '## Find out first',
        '',
        'Unanswered:',
        '',
        '- Define business continuity plan: 2 questions unanswered; best placed to answer: Administrators, IT support.',
        '- Manage access and security: 2 questions unanswered; best placed to answer: Administrators, Security and compliance.',
        '- Monitor notifications and alerts: 1 question unanswered; best placed to answer: IT support.',
      ),
    );
  });

  it('says so when no area has a score yet, and when a role leaves an area without questions', () => {
    const blank = makeAssessment({ focusRole: 'security-compliance' });
    const text = exportMarkdown(blank, bank, scoreAssessment(blank, bank));
    expect(text).toContain(
      "## Overall\n\nNo area has a score yet. Rated 0, don't know 0, not applicable 0, unanswered 2 (of 2 questions; 0% answered). Figures cover only the questions for Security and compliance.\n",
    );
    expect(text).toContain(
      '### 99.10 Define business continuity plan\n\nNo questions for this role.\n\n### 99.25 Manage access and security\n\n',
    );
  });

  it('leaves out the advice and the next level a question does not have', () => {
    const sparse: Bank = structuredClone(bank);
    const question = sparse.areas[1]!.questions[0]!;
    delete question.options[1]!.advice;
    question.options = question.options.filter((option) => option.level !== 3);
    const file = makeAssessment({ scope: ['access-security'], answers: { 'user-onboarding': 2 } });
    expect(exportMarkdown(file, sparse, scoreAssessment(file, sparse))).toContain(
      lines(
        '## Recommendations',
        '',
        '1. **User onboarding** (Manage access and security): priority 1, now level 2 (Managed), target 3.',
        '   - Now: Level 2 practice for user onboarding.',
        '   - Guidance: [/areas/access-security/\\#99-25-040](</areas/access-security/#99-25-040>)',
        '',
        '## Find out first',
      ),
    );
  });
});

describe('the results CSV at its edges', () => {
  const HEADER =
    "Area id,Area,Score,Level,Level name,Range low,Range high,Rated,Don't know,Not applicable,Unanswered,Questions,Completion,Target,Gap to target";

  it('an area without questions for the role, an area all "n/a", and no overall score', () => {
    // IT support: continuity has backup and continuity (both n/a), access none, notifications one.
    const file = makeAssessment({
      focusRole: 'it-support',
      answers: { 'backup-restore-tests': 'na', 'continuity-exercises': 'na' },
    });
    expect(exportResultsCsv(scoreAssessment(file, bank), bank)).toBe(
      csvText(
        HEADER,
        '99.10,Define business continuity plan,,,not scored,,,0,0,2,0,2,100%,3,',
        '99.25,Manage access and security,,,no questions for this role,,,0,0,0,0,0,0%,3,',
        '99.40,Monitor notifications and alerts,,,not scored,1.0,5.0,0,0,0,1,1,0%,3,',
        ',Overall (mean of area scores),,,not scored,1.0,5.0,0,0,2,1,3,67%,,',
      ),
    );
  });

  it('a closed overall score has no range, and the gap to target is never below 0', () => {
    const file = makeAssessment({
      scope: ['access-security'],
      answers: { 'user-onboarding': 5, 'privileged-access': 5 },
    });
    expect(exportResultsCsv(scoreAssessment(file, bank), bank)).toBe(
      csvText(
        HEADER,
        '99.25,Manage access and security,5.0,5,Optimizing,,,2,0,0,0,2,100%,3,0',
        ',Overall (mean of area scores),5.0,5,Optimizing,,,2,0,0,0,2,100%,,',
      ),
    );
  });

  it('cells that are plain numbers with several digits stay numbers', () => {
    expect(['-12.5', '+10', '-1.25', '-100%'].map(csvCell)).toEqual([
      '-12.5',
      '+10',
      '-1.25',
      '-100%',
    ]);
    expect(csvCell('-1.2.3')).toBe("'-1.2.3");
  });
});

describe('the team report as documents', () => {
  // Ana: user-onboarding 1, privileged-access n/a, one retired answer. Ben: user-onboarding 4, two
  // retired answers. User onboarding: median 1 (the lower middle), spread 3: discuss.
  // Privileged access: n/a and unanswered: no median, consensus N/A. Consensus score 1.0;
  // own scores Ana 1.0, Ben 4.0: median (1 + 4) / 2 = 2.5.
  const round = teamRound(
    [
      {
        file: makeAssessment({
          respondent: { name: 'Ana' },
          scope: ['access-security'],
          answers: { 'user-onboarding': 1, 'privileged-access': 'na', 'old-one': 3 },
        }),
      },
      {
        file: makeAssessment({
          respondent: { name: 'Ben' },
          scope: ['access-security'],
          answers: { 'user-onboarding': 4, 'gone-question': 2, 'old-question': 5 },
        }),
      },
    ],
    bank,
  );

  it('Markdown: the whole report', () => {
    expect(teamMarkdown(round, bank, 'Round *one*')).toBe(
      lines(
        '# Round \\*one\\*',
        '',
        'Team round of 2 respondents: Ana, Ben. Median: the middle level given (with an even count, the lower of the two middle levels); spread: highest minus lowest level given; discuss when the spread is 2 or more. Consensus: the team median unless the facilitator changed it; where nobody gave a level, "Don\'t know" if anyone said so, else N/A if anyone said so.',
        '',
        '## Left out',
        '',
        '- Ana: 1 answer to questions this question bank lacks, left out (old-one).',
        '- Ben: 2 answers to questions this question bank lacks, left out (gone-question, old-question).',
        '',
        '## Areas',
        '',
        '| Area | Consensus | Level | Lowest | Median | Highest | Scored by |',
        '| --- | ---: | --- | ---: | ---: | ---: | ---: |',
        '| 99.25 Manage access and security | 1.0 | 1 Initial | 1.0 | 2.5 | 4.0 | 2 of 2 |',
        '',
        '## To discuss first',
        '',
        '1. **User onboarding** (99.25, weight 1): spread 3, median 1; Ana 1 Initial, Ben 4 Quantitatively managed.',
        '',
        '## Every question',
        '',
        '| Question | Ana | Ben | Median | Spread | Discuss | Consensus |',
        '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
        '| User onboarding (99.25) | 1 | 4 | 1 | 3 | **discuss** | 1 |',
        '| Privileged access reviews (99.25) | N/A |  | – | – |  | N/A |',
      ),
    );
  });

  it('CSV: an unanswered cell is empty', () => {
    expect(teamCsv(round)).toBe(
      csvText(
        'Area id,Question id,Question,Weight,Ana,Ben,Answered by,Median,Spread,Discuss,Consensus',
        '99.25,user-onboarding,User onboarding,1,1,4,2,1,3,yes,1',
        '99.25,privileged-access,Privileged access reviews,3,N/A,,1,,,no,N/A',
      ),
    );
  });

  it('Markdown: no left-out section when nothing is left out, and nothing to discuss, said so', () => {
    const calm = teamRound(
      [
        { file: makeAssessment({ scope: ['access-security'], answers: { 'user-onboarding': 2 } }) },
        { file: makeAssessment({ scope: ['access-security'], answers: { 'user-onboarding': 3 } }) },
      ],
      bank,
    );
    const parts = teamMarkdown(calm, bank, 'Calm').split('\n\n');
    expect(parts[0]).toBe('# Calm');
    expect(parts[1]).toMatch(/^Team round of 2 respondents: Respondent 1, Respondent 2\. /);
    expect(parts.slice(2, 4)).toEqual(['## Areas', expect.stringMatching(/^\| Area \|/)]);
    expect(parts.slice(4, 6)).toEqual([
      '## To discuss first',
      'No question has a spread of 2 or more.',
    ]);
  });
});

describe('documents where one side or one area has no score', () => {
  it('comparison: no overall score on one side, and an area in scope but not scored', () => {
    const none = makeAssessment({ title: 'None', scope: ['access-security'] });
    const some = makeAssessment({
      title: 'Some',
      scope: ['access-security'],
      answers: { 'user-onboarding': 2 },
    });
    const comparison = compareAssessments(some, none, bank);
    expect(compareMarkdown(comparison, some, none, bank)).toContain(
      '| **Overall** | 2.0 | – | – | 2 Managed | – | 1/2 | 0/2 |',
    );
    expect(compareCsv(comparison)).toBe(
      csvText(
        'Area id,Area,Score A,Score B,Delta,Level A,Level B,Answered A,Answered B,Questions A,Questions B',
        '99.25,Manage access and security,2.0,,,2,,1,0,2,2',
        ',Overall,2.0,,,2,,1,0,2,2',
      ),
    );
    expect(compareCsv(compareAssessments(none, none, bank))).toBe(
      csvText(
        'Area id,Area,Score A,Score B,Delta,Level A,Level B,Answered A,Answered B,Questions A,Questions B',
        '99.25,Manage access and security,,,,,,0,0,2,2',
        ',Overall,,,,,,0,0,2,2',
      ),
    );
  });

  it('results CSV: every answer "n/a" leaves no range at all', () => {
    const file = makeAssessment({
      scope: ['access-security'],
      answers: { 'user-onboarding': 'na', 'privileged-access': 'na' },
    });
    expect(exportResultsCsv(scoreAssessment(file, bank), bank).split('\r\n').slice(1, 3)).toEqual([
      '99.25,Manage access and security,,,not scored,,,0,0,2,0,2,100%,3,',
      ',Overall (mean of area scores),,,not scored,,,0,0,2,0,2,100%,,',
    ]);
  });

  it('report: only "don\'t know" answers to find out, each on its own line', () => {
    const file = makeAssessment({
      scope: ['access-security'],
      answers: { 'user-onboarding': 'unknown', 'privileged-access': 'unknown' },
    });
    expect(exportMarkdown(file, bank, scoreAssessment(file, bank))).toContain(
      lines(
        '## Find out first',
        '',
        '"Don\'t know" answers:',
        '',
        '- **Privileged access reviews** (Manage access and security, weight 3): ask Security and compliance. [/areas/access-security/\\#99-25-050](</areas/access-security/#99-25-050>)',
        '- **User onboarding** (Manage access and security, weight 1): ask Administrators, Security and compliance. [/areas/access-security/\\#99-25-040](</areas/access-security/#99-25-040>)',
        '',
        '## Answers',
      ),
    );
  });

  it('team report: an area nobody scored, and two questions to discuss', () => {
    const round = teamRound(
      [
        {
          file: makeAssessment({
            respondent: { name: 'Ana' },
            answers: { 'user-onboarding': 1, 'alert-routing': 1, 'service-health-alerts': 'na' },
          }),
        },
        {
          file: makeAssessment({
            respondent: { name: 'Ben' },
            answers: { 'user-onboarding': 4, 'alert-routing': 5 },
          }),
        },
      ],
      bank,
    );
    const text = teamMarkdown(round, bank, 'T');
    expect(text).toContain(
      '| 99.10 Define business continuity plan | – | – | – | – | – | 0 of 2 |',
    );
    expect(text).toContain(
      lines(
        '## To discuss first',
        '',
        '1. **Alert routing** (99.40, weight 1): spread 4, median 1; Ana 1 Initial, Ben 5 Optimizing.',
        '2. **User onboarding** (99.25, weight 1): spread 3, median 1; Ana 1 Initial, Ben 4 Quantitatively managed.',
        '',
        '## Every question',
      ),
    );
    expect(text).toContain('| Recovery objectives, RTO and RPO (99.10) |  |  | – | – |  | – |');
  });
});
