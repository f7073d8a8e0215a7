import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  azureDevOpsCsv,
  DEVOPS_MAX_ROWS,
  jiraCsv,
  planCalendar,
  planCsv,
  planMarkdown,
  PLAN_CSV_HEADER,
} from '../../../src/lib/assessment/exports/plan.ts';
import {
  backlogPriority,
  filterPlan,
  openWork,
  planCounts,
  planOwners,
  planRows,
  UNASSIGNED,
} from '../../../src/lib/assessment/plan.ts';
import { scoreAssessment } from '../../../src/lib/assessment/scoring.ts';
import type { AssessmentFile } from '../../../src/schemas/assessment-file.ts';
import type { Bank } from '../../../src/schemas/bank.ts';
import { bank, fixtureFile, makeAssessment, readCsv } from './helpers.ts';

const SITE = 'https://a2o.example.org';
const rowsOf = (file: AssessmentFile, b: Bank = bank) =>
  planRows(scoreAssessment(file, b), file, b);

// valid-v2: privileged-access 2 (w3, target 4: priority 6, in progress, Ravi, due 2025-06-30);
// backup-restore-tests 2 (w2, target 3: priority 2, planned, due 2025-05-15).
const file = fixtureFile('valid-v2.json');

describe('the improvement plan', () => {
  it('lists the recommendations in priority order with the entries the team gave them', () => {
    expect(
      rowsOf(file).map((r) => [r.question.id, r.priority, r.entry.status, r.entry.owner, r.state]),
    ).toEqual([
      ['privileged-access', 6, 'in-progress', 'Ravi', 'to-do'],
      ['backup-restore-tests', 2, 'planned', undefined, 'to-do'],
    ]);
  });

  it('keeps an entry by question id when the answer changes, and shows it as met at the target', () => {
    const improved = { ...file, answers: { ...file.answers, 'privileged-access': 4 as const } };
    const rows = rowsOf(improved);
    expect(rows.map((r) => [r.question.id, r.state, r.entry.status])).toEqual([
      ['backup-restore-tests', 'to-do', 'planned'],
      ['privileged-access', 'met', 'in-progress'],
    ]);
    const unknown = {
      ...file,
      answers: { ...file.answers, 'privileged-access': 'unknown' as const },
    };
    expect(rowsOf(unknown).find((r) => r.question.id === 'privileged-access')?.state).toBe(
      'not-rated',
    );
  });

  it('gives recommendations without an entry a fresh open one, not stored', () => {
    const bare = makeAssessment({ answers: { 'alert-routing': 1 } });
    expect(rowsOf(bare)).toMatchObject([
      { question: { id: 'alert-routing' }, entry: { status: 'open' }, stored: false, priority: 2 },
    ]);
  });

  it('filters by status and owner, and lists the owners', () => {
    const rows = rowsOf(file);
    expect(filterPlan(rows, { status: 'planned', owner: '' }).map((r) => r.question.id)).toEqual([
      'backup-restore-tests',
    ]);
    expect(filterPlan(rows, { status: 'all', owner: 'Ravi' }).map((r) => r.question.id)).toEqual([
      'privileged-access',
    ]);
    expect(
      filterPlan(rows, { status: 'all', owner: UNASSIGNED }).map((r) => r.question.id),
    ).toEqual(['backup-restore-tests']);
    expect(planOwners(rows)).toEqual(['Ravi']);
    expect(planCounts(rows)).toMatchObject({ planned: 1, 'in-progress': 1, open: 0, met: 0 });
  });

  it('maps weight × gap (1 to 12) onto backlog priorities 1 to 4', () => {
    expect([12, 6, 5, 4, 3, 2, 1].map(backlogPriority)).toEqual([1, 1, 2, 2, 3, 3, 4]);
  });

  it("treats done and won't-do rows as no open work", () => {
    const decided = {
      ...file,
      plan: {
        'privileged-access': { status: 'done' as const },
        'backup-restore-tests': { status: 'wont-do' as const },
      },
    };
    expect(openWork(rowsOf(decided))).toEqual([]);
  });
});

describe('plan exports, read as their consumers read them', () => {
  it('CSV: every row, with an absolute guidance URL', () => {
    const rows = readCsv(planCsv(rowsOf(file), bank, SITE));
    expect(rows).toEqual([
      {
        Priority: '6',
        Area: '99.25 Manage access and security',
        Question: 'Privileged access reviews',
        'Current level': '2 Managed',
        Target: '4',
        'Next step': 'Move privileged access reviews from level 2 to level 3.',
        Guidance: 'https://a2o.example.org/areas/access-security/#99-25-050',
        Owner: 'Ravi',
        Due: '2025-06-30',
        Status: 'In progress',
        'Meets target': 'no',
      },
      expect.objectContaining({
        Question: 'Backup restore tests',
        Status: 'Planned',
        Due: '2025-05-15',
      }),
    ]);
  });

  it('Markdown: a task list, done and met items ticked', () => {
    const done = {
      ...file,
      plan: { ...file.plan, 'backup-restore-tests': { status: 'done' as const } },
    };
    const text = planMarkdown(rowsOf(done), SITE);
    expect(text).toContain(
      '- [ ] **Privileged access reviews** (99.25 Manage access and security): In progress, owner Ravi, due 2025-06-30, priority 6.',
    );
    expect(text).toContain(
      '- [x] **Backup restore tests** (99.10 Define business continuity plan): Done, priority 2.',
    );
    expect(text).toContain(
      '  [Guidance](<https://a2o.example.org/areas/access-security/#99-25-050>)',
    );
  });

  it('calendar: one all-day event per open entry with a due date, parsed by a real iCalendar reader', () => {
    const text = planCalendar(rowsOf(file), { siteUrl: SITE, assessmentId: 'abc', title: 'Q2' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(
      events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate, e.uid]),
    ).toEqual([
      [
        'Due: Privileged access reviews (99.25)',
        '2025-06-30',
        true,
        'plan-abc-privileged-access@administer-to-operate',
      ],
      [
        'Due: Backup restore tests (99.10)',
        '2025-05-15',
        true,
        'plan-abc-backup-restore-tests@administer-to-operate',
      ],
    ]);
    expect(events[0]!.description).toContain('Owner: Ravi');
    expect(events[0]!.endDate.toString()).toBe('2025-07-01');
    // Folding keeps lines within 75 octets, as RFC 5545 requires.
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it("Azure DevOps: the importer's required columns, a work item type per process, HTML description, tags", () => {
    const [csv, more] = azureDevOpsCsv(rowsOf(file), 'agile', SITE);
    expect(more).toBeUndefined();
    const rows = readCsv(csv!);
    expect(Object.keys(rows[0]!)).toEqual([
      'Work Item Type',
      'Title',
      'Description',
      'Priority',
      'Tags',
    ]);
    expect(rows[0]).toMatchObject({
      'Work Item Type': 'User Story',
      Title: 'Privileged access reviews: reach level 3 (99.25 Access and security)',
      Priority: '1',
      Tags: 'A2O; 99.25; 99.25.050',
    });
    expect(rows[0]!['Description']).toContain(
      '<a href="https://a2o.example.org/areas/access-security/#99-25-050">',
    );
    expect(rows.every((row) => row['Title'] && row['Work Item Type'])).toBe(true);
    for (const [process, type] of [
      ['basic', 'Issue'],
      ['scrum', 'Product Backlog Item'],
      ['cmmi', 'Requirement'],
    ] as const)
      expect(readCsv(azureDevOpsCsv(rowsOf(file), process, SITE)[0]!)[0]!['Work Item Type']).toBe(
        type,
      );
  });

  it('Azure DevOps: splits more than 1,000 work items into files of at most 1,000', () => {
    const big = bigBank(1500);
    const answers = Object.fromEntries(big.areas[0]!.questions.map((q) => [q.id, 1 as const]));
    const files = azureDevOpsCsv(rowsOf(makeAssessment({ answers }), big), 'agile', SITE);
    expect(files.map((f) => readCsv(f).length)).toEqual([DEVOPS_MAX_ROWS, 500]);
  });

  it('Jira: Summary, Description, Issue Type, Priority, one Labels column per label, Due date', () => {
    const text = jiraCsv(rowsOf(file), SITE);
    const [header] = text.replace('\uFEFF', '').split('\r\n');
    expect(header).toBe('Summary,Description,Issue Type,Priority,Labels,Labels,Labels,Due date');
    const [, first] = readCsvArrays(text);
    expect(first).toEqual([
      'Privileged access reviews: reach level 3 (99.25 Access and security)',
      expect.stringContaining('Next step: Move privileged access reviews'),
      'Task',
      'Highest',
      'A2O',
      '99.25',
      '99.25.050',
      '2025-06-30',
    ]);
    expect(first!.slice(4, 7).every((label) => !/\s/.test(label))).toBe(true);
  });
});

function readCsvArrays(text: string): string[][] {
  const rows: string[][] = parseCsv(text, { bom: true });
  return rows;
}

/** A bank with one area of `count` questions, for the backlog file limit. */
function bigBank(count: number): Bank {
  const area = structuredClone(bank.areas[0]!);
  const template = area.questions[0]!;
  area.questions = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `q-${i}`,
    weight: 1,
  }));
  return { ...bank, areas: [area] };
}

describe('a plan with entries past their recommendation', () => {
  // Access and security aims at 4. Recommendations: backup-restore-tests (w2 × (3 − 1) = 4) and
  // alert-routing (w1 × (3 − 2) = 1, no entry). The other entries are listed in reverse bank order.
  const mixed = makeAssessment({
    targets: { 'access-security': 4 },
    answers: {
      'recovery-objectives': 3,
      'backup-restore-tests': 1,
      'user-onboarding': 4,
      'privileged-access': 5,
      'service-health-alerts': 'na',
      'alert-routing': 2,
    },
    plan: {
      'service-health-alerts': { status: 'planned' },
      'privileged-access': { status: 'wont-do' },
      'user-onboarding': { status: 'in-progress', owner: 'Zoe' },
      'recovery-objectives': { status: 'planned', owner: 'ana' },
      'backup-restore-tests': {
        status: 'planned',
        owner: 'Bob',
        due: '2025-09-30',
        note: 'Needs a <sandbox> & "quiet" week',
      },
    },
  });
  const rows = rowsOf(mixed);

  it("lists the recommendations first, then the other entries in bank order at their area's target", () => {
    expect(
      rows.map((r) => [r.question.id, r.state, r.target, r.stored, r.priority, r.entry.status]),
    ).toEqual([
      ['backup-restore-tests', 'to-do', 3, true, 4, 'planned'],
      ['alert-routing', 'to-do', 3, false, 1, 'open'],
      ['recovery-objectives', 'met', 3, true, 0, 'planned'],
      ['user-onboarding', 'met', 4, true, 0, 'in-progress'],
      ['privileged-access', 'met', 4, true, 0, 'wont-do'],
      ['service-health-alerts', 'not-rated', 3, true, 0, 'planned'],
    ]);
  });

  it('counts met rows apart from their status, and leaves them out of the open work', () => {
    expect(planCounts(rows)).toEqual({
      open: 1,
      planned: 2,
      'in-progress': 0,
      done: 0,
      'wont-do': 0,
      met: 3,
    });
    expect(openWork(rows).map((r) => r.question.id)).toEqual([
      'backup-restore-tests',
      'alert-routing',
    ]);
  });

  it('lists the owners in alphabetical order, whatever their case', () => {
    expect(planOwners(rows)).toEqual(['ana', 'Bob', 'Zoe']);
  });

  it('writes each status in words in the CSV', () => {
    expect(
      readCsv(planCsv(rows, bank, SITE)).map((row) => [row['Status'], row['Meets target']]),
    ).toEqual([
      ['Planned', 'no'],
      ['Open', 'no'],
      ['Planned', 'yes'],
      ['In progress', 'yes'],
      ["Won't do", 'yes'],
      ['Planned', 'no'],
    ]);
  });

  it('shows an entry of a question now out of scope as not rated, even below its target', () => {
    const narrowed = { ...mixed, scope: ['access-security'] };
    expect(
      rowsOf(narrowed)
        .filter((r) => r.question.id === 'backup-restore-tests')
        .map((r) => [r.state, r.target, r.answer]),
    ).toEqual([['not-rated', 3, 1]]);
  });

  const guidance = (path: string) => `https://a2o.example.org/areas/${path}`;

  it('CSV: every column of every row, empty where there is nothing to say', () => {
    const row = (cells: string[]) =>
      Object.fromEntries(cells.map((cell, i) => [PLAN_CSV_HEADER[i]!, cell]));
    expect(readCsv(planCsv(rows, bank, SITE))).toEqual([
      row([
        '4',
        '99.10 Define business continuity plan',
        'Backup restore tests',
        '1 Initial',
        '3',
        'Move backup restore tests from level 1 to level 2.',
        guidance('business-continuity/#99-10-020'),
        'Bob',
        '2025-09-30',
        'Planned',
        'no',
      ]),
      row([
        '1',
        '99.40 Monitor notifications and alerts',
        'Alert routing',
        '2 Managed',
        '3',
        'Move alert routing from level 2 to level 3.',
        guidance('notifications-alerts/#99-40-020'),
        '',
        '',
        'Open',
        'no',
      ]),
      row([
        '',
        '99.10 Define business continuity plan',
        'Recovery objectives, RTO and RPO',
        '3 Defined',
        '3',
        '',
        guidance('business-continuity/#99-10-010'),
        'ana',
        '',
        'Planned',
        'yes',
      ]),
      row([
        '',
        '99.25 Manage access and security',
        'User onboarding',
        '4 Quantitatively managed',
        '4',
        '',
        guidance('access-security/#99-25-040'),
        'Zoe',
        '',
        'In progress',
        'yes',
      ]),
      row([
        '',
        '99.25 Manage access and security',
        'Privileged access reviews',
        '5 Optimizing',
        '4',
        '',
        guidance('access-security/#99-25-050'),
        '',
        '',
        "Won't do",
        'yes',
      ]),
      row([
        '',
        '99.40 Monitor notifications and alerts',
        'Service health alerts',
        'N/A',
        '3',
        '',
        guidance('notifications-alerts/#99-40-010'),
        '',
        '',
        'Planned',
        'no',
      ]),
    ]);
  });

  it('Markdown: the whole task list, met rows ticked, declined rows struck through', () => {
    expect(planMarkdown(rows, SITE)).toBe(
      [
        '- [ ] **Backup restore tests** (99.10 Define business continuity plan): Planned, owner Bob, due 2025-09-30, priority 4.',
        '  Next step: Move backup restore tests from level 1 to level 2.',
        '  Note: Needs a \\<sandbox\\> & "quiet" week',
        `  [Guidance](<${guidance('business-continuity/#99-10-020')}>)`,
        '- [ ] **Alert routing** (99.40 Monitor notifications and alerts): Open, priority 1.',
        '  Next step: Move alert routing from level 2 to level 3.',
        `  [Guidance](<${guidance('notifications-alerts/#99-40-020')}>)`,
        '- [x] **Recovery objectives, RTO and RPO** (99.10 Define business continuity plan): meets its target now, owner ana.',
        `  [Guidance](<${guidance('business-continuity/#99-10-010')}>)`,
        '- [x] **User onboarding** (99.25 Manage access and security): meets its target now, owner Zoe.',
        `  [Guidance](<${guidance('access-security/#99-25-040')}>)`,
        '- [x] ~~**Privileged access reviews** (99.25 Manage access and security)~~: meets its target now.',
        `  [Guidance](<${guidance('access-security/#99-25-050')}>)`,
        '- [ ] **Service health alerts** (99.40 Monitor notifications and alerts): Planned.',
        `  [Guidance](<${guidance('notifications-alerts/#99-40-010')}>)`,
        '',
      ].join('\n'),
    );
    expect(planMarkdown([], SITE)).toBe('_No plan items: nothing is below its target._\n');
  });

  it('calendar: only open work with a due date, with every fact in the description', () => {
    const text = planCalendar(rows, { siteUrl: SITE, assessmentId: 'm1', title: 'Mixed' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('prodid')).toBe('administer-to-operate/plan');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Mixed: improvement plan');
    const [event, ...others] = calendar.getAllSubcomponents('vevent');
    expect(others).toEqual([]);
    expect(event!.getFirstPropertyValue('description')).toBe(
      [
        'Next step: Move backup restore tests from level 1 to level 2.',
        'Owner: Bob',
        'Status: Planned',
        'Note: Needs a <sandbox> & "quiet" week',
        `Guidance: ${guidance('business-continuity/#99-10-020')}`,
      ].join('\n'),
    );
    expect(event!.getFirstProperty('categories')?.getValues()).toEqual(['A2O', '99.10']);
  });

  it('Jira: the description in plain lines, priorities in words, labels and due date', () => {
    expect(readCsvArrays(jiraCsv(rows, SITE)).slice(1)).toEqual([
      [
        'Backup restore tests: reach level 2 (99.10 Business continuity)',
        [
          'Next step: Move backup restore tests from level 1 to level 2.',
          'Now at level 1, target 3.',
          'Owner: Bob',
          'Note: Needs a <sandbox> & "quiet" week',
          `Guidance: ${guidance('business-continuity/#99-10-020')}`,
        ].join('\n'),
        'Task',
        'High',
        'A2O',
        '99.10',
        '99.10.020',
        '2025-09-30',
      ],
      [
        'Alert routing: reach level 3 (99.40 Notifications)',
        [
          'Next step: Move alert routing from level 2 to level 3.',
          'Now at level 2, target 3.',
          `Guidance: ${guidance('notifications-alerts/#99-40-020')}`,
        ].join('\n'),
        'Task',
        'Low',
        'A2O',
        '99.40',
        '99.40.020',
        '',
      ],
    ]);
  });

  it('Azure DevOps: the description as HTML, escaped', () => {
    expect(readCsv(azureDevOpsCsv(rows, 'basic', SITE)[0]!)).toEqual([
      {
        'Work Item Type': 'Issue',
        Title: 'Backup restore tests: reach level 2 (99.10 Business continuity)',
        Description: `<p><strong>Next step:</strong> Move backup restore tests from level 1 to level 2.</p><p>Now at level 1, target 3.</p><p>Owner: Bob</p><p>Note: Needs a &lt;sandbox&gt; &amp; &quot;quiet&quot; week</p><p><a href="${guidance('business-continuity/#99-10-020')}">Guidance: Backup restore tests</a></p>`,
        Priority: '2',
        Tags: 'A2O; 99.10; 99.10.020',
      },
      {
        'Work Item Type': 'Issue',
        Title: 'Alert routing: reach level 3 (99.40 Notifications)',
        Description: `<p><strong>Next step:</strong> Move alert routing from level 2 to level 3.</p><p>Now at level 2, target 3.</p><p><a href="${guidance('notifications-alerts/#99-40-020')}">Guidance: Alert routing</a></p>`,
        Priority: '4',
        Tags: 'A2O; 99.40; 99.40.020',
      },
    ]);
  });
});

describe('backlog files at their limits', () => {
  it('Azure DevOps: exactly 1,000 work items fit one file', () => {
    const big = bigBank(DEVOPS_MAX_ROWS);
    const answers = Object.fromEntries(big.areas[0]!.questions.map((q) => [q.id, 1 as const]));
    const files = azureDevOpsCsv(rowsOf(makeAssessment({ answers }), big), 'agile', SITE);
    expect(files.map((f) => readCsv(f).length)).toEqual([DEVOPS_MAX_ROWS]);
  });

  it('Azure DevOps: no open work still gives one file, with the header only', () => {
    expect(azureDevOpsCsv([], 'agile', SITE)).toEqual([
      '\uFEFFWork Item Type,Title,Description,Priority,Tags\r\n',
    ]);
  });
});

describe('plan exports of rows with little in them', () => {
  it('calendar: an entry without owner or note has no empty lines in its description', () => {
    const text = planCalendar(rowsOf(file), { siteUrl: SITE, assessmentId: 'abc', title: 'Q2' });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events[1]!.getFirstPropertyValue('description')).toBe(
      [
        'Next step: Move backup restore tests from level 2 to level 3.',
        'Status: Planned',
        'Guidance: https://a2o.example.org/areas/business-continuity/#99-10-020',
      ].join('\n'),
    );
  });

  it('a question without advice for its level: no "Next step" in any backlog format', () => {
    const sparse: Bank = structuredClone(bank);
    delete sparse.areas[2]!.questions[1]!.options[0]!.advice;
    const bare = makeAssessment({
      answers: { 'alert-routing': 1 },
      plan: { 'alert-routing': { status: 'open', due: '2025-07-01' } },
    });
    const rows = rowsOf(bare, sparse);
    const guidance = 'https://a2o.example.org/areas/notifications-alerts/#99-40-020';
    expect(readCsvArrays(jiraCsv(rows, SITE))[1]![1]).toBe(
      `Now at level 1, target 3.\nGuidance: ${guidance}`,
    );
    expect(readCsv(azureDevOpsCsv(rows, 'basic', SITE)[0]!)[0]!['Description']).toBe(
      `<p>Now at level 1, target 3.</p><p><a href="${guidance}">Guidance: Alert routing</a></p>`,
    );
    const calendar = planCalendar(rows, { siteUrl: SITE, assessmentId: 'b', title: 'B' });
    expect(
      new ICAL.Component(ICAL.parse(calendar))
        .getFirstSubcomponent('vevent')!
        .getFirstPropertyValue('description'),
    ).toBe(`Status: Open\nGuidance: ${guidance}`);
    expect(readCsv(planCsv(rows, sparse, SITE))[0]!['Next step']).toBe('');
  });

  it('Jira: a row with fewer labels than another leaves its extra Labels cells empty', () => {
    const twoProcesses: Bank = structuredClone(bank);
    twoProcesses.areas[2]!.questions[1]!.processes = ['99.40.020', '99.40.030'];
    const both = makeAssessment({ answers: { 'alert-routing': 1, 'user-onboarding': 2 } });
    const [header, ...rows] = readCsvArrays(jiraCsv(rowsOf(both, twoProcesses), SITE));
    expect(header).toEqual([
      'Summary',
      'Description',
      'Issue Type',
      'Priority',
      'Labels',
      'Labels',
      'Labels',
      'Labels',
      'Due date',
    ]);
    expect(rows.map((row) => row.slice(4, 8))).toEqual([
      ['A2O', '99.40', '99.40.020', '99.40.030'],
      ['A2O', '99.25', '99.25.040', ''],
    ]);
  });
});
