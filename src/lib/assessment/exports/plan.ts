import type { EventAttributes } from 'ics';
import type { Bank } from '../../../schemas/bank.ts';
import { calendarText, nextDay } from '../../calendar.ts';
import { absoluteUrl } from '../../urls.ts';
import { answerLabel } from '../bank.ts';
import { backlogPriority, openWork, PLAN_STATUS_WORDS, type PlanRow } from '../plan.ts';
import { csvDocument } from './csv.ts';
import { escapeMarkdown, markdownLink } from './markdown.ts';

/**
 * The plan in the formats teams paste it into: a CSV, a Markdown task list, a calendar, and the
 * CSVs that Azure DevOps' and Jira's own importers read.
 */

export const PLAN_CSV_HEADER = [
  'Priority',
  'Area',
  'Question',
  'Current level',
  'Target',
  'Next step',
  'Guidance',
  'Owner',
  'Due',
  'Status',
  'Meets target',
];

/** Every row of the plan, as shown on the results page. */
export function planCsv(rows: readonly PlanRow[], bank: Bank, siteUrl: string): string {
  return csvDocument([
    PLAN_CSV_HEADER,
    ...rows.map((row) => [
      row.priority > 0 ? String(row.priority) : '',
      `${row.area.catalogId} ${row.area.title}`,
      row.question.title,
      answerLabel(bank, row.answer),
      String(row.target),
      row.advice ?? '',
      absoluteUrl(row.link, siteUrl),
      row.entry.owner ?? '',
      row.entry.due ?? '',
      PLAN_STATUS_WORDS[row.entry.status],
      row.state === 'met' ? 'yes' : 'no',
    ]),
  ]);
}

/** A task list for GitHub, Confluence or Notion: done and met items ticked. */
export function planMarkdown(rows: readonly PlanRow[], siteUrl: string): string {
  if (rows.length === 0) return '_No plan items: nothing is below its target._\n';
  return `${rows
    .map((row) => {
      const ticked = row.entry.status === 'done' || row.state === 'met';
      const declined = row.entry.status === 'wont-do';
      const title = `**${escapeMarkdown(row.question.title)}** (${escapeMarkdown(`${row.area.catalogId} ${row.area.title}`)})`;
      const facts = [
        row.state === 'met' ? 'meets its target now' : PLAN_STATUS_WORDS[row.entry.status],
        row.entry.owner ? `owner ${escapeMarkdown(row.entry.owner)}` : '',
        row.entry.due ? `due ${row.entry.due}` : '',
        row.priority > 0 ? `priority ${row.priority}` : '',
      ].filter(Boolean);
      const lines = [
        `- [${ticked ? 'x' : ' '}] ${declined ? `~~${title}~~` : title}: ${facts.join(', ')}.`,
        row.advice ? `  Next step: ${escapeMarkdown(row.advice)}` : '',
        row.entry.note ? `  Note: ${escapeMarkdown(row.entry.note)}` : '',
        `  ${markdownLink('Guidance', absoluteUrl(row.link, siteUrl))}`,
      ];
      return lines.filter(Boolean).join('\n');
    })
    .join('\n')}\n`;
}

/**
 * A calendar with an all-day event on each open entry's due date. Events rather than VTODOs:
 * Outlook and Google Calendar show events from an imported file and ignore to-dos.
 */
export function planCalendar(
  rows: readonly PlanRow[],
  options: { siteUrl: string; assessmentId: string; title: string },
): string {
  const events: EventAttributes[] = openWork(rows)
    .filter((row) => row.entry.due)
    .map((row) => {
      const [year, month, day] = row.entry.due!.split('-').map(Number) as [number, number, number];
      const url = absoluteUrl(row.link, options.siteUrl);
      return {
        uid: `plan-${options.assessmentId}-${row.question.id}@administer-to-operate`,
        title: `Due: ${row.question.title} (${row.area.catalogId})`,
        description: [
          row.advice ? `Next step: ${row.advice}` : '',
          row.entry.owner ? `Owner: ${row.entry.owner}` : '',
          `Status: ${PLAN_STATUS_WORDS[row.entry.status]}`,
          row.entry.note ? `Note: ${row.entry.note}` : '',
          `Guidance: ${url}`,
        ]
          .filter(Boolean)
          .join('\n'),
        start: [year, month, day],
        end: nextDay([year, month, day]),
        url,
        categories: ['A2O', row.area.catalogId],
        productId: 'administer-to-operate/plan',
        calName: `${options.title}: improvement plan`,
      };
    });
  return calendarText(events);
}

/** The work item type of a requirement in each Azure DevOps process. */
export const DEVOPS_PROCESSES = {
  basic: 'Issue',
  agile: 'User Story',
  scrum: 'Product Backlog Item',
  cmmi: 'Requirement',
} as const;
export type DevOpsProcess = keyof typeof DEVOPS_PROCESSES;

/** Azure DevOps' "Import work items" takes at most this many rows a file. */
export const DEVOPS_MAX_ROWS = 1000;

export const DEVOPS_HEADER = ['Work Item Type', 'Title', 'Description', 'Priority', 'Tags'];

/**
 * CSVs for Azure Boards' "Import work items": one work item per open plan row, split into files
 * of at most 1,000 rows. Description is HTML, as the Description field stores it.
 */
export function azureDevOpsCsv(
  rows: readonly PlanRow[],
  process: DevOpsProcess,
  siteUrl: string,
): string[] {
  const items = openWork(rows).map((row) => [
    DEVOPS_PROCESSES[process],
    workItemTitle(row),
    descriptionHtml(row, siteUrl),
    String(backlogPriority(row.priority)),
    tags(row).join('; '),
  ]);
  const files: string[] = [];
  for (let i = 0; i < items.length; i += DEVOPS_MAX_ROWS)
    files.push(csvDocument([DEVOPS_HEADER, ...items.slice(i, i + DEVOPS_MAX_ROWS)]));
  return files.length > 0 ? files : [csvDocument([DEVOPS_HEADER])];
}

const JIRA_PRIORITIES = { 1: 'Highest', 2: 'High', 3: 'Medium', 4: 'Low' } as const;

/**
 * A CSV for Jira's CSV importer: Summary, Description, Issue Type, Priority, one Labels column
 * per label (Jira reads repeated columns as several values), Due date (YYYY-MM-DD: choose
 * "yyyy-MM-dd" as the date format in the importer).
 */
export function jiraCsv(rows: readonly PlanRow[], siteUrl: string): string {
  const items = openWork(rows);
  const labelColumns = Math.max(1, ...items.map((row) => tags(row).length));
  const header = [
    'Summary',
    'Description',
    'Issue Type',
    'Priority',
    ...Array.from({ length: labelColumns }, () => 'Labels'),
    'Due date',
  ];
  return csvDocument([
    header,
    ...items.map((row) => {
      const labels = tags(row);
      return [
        workItemTitle(row),
        descriptionText(row, siteUrl),
        'Task',
        JIRA_PRIORITIES[backlogPriority(row.priority)],
        ...Array.from({ length: labelColumns }, (_, i) => labels[i] ?? ''),
        row.entry.due ?? '',
      ];
    }),
  ]);
}

function workItemTitle(row: PlanRow): string {
  return `${row.question.title}: reach level ${Math.min(5, typeof row.answer === 'number' ? row.answer + 1 : row.target)} (${row.area.catalogId} ${row.area.shortTitle})`;
}

/** "A2O", the area id and the question's business process ids: labels without spaces. */
function tags(row: PlanRow): string[] {
  return ['A2O', row.area.catalogId, ...row.question.processes];
}

function descriptionText(row: PlanRow, siteUrl: string): string {
  return [
    row.advice ? `Next step: ${row.advice}` : '',
    `Now at level ${String(row.answer)}, target ${row.target}.`,
    row.entry.owner ? `Owner: ${row.entry.owner}` : '',
    row.entry.note ? `Note: ${row.entry.note}` : '',
    `Guidance: ${absoluteUrl(row.link, siteUrl)}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function descriptionHtml(row: PlanRow, siteUrl: string): string {
  const url = absoluteUrl(row.link, siteUrl);
  return [
    row.advice ? `<p><strong>Next step:</strong> ${escapeHtml(row.advice)}</p>` : '',
    `<p>Now at level ${escapeHtml(String(row.answer))}, target ${row.target}.</p>`,
    row.entry.owner ? `<p>Owner: ${escapeHtml(row.entry.owner)}</p>` : '',
    row.entry.note ? `<p>Note: ${escapeHtml(row.entry.note)}</p>` : '',
    `<p><a href="${escapeHtml(url)}">Guidance: ${escapeHtml(row.question.title)}</a></p>`,
  ].join('');
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
