import type { AssessmentFile } from '../../../schemas/assessment-file.ts';
import type { Bank } from '../../../schemas/bank.ts';
import { absoluteUrl } from '../../urls.ts';
import { answerLabel, levelName, ownEntry, percent, roleTitle } from '../bank.ts';
import type { Recommendation } from '../findings.ts';
import type { AreaResult, AssessmentResults, Completion, ScoreRange } from '../scoring.ts';
import { describeScope } from '../scope.ts';

/** Markdown that renders literally, and the assessment's report in Markdown. */

/** Characters that would start Markdown or HTML syntax inside text. */
const SPECIAL = /[\\`*_{}[\]<>#|!~]/g;

/** Text that renders literally in Markdown, on one line. */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A Markdown table; cells are escaped by the caller, alignment is per column. */
export function markdownTable(
  header: readonly string[],
  align: readonly ('left' | 'right')[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A link whose address is kept as is and whose text is escaped. */
export function markdownLink(text: string, href: string): string {
  return `[${escapeMarkdown(text)}](<${href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

export interface MarkdownOptions {
  /** Public address of the site, so guidance links work outside it. */
  siteUrl?: string;
}

const INTRO = 'Maturity self-assessment of the Dynamics 365 administer to operate process.';
const RULES =
  'Scores: Σ(weight × level) / Σ(weight) over the questions answered with a level; the level is the whole number reached. Range: the same with every "don\'t know" and unanswered question counted as level 1 and as level 5.';

/** A readable report: overall, areas, recommendations, find out first, every answer, retired answers. */
export function exportMarkdown(
  assessment: AssessmentFile,
  bank: Bank,
  results: AssessmentResults,
  options: MarkdownOptions = {},
): string {
  const sections = [
    `# ${escapeMarkdown(assessment.title)}`,
    aboutList(assessment, bank),
    `## Overall\n\n${overallText(results, bank)}`,
    `## Areas\n\n${areasTable(results, bank)}\n\n${RULES}`,
    `## Recommendations\n\n${recommendationsList(results.recommendations, bank, options)}`,
    `## Find out first\n\n${findOutFirstText(results, options)}`,
    `## Answers\n\n${results.areas.map((area) => answersSection(area, bank, assessment)).join('\n\n')}`,
    retiredSection(results),
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

function aboutList(assessment: AssessmentFile, bank: Bank): string {
  const { name, role } = assessment.respondent ?? {};
  const facts = [
    name || role
      ? `- Respondent: ${escapeMarkdown([name, role && `(${role})`].filter(Boolean).join(' '))}`
      : '',
    `- Scope: ${escapeMarkdown(describeScope(bank, assessment))}`,
    assessment.milestone
      ? `- Milestone "${escapeMarkdown(assessment.milestone.name)}", frozen ${assessment.milestone.frozenAt}`
      : '',
    `- Last updated: ${assessment.updatedAt}`,
    `- Question bank version: ${escapeMarkdown(assessment.bank.version)}`,
  ];
  return `${INTRO}\n\n${facts.filter(Boolean).join('\n')}`;
}

/** "Rated 12, don't know 3, not applicable 1, unanswered 4 (of 20)." */
export function countsText(completion: Completion): string {
  return `Rated ${completion.rated}, don't know ${completion.unknown}, not applicable ${completion.na}, unanswered ${completion.unanswered} (of ${completion.total} questions; ${percent(completion.ratio)} answered).`;
}

function overallText(results: AssessmentResults, bank: Bank): string {
  const counts = countsText(results.completion);
  const focus = results.focusRole
    ? ` Figures cover only the questions for ${roleTitle(bank, results.focusRole)}.`
    : '';
  if (!results.overall) return `No area has a score yet. ${counts}${focus}`;
  const scored = results.areas.filter((area) => area.score).length;
  const { display, level } = results.overall;
  const range = results.overallRange;
  const provisional = range?.open
    ? ` **Provisional**: with the open answers it could be anywhere from ${range.low.display} to ${range.high.display}.`
    : '';
  return `Overall score **${display}** of 5, level ${level} (${levelName(bank, level)}): the mean of ${scored} area score${scored === 1 ? '' : 's'}; the level is the whole number reached.${provisional} ${counts}${focus}`;
}

function areasTable(results: AssessmentResults, bank: Bank): string {
  const focused = results.focusRole !== undefined;
  const rows = results.areas.map((result) => [
    escapeMarkdown(`${result.area.catalogId} ${result.area.title}`),
    result.score?.display ?? '–',
    levelCell(result, bank),
    rangeText(result.range),
    `${result.completion.answered}/${result.completion.total} (${percent(result.completion.ratio)})`,
    ...(focused ? [`${result.questions.length} of ${result.area.questions.length}`] : []),
    String(result.target),
  ]);
  return markdownTable(
    [
      'Area',
      'Score',
      'Level',
      'Range',
      'Answered',
      ...(focused ? ['Questions covered'] : []),
      'Target',
    ],
    ['left', 'right', 'left', 'right', 'right', ...(focused ? (['right'] as const) : []), 'right'],
    rows,
  );
}

function levelCell(result: AreaResult, bank: Bank): string {
  if (result.noQuestionsForRole) return 'no questions for this role';
  if (!result.score) return 'not scored';
  const few = result.fewAnswers
    ? ` (rests on ${result.completion.rated} answer${result.completion.rated === 1 ? '' : 's'})`
    : '';
  return escapeMarkdown(`${result.score.level} ${levelName(bank, result.score.level)}${few}`);
}

/** "2.1–4.2" while the range is open; "–" once the score is fully measured. */
function rangeText(range: ScoreRange | undefined): string {
  return range?.open ? `${range.low.display}–${range.high.display}` : '–';
}

/** The recommendations as a numbered list, each with its advice and guidance link. */
export function recommendationsList(
  items: readonly Recommendation[],
  bank: Bank,
  options: MarkdownOptions,
): string {
  if (items.length === 0)
    return 'No recommendations: every question answered with a level meets its area target.';
  const level = (n: number) => `level ${n} (${levelName(bank, n)})`;
  return items
    .map((item, i) =>
      [
        `${i + 1}. **${escapeMarkdown(item.question.title)}** (${escapeMarkdown(item.area.title)}): priority ${item.priority}, now ${level(item.level)}, target ${item.target}.`,
        `   - Now: ${escapeMarkdown(item.current.label)}`,
        item.advice ? `   - Next step: ${escapeMarkdown(item.advice)}` : '',
        item.next ? `   - At ${level(item.next.level)}: ${escapeMarkdown(item.next.label)}` : '',
        `   - Guidance: ${link(item.link, options)}`,
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n\n');
}

function findOutFirstText(results: AssessmentResults, options: MarkdownOptions): string {
  const { unknown, unanswered } = results.findOutFirst;
  if (unknown.length === 0 && unanswered.length === 0)
    return 'Nothing: every question in scope has an answer other than "don\'t know".';
  const unknownItems = unknown.map(
    (item) =>
      `- **${escapeMarkdown(item.question.title)}** (${escapeMarkdown(item.area.title)}, weight ${item.weight}): ask ${escapeMarkdown(item.roles.join(', '))}. ${link(item.link, options)}`,
  );
  const unansweredItems = unanswered.map(
    (item) =>
      `- ${escapeMarkdown(item.area.title)}: ${item.count} question${item.count === 1 ? '' : 's'} unanswered; best placed to answer: ${escapeMarkdown(item.roles.join(', '))}.`,
  );
  return [
    unknownItems.length ? `"Don't know" answers:\n\n${unknownItems.join('\n')}` : '',
    unansweredItems.length ? `Unanswered:\n\n${unansweredItems.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function answersSection(result: AreaResult, bank: Bank, assessment: AssessmentFile): string {
  const heading = `### ${escapeMarkdown(`${result.area.catalogId} ${result.area.title}`)}`;
  if (result.noQuestionsForRole) return `${heading}\n\nNo questions for this role.`;
  const rows = result.questions.map(({ question, weight, answer, counted }) => [
    escapeMarkdown(question.title),
    String(weight),
    escapeMarkdown(answerLabel(bank, answer)),
    counted ? 'yes' : 'no',
    escapeMarkdown(ownEntry(assessment.notes, question.id) ?? ''),
  ]);
  const table = markdownTable(
    ['Question', 'Weight', 'Answer', 'Counted', 'Note'],
    ['left', 'right', 'left', 'left', 'left'],
    rows,
  );
  const sums = result.score
    ? `\n\nScore ${result.score.display} = ${result.sums.weighted} / ${result.sums.weights}.`
    : '';
  return `${heading}\n\n${table}${sums}`;
}

function retiredSection(results: AssessmentResults): string {
  if (results.retired.length === 0) return '';
  const items = results.retired.map(
    ({ questionId, answer, note }) =>
      `- ${escapeMarkdown(questionId)}: ${answer === undefined ? 'no answer' : String(answer)}${note ? `; note: ${escapeMarkdown(note)}` : ''}`,
  );
  return `## Retired answers\n\nAnswers to questions that are no longer in the question bank: kept, not scored.\n\n${items.join('\n')}`;
}

function link(path: string, options: MarkdownOptions): string {
  return markdownLink(path, options.siteUrl ? absoluteUrl(path, options.siteUrl) : path);
}
