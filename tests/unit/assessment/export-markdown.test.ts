import { describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMarkdown } from '../../../src/lib/assessment/exports/markdown.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import { bank, fixtureFile, makeAssessment } from './helpers.ts';

const file = fixtureFile('valid.json');
const report = (options = {}) => exportMarkdown(file, bank, scoreAssessment(file, bank), options);

describe('exportMarkdown', () => {
  it('starts with the title and the facts of the assessment', () => {
    expect(report()).toMatch(
      /^# Q1 baseline\n\nMaturity self-assessment .*\n\n- Respondent: Ana Souza \(administrators\)\n- Scope: all 3 areas\n/,
    );
  });

  it('gives the overall score with one decimal, level name, its provisional range and the counts', () => {
    // continuity (2 + 6 + 12) / 6 = 3.33; access: privileged 2 only → 2.0; notifications: no level.
    // overall (10/3 + 2) / 2 = 8/3 = 2.67 → "2.7", level 2. Access range: (1×1 + 3×2) / 4 = 1.75
    // → "1.8" to (1×5 + 3×2) / 4 = 2.75 → "2.8" (half up both times). Notifications: na (w2)
    // and alert-routing unanswered (w1): 1 to 5. Overall low (10/3 + 7/4 + 1) / 3 = 73/36 = 2.03
    // → "2.0"; high (10/3 + 11/4 + 5) / 3 = 133/36 = 3.69 → "3.7".
    expect(report()).toContain(
      "Overall score **2.7** of 5, level 2 (Managed): the mean of 2 area scores; the level is the whole number reached. **Provisional**: with the open answers it could be anywhere from 2.0 to 3.7. Rated 4, don't know 1, not applicable 1, unanswered 1 (of 7 questions; 86% answered).",
    );
  });

  it('has a per-area table: score, level, range, completion, target', () => {
    expect(report()).toContain(
      [
        '| Area | Score | Level | Range | Answered | Target |',
        '| --- | ---: | --- | ---: | ---: | ---: |',
        '| 99.10 Define business continuity plan | 3.3 | 3 Defined | – | 3/3 (100%) | 3 |',
        '| 99.25 Manage access and security | 2.0 | 2 Managed (rests on 1 answer) | 1.8–2.8 | 2/2 (100%) | 4 |',
        '| 99.40 Monitor notifications and alerts | – | not scored | 1.0–5.0 | 1/2 (50%) | 3 |',
      ].join('\n'),
    );
  });

  it('lists recommendations with advice, next level and guidance links (absolute with siteUrl)', () => {
    expect(report({ siteUrl: 'https://example.org/a2o' })).toContain(
      [
        '1. **Privileged access reviews** (Manage access and security): priority 6, now level 2 (Managed), target 4.',
        '   - Now: Level 2 practice for privileged access reviews.',
        '   - Next step: Move privileged access reviews from level 2 to level 3.',
        '   - At level 3 (Defined): Level 3 practice for privileged access reviews.',
        '   - Guidance: [/areas/access-security/\\#99-25-050](<https://example.org/a2o/areas/access-security/#99-25-050>)',
      ].join('\n'),
    );
    expect(report()).toContain('(</areas/business-continuity/#99-10-010>)');
  });

  it('explains every area question by question, with notes', () => {
    expect(report()).toContain(
      "| Service health alerts | 2 | N/A | no | We rely on the vendor's status page. |",
    );
    expect(report()).toContain(
      '| Privileged access reviews | 3 | 2 Managed | yes | Reviewed twice a year, by hand. |',
    );
  });

  it('lists what to find out first, with who can answer', () => {
    expect(report()).toContain(
      '- **User onboarding** (Manage access and security, weight 1): ask Administrators, Security and compliance.',
    );
    expect(report()).toContain(
      '- Monitor notifications and alerts: 1 question unanswered; best placed to answer: Administrators.',
    );
  });

  it("says which role the figures cover, and how many of each area's questions", () => {
    const focused = makeAssessment({
      focusRole: 'it-support',
      answers: { 'continuity-exercises': 3 },
    });
    const text = exportMarkdown(focused, bank, scoreAssessment(focused, bank));
    expect(text).toContain('Figures cover only the questions for IT support.');
    expect(text).toContain(
      '| 99.25 Manage access and security | – | no questions for this role | – | 0/0 (0%) | 0 of 2 | 3 |',
    );
    expect(text).toContain(
      '| Area | Score | Level | Range | Answered | Questions covered | Target |',
    );
  });

  it('lists retired answers, and says when there is nothing to recommend', () => {
    const other = makeAssessment({ answers: { 'old-question': 4, 'alert-routing': 5 } });
    const text = exportMarkdown(other, bank, scoreAssessment(other, bank));
    expect(text).toContain('## Retired answers');
    expect(text).toContain('- old-question: 4');
    expect(text).toContain(
      'No recommendations: every question answered with a level meets its area target.',
    );
  });

  it('escapes Markdown in user text so a title or note cannot inject markup', () => {
    expect(escapeMarkdown('*bold* | <script> [x](y)\nnext')).toBe(
      '\\*bold\\* \\| \\<script\\> \\[x\\](y) next',
    );
    const hostile = makeAssessment({ title: '# Big | <img src=x>' });
    expect(exportMarkdown(hostile, bank, scoreAssessment(hostile, bank))).toMatch(
      /^# \\# Big \\\| \\<img src=x\\>\n/,
    );
  });
});
