import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { parse as parseCsv } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { downloadOf, resultsTable } from './assessment-helpers.ts';
import { setStorageFull, simulateFullStorage } from './storage-helpers.ts';
import {
  contentQuestions,
  questionsOf,
  teamOracle,
  type OracleAnswer,
  type OracleRespondent,
} from './team-oracle.ts';

const SCOPE = ['business-continuity', 'monitoring', 'support-systems'];
/** The version of the bank the site publishes: files made on this site carry it. */
const BANK_VERSION = (
  JSON.parse(readFileSync('dist/assessment/bank.json', 'utf8')) as { version: string }
).version;
const all = contentQuestions();
const inScope = all.filter((q) => SCOPE.includes(q.areaSlug));
const bc = inScope.filter((q) => q.areaSlug === 'business-continuity');
// A question of 99.10 that IT support is not asked: Chloe (focus it-support) leaves it out.
const nobodyRated = bc.find((q) => !q.roles.includes('it-support'))!;

/** Answers by a rule over the questions of a respondent's file. */
const answersBy = (
  r: Omit<OracleRespondent, 'answers'>,
  rule: (i: number, id: string) => OracleAnswer | undefined,
) =>
  Object.fromEntries(
    questionsOf({ ...r, answers: {} }, all).flatMap((q, i) => {
      const answer = rule(i, q.id);
      return answer === undefined ? [] : [[q.id, answer]];
    }),
  );

const ana = { name: 'Ana', scope: SCOPE };
const ben = { name: 'ben-answers', scope: SCOPE };
const chloe = { name: 'Chloe', scope: SCOPE, focusRole: 'it-support' };
const dev = { name: 'Dev', scope: ['monitoring'] };
const ROUND: OracleRespondent[] = [
  {
    ...ana,
    answers: answersBy(ana, (i, id) =>
      id === nobodyRated.id ? 'na' : i === 4 ? 'unknown' : ((i * 3) % 5) + 1,
    ),
    notes: { [nobodyRated.id]: 'Never tested end to end' },
  },
  {
    ...ben,
    answers: answersBy(ben, (i, id) =>
      id === nobodyRated.id ? 'unknown' : i % 7 === 6 ? 'na' : (i % 5) + 1,
    ),
  },
  { ...chloe, answers: answersBy(chloe, (i) => (i % 3 === 0 ? 'unknown' : 4)) },
  { ...dev, answers: answersBy(dev, (i) => (i % 4 === 3 ? undefined : i % 2 ? 5 : 2)) },
];

/** An assessment file as the site exports it. Ben's has no respondent name: his file name is used. */
function fileOf(r: OracleRespondent, created = '2026-02-01T09:00:00Z') {
  return {
    format: 'administer-to-operate/assessment',
    version: 2,
    bank: { version: BANK_VERSION },
    title: `${r.name} Q1`,
    ...(r.name !== 'ben-answers' && { respondent: { name: r.name } }),
    createdAt: created,
    updatedAt: created,
    scope: r.scope,
    ...(r.focusRole && { focusRole: r.focusRole }),
    targets: {},
    answers: r.answers,
    notes: r.notes ?? {},
  };
}
const payload = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)),
});
const FILES = ROUND.map((r) => payload(`${r.name.toLowerCase()}.json`, fileOf(r)));

/** The page once it has hydrated: the respondents' list renders only in the browser. */
async function openTeamPage(page: Page) {
  await page.goto('/assessment/team/');
  await expect(page.getByRole('heading', { name: /^Respondents \(\d+\)$/ })).toBeVisible();
}

/** Tabs until the element matching `selector` has the focus (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} never got the focus`);
}

/** Loads files through the picker, opened with the keyboard. */
async function loadByKeyboard(page: Page, files: ReturnType<typeof payload>[]) {
  // Listening first: Playwright turns on catching the chooser only once someone listens, and a
  // key press is quick enough to beat that.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, '#team-files');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(files);
}

/** Drops files on the page with a real drop event carrying a DataTransfer built in the page. */
async function dropFiles(page: Page, files: { name: string; text: string }[]) {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
    const zone = document.querySelector('.team-drop')!;
    for (const type of ['dragenter', 'dragover', 'drop'])
      zone.dispatchEvent(
        new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
      );
  }, files);
}

/** The cells of every question row: selects by their value, other cells by their text. */
function questionRows(page: Page) {
  return page.locator('tr[data-question]').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-question')!,
        [...row.querySelectorAll('td')].map((td) => {
          const select = td.querySelector('select');
          return select ? select.value : (td.textContent ?? '').trim();
        }),
      ]),
    ),
  );
}

const cellOf = (a: OracleAnswer | undefined) =>
  a === undefined ? '–' : a === 'na' ? 'N/A' : a === 'unknown' ? 'DK' : String(a);
const choiceOf = (a: OracleAnswer | undefined) => (a === undefined ? '' : String(a));

/** What the per-question table must show for each question, from the oracle. */
function expectedRows(oracle: ReturnType<typeof teamOracle>) {
  return Object.fromEntries(
    oracle.questions.map((q) => [
      q.id,
      [
        q.median === undefined ? '—' : String(q.median),
        q.spread === undefined ? '—' : String(q.spread),
        q.discuss ? 'discuss' : 'no',
        choiceOf(q.consensus),
        `${q.answeredBy} of ${ROUND.length}`,
        ...q.answers.map(cellOf),
        ...q.counts.levels.map(String),
        String(q.counts.na),
        String(q.counts.unknown),
        String(q.counts.unanswered),
      ],
    ]),
  );
}

async function expectAreas(page: Page, oracle: ReturnType<typeof teamOracle>) {
  for (const area of oracle.areas)
    await expect(page.locator(`.team-areas tr[data-area="${area.slug}"] td`)).toHaveText([
      area.consensus,
      area.level === undefined ? '—' : new RegExp(`^${area.level}Level ${area.level}: `),
      area.min,
      area.median,
      area.max,
      `${area.scoredBy} of ${ROUND.length}`,
    ]);
}

test.describe('team round', () => {
  test('a round of four loaded by keyboard: figures as the oracle has them, two consensus changes, saved, and the results equal the consensus', async ({
    page,
  }) => {
    await openTeamPage(page);
    await loadByKeyboard(page, FILES);
    await expect(page.getByRole('status').filter({ hasText: '4 added.' })).toContainText(
      'The round has 4 respondents.',
    );
    await expect(page.locator('.team-respondents > li')).toHaveCount(4);
    await expect(page.locator('.team-respondents__name')).toHaveText([
      'Ana',
      'ben-answers',
      'Chloe',
      'Dev',
    ]);
    await expect(page.locator('tr[data-question]')).toHaveCount(inScope.length);

    const oracle = teamOracle(ROUND);
    // The question nobody rated: Ana na, Ben don't know, Chloe not asked, Dev out of scope.
    expect(oracle.questions.find((q) => q.id === nobodyRated.id)!.consensus).toBe('unknown');
    await expectAreas(page, oracle);
    await expect.poll(() => questionRows(page)).toEqual(expectedRows(oracle));
    await expect(page.getByRole('heading', { name: /^To discuss first/ })).toHaveText(
      `To discuss first (${oracle.toDiscuss.length})`,
    );
    // The biggest ten first, the rest a button away.
    const titles = oracle.toDiscuss.map((q) => new RegExp(`^${q.title.replace(/[()]/g, '.')} `));
    expect(titles.length).toBeGreaterThan(10);
    await expect(page.locator('.team-discuss > li h3')).toHaveText(titles.slice(0, 10));
    await page
      .getByRole('button', { name: `Show all ${titles.length} questions to discuss` })
      .click();
    await expect(page.locator('.team-discuss > li h3')).toHaveText(titles);

    // Two changes: the first question to discuss raised to 5, the nobody-rated one to N/A.
    const raised = oracle.toDiscuss[0]!;
    const changes = { [raised.id]: 5, [nobodyRated.id]: 'na' } as const;
    await page.locator(`#consensus-${raised.id}`).selectOption('5');
    await page.locator(`#consensus-${nobodyRated.id}`).selectOption('na');
    await expect(page.getByText('2 consensus answers changed from the draft.')).toBeVisible();
    const changed = teamOracle(ROUND, changes);
    await expectAreas(page, changed);

    // Closing the tab and coming back: the round and the changes are still there.
    await page.reload();
    await expect(page.locator('.team-respondents > li')).toHaveCount(4);
    await expect(page.locator(`#consensus-${raised.id}`)).toHaveValue('5');
    await expect.poll(() => questionRows(page)).toEqual(expectedRows(changed));

    await page.getByLabel('Name of the new assessment').fill('Team consensus Q1');
    await page.getByRole('button', { name: 'Save as assessment' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Saved as' });
    await expect(saved).toContainText('Saved as “Team consensus Q1”, a new assessment');
    const stored = await page.evaluate(() => localStorage.getItem('a2o:assessments'));
    const assessment = (
      JSON.parse(stored!) as {
        assessments: {
          title: string;
          answers: object;
          notes: Record<string, string>;
          scope: string[];
        }[];
      }
    ).assessments.find((a) => a.title === 'Team consensus Q1')!;
    expect(assessment.answers).toEqual(changed.consensusAnswers);
    expect(assessment.scope).toEqual(SCOPE);
    expect(assessment.notes[nobodyRated.id]).toBe('Ana: Never tested end to end');

    await saved.getByRole('link', { name: 'Open its results' }).click();
    await expect(page.locator('#summary-title')).toHaveText('Team consensus Q1');
    const rows = await resultsTable(page);
    for (const area of changed.areas) {
      const row = rows.find((r) => r[0]!.startsWith(area.catalogId))!;
      expect(row[1], area.slug).toBe(area.consensus);
    }
  });

  test('the form is real HTML before the page has finished loading: files chosen then are loaded', async ({
    page,
  }) => {
    // Hold the page's scripts back, so the files are chosen in the server-rendered form.
    let holding = true;
    const held: (() => Promise<void>)[] = [];
    await page.route('**/_astro/*.js', (route) =>
      holding ? held.push(() => route.continue()) : route.continue(),
    );
    await page.goto('/assessment/team/', { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team round');
    await page
      .getByLabel('Assessment files (JSON, several at once)')
      .setInputFiles(FILES.slice(0, 2));
    holding = false;
    await Promise.all(held.map((release) => release()));
    await expect(page.getByRole('status').filter({ hasText: '2 added.' })).toBeVisible();
    await expect(page.locator('.team-respondents__name')).toHaveText(['Ana', 'ben-answers']);
  });

  test('a round loaded by drag and drop, and the workshop view used by keyboard alone', async ({
    page,
  }) => {
    await openTeamPage(page);
    await dropFiles(
      page,
      FILES.map((f) => ({ name: f.name, text: f.buffer.toString('utf8') })),
    );
    await expect(page.getByRole('status').filter({ hasText: '4 added.' })).toBeVisible();
    const oracle = teamOracle(ROUND);
    await expectAreas(page, oracle);
    await expect.poll(() => questionRows(page)).toEqual(expectedRows(oracle));

    const opener = page.getByRole('button', { name: 'Open the workshop view' });
    await tabTo(page, '#team-workshop-open');
    await expect(opener).toBeFocused();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    const title = dialog.getByRole('heading', { level: 2 });
    const [first, second] = oracle.toDiscuss;
    await expect(title).toHaveText(first!.title);
    await expect(title).toBeFocused();
    await expect(dialog).toContainText(`Question 1 of ${oracle.toDiscuss.length}`);
    await expect(dialog.locator('.team-workshop__options > li')).toHaveCount(5);
    await expect(dialog.locator('.team-workshop__count')).toHaveCount(0);

    // What a presentation remote sends, then a keyboard's arrows.
    await page.keyboard.press('PageDown');
    await expect(title).toHaveText(second!.title);
    await expect(dialog.getByRole('status')).toHaveText(
      `Question 2 of ${oracle.toDiscuss.length}: ${second!.title}.`,
    );
    await page.keyboard.press('PageUp');
    await expect(title).toHaveText(first!.title);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(title).toHaveText(first!.title);

    // Reveal with R: the distribution as the oracle counts it.
    await page.keyboard.press('r');
    await expect(dialog.getByRole('button', { name: 'Hide the answers' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const counts = await dialog.locator('.team-workshop__count').allTextContents();
    expect(counts.map((c) => c.split(':')[0])).toEqual(
      first!.counts.levels.map((n) => `${n} of ${ROUND.length}`),
    );
    await expect(dialog.locator('.team-workshop__figures')).toContainText(
      `median ${first!.median} · spread ${first!.spread} · discuss · answered by ${first!.answeredBy} of 4`,
    );
    // The buttons work by keyboard too, and moving on hides the answers again.
    await tabTo(page, '.team-workshop__nav button:nth-child(3)');
    await page.keyboard.press('Enter');
    await expect(title).toHaveText(second!.title);
    await expect(dialog.locator('.team-workshop__count')).toHaveCount(0);
    await page.keyboard.press('End');
    await expect(dialog).toContainText(
      `Question ${oracle.toDiscuss.length} of ${oracle.toDiscuss.length}`,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test('bad input: each file named with its problem, nothing already loaded lost', async ({
    page,
  }) => {
    await openTeamPage(page);
    await expect(
      page.getByText('No respondents yet: load two or more files or links above.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Load the links' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No share link' })).toContainText(
      'No share link was found in the text',
    );

    await page.getByLabel('Assessment files (JSON, several at once)').setInputFiles([FILES[0]!]);
    await expect(
      page.getByText('One respondent so far: a team round needs two or more.'),
    ).toBeVisible();
    await expect(page.locator('.team-table')).toHaveCount(0);

    const otherQuestionnaire = {
      ...fileOf({ name: 'Zed', scope: [], answers: {} }),
      answers: { 'not-a-question-here': 3, 'nor-this-one': 2 },
    };
    await page.getByLabel('Assessment files (JSON, several at once)').setInputFiles([
      payload('notes.json', 'just some notes'),
      payload('wrong.json', { format: 'something-else' }),
      payload('ana-again.json', fileOf(ROUND[0]!)),
      payload('ana-later.json', {
        ...fileOf(ROUND[0]!),
        updatedAt: '2026-03-01T09:00:00Z',
        answers: {},
      }),
      payload('zed.json', otherQuestionnaire),
      FILES[1]!,
    ]);
    const notice = page.locator('.team-notice');
    await expect(notice).toContainText(
      '1 added; 5 not added (see below). The round has 2 respondents.',
    );
    await expect(notice.locator('li')).toHaveText([
      'Not added: notes.json. This file is not JSON, so it is not an assessment file.',
      'Not added: wrong.json. This is not an Administer to Operate assessment file.',
      'Not added: ana-again.json. It is the same file as Ana’s, already in the round.',
      /^Not added: ana-later\.json\. It is another copy of Ana’s assessment \(the same respondent, started 2026-02-01\)/,
      /^Not added: zed\.json\. None of its 2 answers is to a question of this site’s question bank/,
      'Added: ben-answers.json. Added as ben-answers.',
    ]);
    await expect(page.locator('.team-respondents__name')).toHaveText(['Ana', 'ben-answers']);
    await expect(page.locator('.team-table').first()).toBeVisible();

    // A file of another bank version: what this bank lacks is left out and listed.
    const old = {
      ...fileOf(ROUND[3]!),
      bank: { version: 'fedcba9876543210' },
      answers: { ...ROUND[3]!.answers, 'retired-question': 4 },
    };
    await page
      .getByLabel('Assessment files (JSON, several at once)')
      .setInputFiles([payload('dev-old.json', old)]);
    // An array, so the check waits for the new list rather than failing on the old one.
    await expect(notice.locator('li')).toHaveText([
      'Added: dev-old.json. Added as Dev. Made with another version of the question bank (fedcba9876543210); answers are matched to questions by id. 1 answer is to questions this bank lacks, left out: retired-question.',
    ]);
    await expect(page.locator('.team-respondents > li').nth(2)).toContainText(
      'Left out (not in this question bank): retired-question.',
    );

    // Removing one keeps the others, and the page keeps the keyboard on the list.
    await page.getByRole('button', { name: 'Remove Ana' }).click();
    await expect(page.locator('.team-respondents__name')).toHaveText(['ben-answers', 'Dev']);
    await expect(page.getByRole('heading', { name: 'Respondents (2)' })).toBeFocused();
    await page.reload();
    await expect(page.locator('.team-respondents__name')).toHaveText(['ben-answers', 'Dev']);
  });

  test('a round that cannot be written says so, and is kept once there is room', async ({
    page,
  }) => {
    await simulateFullStorage(page, { key: 'a2o:team-round' });
    await openTeamPage(page);
    await setStorageFull(page, true);
    await page
      .getByLabel('Assessment files (JSON, several at once)')
      .setInputFiles(FILES.slice(0, 2));
    await expect(page.locator('.team-notice')).toContainText(
      '2 added. The round has 2 respondents. The round is not saved in this browser, so it lasts only while this page is open.',
    );
    await expect(page.getByRole('alert')).toContainText(
      'The round is not saved: the browser’s storage is full',
    );
    await expect(page.getByText('The round is kept in this browser')).toHaveCount(0);
    await setStorageFull(page, false);
    await page.getByLabel(/Show respondents as/).check();
    await expect(page.getByRole('alert')).toHaveText('');
    await expect(page.getByText('The round is kept in this browser')).toBeVisible();
    await page.reload();
    await expect(page.locator('.team-respondents__name')).toHaveText([
      'Respondent 1',
      'Respondent 2',
    ]);
  });

  test('share links pasted several at once, and the name switch for a shared screen', async ({
    page,
  }) => {
    const link = (r: OracleRespondent) =>
      `http://127.0.0.1/assessment/#share=${deflateRawSync(JSON.stringify(fileOf(r))).toString('base64url')}`;
    await openTeamPage(page);
    await page
      .getByLabel('Share links (one per line)')
      .fill(
        [link(ROUND[0]!), link(ROUND[2]!), 'http://127.0.0.1/assessment/#share=AAAA'].join('\n'),
      );
    await page.getByRole('button', { name: 'Load the links' }).click();
    const notice = page.locator('.team-notice');
    await expect(notice).toContainText('2 added; 1 not added');
    await expect(notice.locator('li')).toHaveText([
      /^Added: Link 1\. Added as Ana\./,
      /^Added: Link 2\. Added as Chloe\./,
      'Not added: Link 3. This share link is damaged or incomplete. Ask for the link again.',
    ]);
    await page.getByLabel(/Show respondents as “Respondent 1, 2…”/).check();
    await expect(page.locator('.team-respondents__name')).toHaveText([
      'Respondent 1',
      'Respondent 2',
    ]);
    await expect(page.locator('.team-table thead').first()).toContainText('Respondent 2');
    await expect(page.locator('.team-table thead').first()).not.toContainText('Chloe');

    // The report follows the switch: CSV with BOM and CRLF, one row per question.
    const { text } = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Download the team report (CSV)' }).click(),
    );
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const rows = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
    const two = teamOracle([ROUND[0]!, ROUND[2]!]);
    expect(rows).toHaveLength(two.questions.length);
    for (const q of two.questions) {
      const row = rows.find((r) => r['Question id'] === q.id)!;
      expect([
        row['Respondent 1'],
        row['Respondent 2'],
        row.Median,
        row.Spread,
        row.Discuss,
      ]).toEqual([
        ...q.answers.map((a) =>
          a === undefined ? '' : a === 'na' ? 'N/A' : a === 'unknown' ? "Don't know" : String(a),
        ),
        q.median === undefined ? '' : String(q.median),
        q.spread === undefined ? '' : String(q.spread),
        q.discuss ? 'yes' : 'no',
      ]);
    }
    const { text: markdown } = await downloadOf(page, () =>
      page.getByRole('button', { name: 'Download the team report (Markdown)' }).click(),
    );
    expect(markdown).toContain('Team round of 2 respondents: Respondent 1, Respondent 2.');
  });
});

test.describe('accessibility of the team page with data (axe, WCAG 2.2 A and AA)', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  for (const [width, scheme] of [
    [360, 'dark'],
    [1280, 'light'],
  ] as const)
    test(`the round, its tables and the workshop view at ${width} px in ${scheme}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await openTeamPage(page);
      await page.getByLabel('Assessment files (JSON, several at once)').setInputFiles(FILES);
      await expect(page.locator('tr[data-question]')).toHaveCount(inScope.length);
      await page.locator('.team-targets summary').click();
      await page.locator(`#consensus-${nobodyRated.id}`).selectOption('3');
      await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

      await page.getByRole('button', { name: 'Open the workshop view' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Reveal the answers' }).click();
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
    });
});
