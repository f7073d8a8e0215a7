import type { Bank } from '../../../schemas/bank.ts';
import { ANSWER_WORDS, answerLabel } from '../bank.ts';
import type { TeamRound } from '../team.ts';
import { csvDocument } from './csv.ts';
import { escapeMarkdown, markdownTable } from './markdown.ts';

/** The team report: one row per question with every respondent's answer, median, spread, flag, consensus. */

const short = (answer: number | 'na' | 'unknown' | undefined) =>
  answer === undefined ? '' : typeof answer === 'number' ? String(answer) : ANSWER_WORDS[answer];

const FIXED_BEFORE = ['Area id', 'Question id', 'Question', 'Weight'];
const FIXED_AFTER = ['Answered by', 'Median', 'Spread', 'Discuss', 'Consensus'];

/** A respondent's column: their name, unless a fixed column has it (someone called "Median"). */
function column(name: string): string {
  const fixed = [...FIXED_BEFORE, ...FIXED_AFTER].map((h) => h.toLowerCase());
  return fixed.includes(name.toLowerCase()) ? `${name} (respondent)` : name;
}

export function teamCsv(round: TeamRound): string {
  const header = [...FIXED_BEFORE, ...round.respondents.map((r) => column(r.name)), ...FIXED_AFTER];
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
    ['Area', 'Consensus', 'Level', 'Lowest', 'Median', 'Highest', 'Scored by'],
    ['left', 'right', 'left', 'right', 'right', 'right', 'right'],
    round.areas.map((a) => [
      escapeMarkdown(`${a.area.catalogId} ${a.area.title}`),
      a.consensus.score?.display ?? '–',
      a.consensus.score ? escapeMarkdown(answerLabel(bank, a.consensus.score.level)) : '–',
      a.min?.display ?? '–',
      a.median?.display ?? '–',
      a.max?.display ?? '–',
      `${a.scoredBy} of ${round.respondents.length}`,
    ]),
  );
  const discuss = round.toDiscuss.map(
    (q, i) =>
      `${i + 1}. **${escapeMarkdown(q.question.title)}** (${q.area.catalogId}, weight ${q.question.weight}): spread ${q.spread}, median ${q.median}; ${round.respondents
        .map(
          (r, j) => `${escapeMarkdown(r.name)} ${escapeMarkdown(answerLabel(bank, q.answers[j]))}`,
        )
        .join(', ')}.`,
  );
  const table = markdownTable(
    [
      'Question',
      ...round.respondents.map((r) => escapeMarkdown(column(r.name))),
      'Median',
      'Spread',
      'Discuss',
      'Consensus',
    ],
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
  const leftOut = round.respondents
    .filter((r) => r.leftOut.length > 0)
    .map(
      (r) =>
        `- ${escapeMarkdown(r.name)}: ${r.leftOut.length} answer${r.leftOut.length === 1 ? '' : 's'} to questions this question bank lacks, left out (${r.leftOut.map(escapeMarkdown).join(', ')}).`,
    );
  return `${[
    `# ${escapeMarkdown(title)}`,
    `Team round of ${round.respondents.length} respondents: ${names.join(', ')}. Median: the middle level given (with an even count, the lower of the two middle levels); spread: highest minus lowest level given; discuss when the spread is 2 or more. Consensus: the team median unless the facilitator changed it; where nobody gave a level, "Don't know" if anyone said so, else N/A if anyone said so.`,
    ...(leftOut.length ? [`## Left out\n\n${leftOut.join('\n')}`] : []),
    `## Areas\n\n${areas}`,
    `## To discuss first\n\n${discuss.length ? discuss.join('\n') : 'No question has a spread of 2 or more.'}`,
    `## Every question\n\n${table}`,
  ].join('\n\n')}\n`;
}
