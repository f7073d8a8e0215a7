import type { Bank } from '../../schemas/bank.ts';
import type { AreaResult } from './area-score.ts';
import { answerInWords, levelName } from './levels.ts';
import { escapeMarkdown, markdownTable, percent } from './markdown.ts';
import type { Score } from './score-value.ts';

/** The per-area table: score, level, range, completion, target. */
export function areasTable(results: readonly AreaResult[], bank: Bank): string {
  const rows = results.map((result) => [
    escapeMarkdown(`${result.area.catalogId} ${result.area.title}`),
    result.score?.display ?? '–',
    result.score
      ? escapeMarkdown(`${result.score.level} ${levelName(bank, result.score.level)}`)
      : 'not scored',
    rangeText(result.range),
    `${result.completion.answered}/${result.completion.total} (${percent(result.completion.ratio)})`,
    String(result.target),
  ]);
  return markdownTable(
    ['Area', 'Score', 'Level', 'Range', 'Completion', 'Target'],
    ['left', 'right', 'left', 'right', 'right', 'right'],
    rows,
  );
}

/** Each area's questions: the explanation of its score. */
export function answersSection(
  result: AreaResult,
  bank: Bank,
  notes: (questionId: string) => string | undefined,
): string {
  const rows = result.questions.map(({ question, weight, answer, counted }) => [
    escapeMarkdown(question.title),
    String(weight),
    answer === undefined ? 'unanswered' : escapeMarkdown(answerText(bank, answer)),
    counted ? 'yes' : 'no',
    escapeMarkdown(notes(question.id) ?? ''),
  ]);
  const heading = `### ${escapeMarkdown(`${result.area.catalogId} ${result.area.title}`)}`;
  const table = markdownTable(
    ['Question', 'Weight', 'Answer', 'Counted', 'Note'],
    ['left', 'right', 'left', 'left', 'left'],
    rows,
  );
  return `${heading}\n\n${table}`;
}

function answerText(bank: Bank, answer: number | 'na' | 'unknown'): string {
  return typeof answer === 'number'
    ? `${answer} ${answerInWords(bank, answer)}`
    : answerInWords(bank, answer);
}

/** "2.1–4.2" while the range is open; "–" once the score is fully measured. */
function rangeText(range: { low: Score; high: Score } | undefined): string {
  if (!range || range.low.display === range.high.display) return '–';
  return `${range.low.display}–${range.high.display}`;
}
