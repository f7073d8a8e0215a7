import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { levelName } from './levels.ts';
import { noteOf } from './lookup.ts';
import { escapeMarkdown, percent } from './markdown.ts';
import { answersSection, areasTable } from './report-areas.ts';
import { recommendationsList } from './report-recommendations.ts';
import type { AssessmentResults } from './results.ts';

export interface MarkdownOptions {
  /** Address of the site (with its base path) so guidance links work outside it. */
  siteUrl?: string;
}

const INTRO = 'Maturity self-assessment of the Dynamics 365 administer to operate process.';

const RANGE_NOTE =
  'Range: the area score with unknown and unanswered questions counted as level 1 and as level 5.';

/** A readable report: overall, areas, recommendations, every answer, retired answers. */
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
    `## Areas\n\n${areasTable(results.areas, bank)}\n\n${RANGE_NOTE}`,
    `## Recommendations\n\n${recommendationsList(results.recommendations, bank, options.siteUrl)}`,
    `## Answers\n\n${results.areas.map((area) => answersSection(area, bank, (id) => noteOf(assessment, id))).join('\n\n')}`,
    retiredSection(results),
  ];
  return `${sections.filter(Boolean).join('\n\n')}\n`;
}

function aboutList(assessment: AssessmentFile, bank: Bank): string {
  const { name, role } = assessment.respondent ?? {};
  const focus = bank.roles.find((entry) => entry.slug === assessment.focusRole);
  const facts = [
    name || role
      ? `- Respondent: ${escapeMarkdown([name, role && `(${role})`].filter(Boolean).join(' '))}`
      : '',
    `- Scope: ${escapeMarkdown(scopeText(assessment, bank))}`,
    focus ? `- Questions for: ${escapeMarkdown(focus.title)}` : '',
    `- Last updated: ${assessment.updatedAt}`,
    `- Question bank version: ${escapeMarkdown(assessment.bank.version)}`,
  ];
  return `${INTRO}\n\n${facts.filter(Boolean).join('\n')}`;
}

function scopeText(assessment: AssessmentFile, bank: Bank): string {
  const titles = bank.areas
    .filter((area) => assessment.scope.includes(area.slug))
    .map((area) => area.title);
  return titles.length === 0 ? 'all areas' : titles.join(', ');
}

function overallText(results: AssessmentResults, bank: Bank): string {
  const { answered, total, ratio } = results.completion;
  const completion = `Answered ${answered} of ${total} questions (${percent(ratio)}).`;
  if (!results.overall) return `No area has a score yet. ${completion}`;
  const scored = results.areas.filter((area) => area.score).length;
  const { display, level } = results.overall;
  return `Overall score **${display}** of 5, level ${level} (${levelName(bank, level)}): the mean of ${scored} area score${scored === 1 ? '' : 's'}. ${completion}`;
}

function retiredSection(results: AssessmentResults): string {
  if (results.retired.length === 0) return '';
  const items = results.retired.map(
    ({ questionId, answer, note }) =>
      `- ${escapeMarkdown(questionId)}: ${answer === undefined ? 'no answer' : String(answer)}${note ? `; note: ${escapeMarkdown(note)}` : ''}`,
  );
  return `## Retired answers\n\nAnswers to questions that are no longer in the question bank: kept, not scored.\n\n${items.join('\n')}`;
}
