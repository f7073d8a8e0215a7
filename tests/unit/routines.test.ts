import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  CADENCES,
  routineItems,
  routinesCalendar,
  routinesRunbook,
  type RoutineArea,
} from '../../src/lib/routines.ts';
import { isOverdue, reviewDue } from '../../src/lib/freshness.ts';
import { cadenceSchema } from '../../src/schemas/area.ts';

const area: RoutineArea = {
  slug: 'background-jobs',
  catalogId: '99.40',
  title: 'Manage background jobs',
  shortTitle: 'Background jobs',
  appliesTo: ['finance-operations', 'dataverse'],
  processes: [{ id: '99.40.020', title: 'Monitor batch jobs' }],
  routines: [
    {
      cadence: 'monthly',
      task: 'Review the batch groups and their servers [each month].',
      role: { id: 'administrators' },
      process: '99.40.020',
    },
    {
      cadence: 'daily',
      task: 'Check failed batch jobs and their alerts.',
      role: { id: 'it-support' },
      process: '99.40.020',
      appliesTo: ['finance-operations'],
    },
    {
      cadence: 'quarterly',
      task: 'Review who owns each recurring job.',
      role: { id: 'administrators' },
      process: '99.40.020',
    },
    {
      cadence: 'weekly',
      task: 'Compare batch run times with the baseline.',
      role: { id: 'administrators' },
      process: '99.40.020',
    },
    {
      cadence: 'yearly',
      task: 'Retire jobs nobody needs any more.',
      role: { id: 'administrators' },
      process: '99.40.020',
    },
    {
      cadence: 'per-release',
      task: 'Re-run the batch regression set in the sandbox.',
      role: { id: 'administrators' },
      process: '99.40.020',
    },
  ],
};
const roles = new Map([
  ['administrators', 'Administrators'],
  ['it-support', 'IT support'],
]);
const items = routineItems([area], roles);
const SITE = 'https://a2o.example.org/';

function occurrences(ics: string, count: number) {
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  return events.map((vevent) => {
    const event = new ICAL.Event(vevent);
    const iterator = event.iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next && days.length < count; next = iterator.next())
      days.push(next.toString().slice(0, 10));
    return {
      summary: event.summary,
      days,
      start: event.startDate.toString(),
      minutes: event.duration.toSeconds() / 60,
    };
  });
}

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('routines', () => {
  it('knows how to schedule every cadence the content may use, in checklist order', () => {
    expect(CADENCES.map((c) => c.id)).toEqual(cadenceSchema.options);
  });

  it('lists the routines of an area in cadence order with who and which process', () => {
    expect(items.map((i) => i.cadence)).toEqual([
      'daily',
      'weekly',
      'monthly',
      'quarterly',
      'yearly',
      'per-release',
    ]);
    expect(items[0]).toMatchObject({
      roleTitle: 'IT support',
      processTitle: 'Monitor batch jobs',
      apps: ['finance-operations'],
      link: '/areas/background-jobs/#99-40-020',
    });
  });

  it('writes one recurring event per routine, each starting on its first occurrence', () => {
    // 1 December 2026 is a Tuesday.
    const ics = routinesCalendar(items, {
      siteUrl: SITE,
      from: new Date('2026-12-01T15:00:00Z'),
      name: 'Test',
    });
    const events = occurrences(ics, 6);
    expect(events).toHaveLength(items.length);
    const [daily, weekly, monthly, quarterly, yearly, perRelease] = events;
    // Every working day: Tuesday 1 Dec onwards, never a weekend.
    expect(daily!.days).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
      '2026-12-08',
    ]);
    expect(daily!.start).toBe('2026-12-01T09:00:00');
    expect(daily!.minutes).toBe(30);
    // Every Monday.
    expect(weekly!.days.every((d) => weekday(d) === 1)).toBe(true);
    expect(weekly!.days[0]).toBe('2026-12-07');
    // The first working day of each month: 1 Jan 2027 is a Friday, 1 May 2027 a Saturday.
    expect(monthly!.days).toEqual([
      '2026-12-01',
      '2027-01-01',
      '2027-02-01',
      '2027-03-01',
      '2027-04-01',
      '2027-05-03',
    ]);
    // The first working day of each quarter.
    expect(quarterly!.days.slice(0, 4)).toEqual([
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
      '2027-10-01',
    ]);
    expect(perRelease!.days[0]).toBe('2027-01-01');
    expect(yearly!.days.slice(0, 2)).toEqual(['2026-12-01', '2027-12-01']);
  });

  it('keeps an event identity across builds while the task stays the same', () => {
    const uids = (from: string) =>
      new ICAL.Component(
        ICAL.parse(routinesCalendar(items, { siteUrl: SITE, from: new Date(from), name: 'T' })),
      )
        .getAllSubcomponents('vevent')
        .map((e) => e.getFirstPropertyValue('uid'));
    expect(uids('2026-12-01')).toEqual(uids('2027-03-15'));
    expect(new Set(uids('2026-12-01')).size).toBe(items.length);
  });

  it('writes a run book of task lists by cadence, escaping Markdown in the text', () => {
    const md = routinesRunbook(items, {
      siteUrl: SITE,
      title: 'Run book',
      intro: 'Intro.',
      groupByArea: false,
    });
    expect(md.match(/^- \[ \] /gm)).toHaveLength(items.length);
    expect(md).toContain(
      '## Every working day\n\n- [ ] Check failed batch jobs and their alerts. (IT support; 99.40.020 Monitor batch jobs; Finance and operations; [guidance](<https://a2o.example.org/areas/background-jobs/#99-40-020>))',
    );
    expect(md).toContain('\\[each month\\]');
    const estate = routinesRunbook(items, {
      siteUrl: SITE,
      title: 'All',
      intro: 'Intro.',
      groupByArea: true,
    });
    expect(estate).toContain('### 99.40 Background jobs');
  });
});

describe('review dates', () => {
  it("falls due the given months later, on the month's last day when it is shorter", () => {
    expect(reviewDue(new Date('2026-12-01'), 6).toISOString().slice(0, 10)).toBe('2027-06-01');
    expect(reviewDue(new Date('2026-08-31'), 6).toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(reviewDue(new Date('2027-08-31'), 6).toISOString().slice(0, 10)).toBe('2028-02-29');
  });

  it('is overdue from the day after the due day', () => {
    const due = new Date('2027-06-01');
    expect(isOverdue(due, new Date('2027-06-01T23:59:00Z'))).toBe(false);
    expect(isOverdue(due, new Date('2027-06-02T00:00:00Z'))).toBe(true);
  });
});
