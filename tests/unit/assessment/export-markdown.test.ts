import { describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../../src/lib/assessment/export-markdown.ts';
import { escapeMarkdown } from '../../../src/lib/assessment/markdown.ts';
import { scoreAssessment } from '../../../src/lib/assessment/results.ts';
import { assessmentFileSchema } from '../../../src/schemas/assessment-file.ts';
import { bank, fixtureText, makeAssessment } from './helpers.ts';

const file = assessmentFileSchema.parse(JSON.parse(fixtureText('valid.json')));
const report = (options = {}) => exportMarkdown(file, bank, scoreAssessment(file, bank), options);

describe('exportMarkdown', () => {
  it('starts with the title and the facts of the assessment', () => {
    expect(report()).toMatch(
      /^# Q1 baseline\n\nMaturity self-assessment .*\n\n- Respondent: Ana Souza \(administrators\)\n- Scope: all areas\n/,
    );
  });

  it('gives the overall score with one decimal, level name and completion', () => {
    // continuity (2 + 6 + 12) / 6 = 3.33; access: privileged 2 only → 2.0; notifications: no level.
    // overall (10/3 + 2) / 2 = 8/3 = 2.67 → "2.7", level 2. Access range: (1×1 + 3×2) / 4 = 1.75
    // → "1.8" to (1×5 + 3×2) / 4 = 2.75 → "2.8" (half up both times).
    expect(report()).toContain(
      'Overall score **2.7** of 5, level 2 (Managed): the mean of 2 area scores. Answered 6 of 7 questions (86%).',
    );
  });

  it('has a per-area table: score, level, range, completion, target', () => {
    expect(report()).toContain(
      [
        '| Area | Score | Level | Range | Completion | Target |',
        '| --- | ---: | --- | ---: | ---: | ---: |',
        '| 99.10 Define business continuity plan | 3.3 | 3 Defined | – | 3/3 (100%) | 3 |',
        '| 99.25 Manage access and security | 2.0 | 2 Managed | 1.8–2.8 | 2/2 (100%) | 4 |',
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
        '   - Level 3 (Defined): Level 3 practice for privileged access reviews.',
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
