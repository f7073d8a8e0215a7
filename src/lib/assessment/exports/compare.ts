import type { AssessmentFile } from '../../../schemas/assessment-file.ts';
import type { Bank } from '../../../schemas/bank.ts';
import { answerLabel, levelName } from '../bank.ts';
import type { Comparison } from '../compare.ts';
import type { Score } from '../scoring.ts';
import { csvDocument } from './csv.ts';
import { escapeMarkdown, markdownTable } from './markdown.ts';

/** A comparison of two assessments as Markdown and as CSV. */

const level = (bank: Bank, score: Score | undefined) =>
  score ? `${score.level} ${levelName(bank, score.level)}` : '–';
const shown = (score: Score | undefined) => score?.display ?? '–';

export function compareMarkdown(
  comparison: Comparison,
  a: Pick<AssessmentFile, 'title'>,
  b: Pick<AssessmentFile, 'title'>,
  bank: Bank,
): string {
  const A = escapeMarkdown(a.title);
  const B = escapeMarkdown(b.title);
  const { overall, completion } = comparison;
  const rows = comparison.areas.map(({ area, a: ra, b: rb, delta }) => [
    escapeMarkdown(`${area.catalogId} ${area.title}`),
    shown(ra?.score),
    shown(rb?.score),
    delta?.display ?? '–',
    escapeMarkdown(level(bank, ra?.score)),
    escapeMarkdown(level(bank, rb?.score)),
    ra ? `${ra.completion.answered}/${ra.completion.total}` : 'not in scope',
    rb ? `${rb.completion.answered}/${rb.completion.total}` : 'not in scope',
  ]);
  rows.push([
    '**Overall**',
    shown(overall.a),
    shown(overall.b),
    overall.delta?.display ?? '–',
    escapeMarkdown(level(bank, overall.a)),
    escapeMarkdown(level(bank, overall.b)),
    `${completion.a.answered}/${completion.a.total}`,
    `${completion.b.answered}/${completion.b.total}`,
  ]);
  const changed = comparison.changed.map(
    (c) =>
      `- ${escapeMarkdown(c.question.title)} (${escapeMarkdown(c.area.catalogId)}): ${escapeMarkdown(answerLabel(bank, c.from))} → ${escapeMarkdown(answerLabel(bank, c.to))}`,
  );
  const recs = (
    title: string,
    items: readonly { question: { title: string }; area: { catalogId: string } }[],
  ) =>
    `### ${title} (${items.length})\n\n${items.length ? items.map((r) => `- ${escapeMarkdown(r.question.title)} (${escapeMarkdown(r.area.catalogId)})`).join('\n') : 'None.'}`;
  const apart = comparison.notCompared.length
    ? `## Not compared\n\n${comparison.sameBank ? '' : 'The two were made with different versions of the question bank: only questions both answered are compared.\n\n'}${comparison.notCompared
        .map(
          (n) =>
            `- ${escapeMarkdown(n.title ?? n.questionId)}: ${n.reason === 'retired' ? 'no longer in the question bank' : n.reason === 'only-in-a' ? `answered only in ${A}` : `answered only in ${B}`}`,
        )
        .join('\n')}`
    : '';
  return `${[
    `# ${A} → ${B}`,
    `Delta is ${B} minus ${A}, from the exact scores, rounded half up to one decimal.`,
    `## Scores\n\n${markdownTable(['Area', A, B, 'Delta', `Level ${A}`, `Level ${B}`, `Answered ${A}`, `Answered ${B}`], ['left', 'right', 'right', 'right', 'left', 'left', 'right', 'right'], rows)}`,
    `## Changed answers (${comparison.changed.length})\n\n${changed.length ? changed.join('\n') : 'No answer changed.'}`,
    `## Recommendations\n\n${recs('Resolved', comparison.resolved)}\n\n${recs('New', comparison.added)}\n\n${recs(
      'Still open',
      comparison.stillOpen.map((s) => s.recommendation),
    )}`,
    apart,
  ]
    .filter(Boolean)
    .join('\n\n')}\n`;
}

export const COMPARE_CSV_HEADER = [
  'Area id',
  'Area',
  'Score A',
  'Score B',
  'Delta',
  'Level A',
  'Level B',
  'Answered A',
  'Answered B',
  'Questions A',
  'Questions B',
];

export function compareCsv(comparison: Comparison): string {
  const rows = comparison.areas.map(({ area, a, b, delta }) => [
    area.catalogId,
    area.title,
    a?.score?.display ?? '',
    b?.score?.display ?? '',
    delta?.display.replace('\u2212', '-') ?? '',
    a?.score ? String(a.score.level) : '',
    b?.score ? String(b.score.level) : '',
    a ? String(a.completion.answered) : '',
    b ? String(b.completion.answered) : '',
    a ? String(a.completion.total) : '',
    b ? String(b.completion.total) : '',
  ]);
  const { overall, completion } = comparison;
  rows.push([
    '',
    'Overall',
    overall.a?.display ?? '',
    overall.b?.display ?? '',
    overall.delta?.display.replace('\u2212', '-') ?? '',
    overall.a ? String(overall.a.level) : '',
    overall.b ? String(overall.b.level) : '',
    String(completion.a.answered),
    String(completion.b.answered),
    String(completion.a.total),
    String(completion.b.total),
  ]);
  return csvDocument([COMPARE_CSV_HEADER, ...rows]);
}
