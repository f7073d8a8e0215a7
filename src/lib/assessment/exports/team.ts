import type { Bank } from '../../../schemas/bank.ts';
import { ANSWER_WORDS, answerLabel } from '../bank.ts';
import type { TeamRound } from '../team.ts';
import { csvDocument } from './csv.ts';
import { escapeMarkdown, markdownTable } from './markdown.ts';

/** The team report: one row per question with every respondent's answer, median, spread, flag, consensus. */

const short = (answer: number | 'na' | 'unknown' | undefined) =>
  answer === undefined ? '' : typeof answer === 'number' ? String(answer) : ANSWER_WORDS[answer];

export function teamCsv(round: TeamRound): string {
  const header = [
    'Area id',
    'Question id',
    'Question',
    'Weight',
    ...round.respondents.map((r) => r.name),
    'Answered by',
    'Median',
    'Spread',
    'Discuss',
    'Consensus',
  ];
  const rows = round.questions.map((q) => [
    q.area.catalogId,
    q.question.id,
    q.question.title,
    String(q.question.weight),
    ...q.answers.map(short),
    String(q.answeredBy),
    q.median === undefined ? '' : String(q.median),
    q.spread === undefined ? '' : String(q.spread),
    q.discuss ? 'yes' : 'no',
    short(q.consensus),
  ]);
  return csvDocument([header, ...rows]);
}

export function teamMarkdown(round: TeamRound, bank: Bank, title: string): string {
  const names = round.respondents.map((r) => escapeMarkdown(r.name));
  const areas = markdownTable(
    ['Area', 'Consensus', 'Lowest', 'Median', 'Highest'],
    ['left', 'right', 'right', 'right', 'right'],
    round.areas.map((a) => [
      escapeMarkdown(`${a.area.catalogId} ${a.area.title}`),
      a.consensus.score?.display ?? '–',
      a.min?.display ?? '–',
      a.median?.display ?? '–',
      a.max?.display ?? '–',
    ]),
  );
  const discuss = round.discussion
    .filter((q) => q.discuss)
    .map(
      (q, i) =>
        `${i + 1}. **${escapeMarkdown(q.question.title)}** (${q.area.catalogId}, weight ${q.question.weight}): spread ${q.spread}, median ${q.median}; ${round.respondents
          .map(
            (r, j) =>
              `${escapeMarkdown(r.name)} ${escapeMarkdown(answerLabel(bank, q.answers[j]))}`,
          )
          .join(', ')}.`,
    );
  const table = markdownTable(
    ['Question', ...names, 'Median', 'Spread', 'Discuss', 'Consensus'],
    ['left', ...names.map(() => 'right' as const), 'right', 'right', 'left', 'right'],
    round.questions.map((q) => [
      escapeMarkdown(`${q.question.title} (${q.area.catalogId})`),
      ...q.answers.map(short),
      q.median === undefined ? '–' : String(q.median),
      q.spread === undefined ? '–' : String(q.spread),
      q.discuss ? '**discuss**' : '',
      short(q.consensus) || '–',
    ]),
  );
  return `${[
    `# ${escapeMarkdown(title)}`,
    `Team round of ${round.respondents.length} respondents: ${names.join(', ')}. Median: the middle level given (with an even count, the lower of the two middle levels); spread: highest minus lowest level given; discuss when the spread is 2 or more.`,
    `## Areas\n\n${areas}`,
    `## To discuss first\n\n${discuss.length ? discuss.join('\n') : 'No question has a spread of 2 or more.'}`,
    `## Every question\n\n${table}`,
  ].join('\n\n')}\n`;
}
