import type { EventAttributes } from 'ics';
import type { Cadence } from '../schemas/area.ts';
import { appsText, type AppId } from '../schemas/apps.ts';
import { escapeMarkdown, markdownLink } from './assessment/exports/markdown.ts';
import { processAnchor } from './area-sections.ts';
import { calendarText, type CalendarDay } from './calendar.ts';
import { absoluteUrl, paths } from './urls.ts';

/**
 * The recurring work of the areas (DESIGN.md, "Routines") as a team takes it away: a checklist
 * grouped by cadence, an operations calendar with one recurring event per routine, and a run
 * book in Markdown. Per area and for the whole estate.
 */

/** What the routines need of an area; plain data, so pages, endpoints and tests share it. */
export interface RoutineArea {
  slug: string;
  catalogId: string;
  title: string;
  shortTitle: string;
  appliesTo: readonly AppId[];
  processes: readonly { id: string; title: string }[];
  routines: readonly {
    cadence: Cadence;
    task: string;
    role: { id: string };
    process: string;
    appliesTo?: readonly AppId[] | undefined;
  }[];
}

/** A routine with what a reader needs beside the task: who, which process, which apps. */
export interface RoutineItem {
  area: RoutineArea;
  cadence: Cadence;
  task: string;
  roleTitle: string;
  processId: string;
  processTitle: string;
  /** The apps, only where the routine is narrower than its area. */
  apps: readonly AppId[] | undefined;
  /** Site path of the routine's business process on its area page. */
  link: string;
}

/** Cadences in the order a checklist reads them, with their headings and how a calendar repeats them. */
export const CADENCES: readonly {
  id: Cadence;
  heading: string;
  /** RFC 5545 recurrence rule; DTSTART is always the rule's first occurrence. */
  rule: string;
  /** Local start time and length of the event, in minutes. */
  hour: number;
  minutes: number;
  /** How the first occurrence is found from the day the calendar is made. */
  first: (from: CalendarDay) => CalendarDay;
  note?: string;
}[] = [
  {
    id: 'daily',
    heading: 'Every working day',
    rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    hour: 9,
    minutes: 30,
    first: (from) => nextWorkingDay(from),
  },
  {
    id: 'weekly',
    heading: 'Every week',
    rule: 'FREQ=WEEKLY;BYDAY=MO',
    hour: 10,
    minutes: 60,
    first: (from) => nextWeekday(from, 1),
  },
  {
    id: 'monthly',
    heading: 'Every month',
    rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
    hour: 10,
    minutes: 60,
    first: (from) => firstWorkingDayOfMonth(from, 1),
  },
  {
    id: 'quarterly',
    heading: 'Every quarter',
    rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
    hour: 14,
    minutes: 90,
    first: (from) => firstWorkingDayOfMonth(from, 3),
  },
  {
    id: 'yearly',
    heading: 'Every year',
    rule: 'FREQ=YEARLY',
    hour: 14,
    minutes: 120,
    first: (from) => firstWorkingDayOfMonth(from, 1),
  },
  {
    id: 'per-release',
    heading: 'With every release',
    // Finance and operations takes up to four service updates a year and Dataverse two release
    // waves: a quarterly reminder is the nearest fixed rhythm; teams move it to their dates.
    rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
    hour: 14,
    minutes: 60,
    first: (from) => firstWorkingDayOfMonth(from, 3),
    note: 'Scheduled every quarter as a reminder: move each occurrence to your own release dates.',
  },
];

const cadenceOf = (id: Cadence) => CADENCES.find((c) => c.id === id)!;

/** Every routine of the areas, in area order and, within an area, in cadence order. */
export function routineItems(
  areas: readonly RoutineArea[],
  roleTitles: ReadonlyMap<string, string>,
): RoutineItem[] {
  return areas.flatMap((area) =>
    CADENCES.flatMap(({ id }) =>
      area.routines
        .filter((r) => r.cadence === id)
        .map((r) => ({
          area,
          cadence: r.cadence,
          task: r.task,
          roleTitle: roleTitles.get(r.role.id) ?? r.role.id,
          processId: r.process,
          processTitle: area.processes.find((p) => p.id === r.process)?.title ?? r.process,
          apps: r.appliesTo,
          link: paths.guidance(area.slug, processAnchor(r.process)),
        })),
    ),
  );
}

/** The routines grouped by cadence, in checklist order, leaving out cadences with none. */
export function byCadence(items: readonly RoutineItem[]) {
  return CADENCES.map((cadence) => ({
    cadence,
    items: items.filter((item) => item.cadence === cadence.id),
  })).filter((group) => group.items.length > 0);
}

/**
 * An operations calendar: one recurring event per routine, starting at its cadence's first
 * occurrence on or after `from`, at a local (floating) time so it lands in the reader's own
 * working day wherever they import it.
 */
export function routinesCalendar(
  items: readonly RoutineItem[],
  options: { siteUrl: string; from: Date; name: string },
): string {
  const from: CalendarDay = [
    options.from.getUTCFullYear(),
    options.from.getUTCMonth() + 1,
    options.from.getUTCDate(),
  ];
  const events: EventAttributes[] = items.map((item) => {
    const cadence = cadenceOf(item.cadence);
    const url = absoluteUrl(item.link, options.siteUrl);
    return {
      uid: `routine-${item.area.slug}-${item.cadence}-${hash(item.task)}@administer-to-operate`,
      title: `${item.area.shortTitle}: ${shorten(item.task, 80)}`,
      description: [
        item.task,
        `Who: ${item.roleTitle}`,
        `Business process: ${item.processId} ${item.processTitle}`,
        item.apps ? `Applies to: ${appsText(item.apps)}` : '',
        cadence.note ?? '',
        `Guidance: ${url}`,
      ]
        .filter(Boolean)
        .join('\n'),
      start: [...cadence.first(from), cadence.hour, 0],
      startInputType: 'local',
      startOutputType: 'local',
      duration: { minutes: cadence.minutes },
      recurrenceRule: cadence.rule,
      url,
      categories: ['A2O', item.area.catalogId, cadence.heading],
      productId: 'administer-to-operate/routines',
      calName: options.name,
    };
  });
  return calendarText(events);
}

/** A run book: the routines as Markdown task lists, by cadence, with who and which process. */
export function routinesRunbook(
  items: readonly RoutineItem[],
  options: { siteUrl: string; title: string; intro: string; groupByArea: boolean },
): string {
  const line = (item: RoutineItem) => {
    const facts = [
      item.roleTitle,
      `${item.processId} ${item.processTitle}`,
      item.apps ? appsText(item.apps) : '',
    ].filter(Boolean);
    return `- [ ] ${escapeMarkdown(item.task)} (${facts.map(escapeMarkdown).join('; ')}; ${markdownLink('guidance', absoluteUrl(item.link, options.siteUrl))})`;
  };
  const sections = byCadence(items).map(({ cadence, items: group }) => {
    const body = options.groupByArea
      ? groupsOf(group)
          .map(
            ([area, list]) =>
              `### ${escapeMarkdown(`${area.catalogId} ${area.shortTitle}`)}\n\n${list.map(line).join('\n')}`,
          )
          .join('\n\n')
      : group.map(line).join('\n');
    return `## ${cadence.heading}\n\n${cadence.note ? `_${cadence.note}_\n\n` : ''}${body}`;
  });
  return `# ${escapeMarkdown(options.title)}\n\n${options.intro}\n\n${sections.join('\n\n')}\n`;
}

function groupsOf(items: readonly RoutineItem[]): [RoutineArea, RoutineItem[]][] {
  const groups = new Map<RoutineArea, RoutineItem[]>();
  for (const item of items) groups.set(item.area, [...(groups.get(item.area) ?? []), item]);
  return [...groups];
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A short stable hash (FNV-1a), so an event keeps its UID across builds while its task stays. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

// Calendar arithmetic on plain dates (UTC, so no time zone shifts a day).

function toDate([y, m, d]: CalendarDay): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function toDay(date: Date): CalendarDay {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

const isWorkingDay = (date: Date) => date.getUTCDay() !== 0 && date.getUTCDay() !== 6;

function nextWorkingDay(from: CalendarDay): CalendarDay {
  const date = toDate(from);
  while (!isWorkingDay(date)) date.setUTCDate(date.getUTCDate() + 1);
  return toDay(date);
}

/** The first given weekday (0 Sunday … 6 Saturday) on or after the day. */
function nextWeekday(from: CalendarDay, weekday: number): CalendarDay {
  const date = toDate(from);
  date.setUTCDate(date.getUTCDate() + ((weekday - date.getUTCDay() + 7) % 7));
  return toDay(date);
}

/**
 * The first working day of the first month, on or after the day, whose number fits the step
 * (every month for 1; January, April, July and October for 3).
 */
function firstWorkingDayOfMonth(from: CalendarDay, step: 1 | 3): CalendarDay {
  const [year, month] = from;
  for (let offset = 0; offset <= 12; offset++) {
    const candidate = new Date(Date.UTC(year, month - 1 + offset, 1));
    if (candidate.getUTCMonth() % step !== 0) continue;
    const first = nextWorkingDay(toDay(candidate));
    if (toDate(first) >= toDate(from)) return first;
  }
  throw new Error('unreachable: a quarter starts within twelve months');
}
