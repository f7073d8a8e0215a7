import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { answer, showAllQuestions, startAssessment } from './assessment-helpers.ts';
import { contentAreas, exactScore, levelOf, shown } from './scoring-oracle.ts';

/** An area's frontmatter as content/ holds it, read apart from the site's own loaders. */
function frontmatter(slug: string) {
  const text = readFileSync(`content/areas/${slug}.md`, 'utf8');
  return parse(text.split(/^---$/m)[1] ?? '') as {
    routines: { cadence: string; task: string }[];
    limits: { name: string; source: { url: string } }[];
  };
}

const slugs = contentAreas().map((a) => a.slug);

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent');
}

test('each area offers its routines as a checklist, a calendar of recurring events and a run book', async ({
  page,
  request,
}) => {
  let total = 0;
  for (const slug of slugs) {
    const { routines } = frontmatter(slug);
    total += routines.length;
    const events = eventsOf(await (await request.get(`/areas/${slug}/routines.ics`)).text());
    expect(events, slug).toHaveLength(routines.length);
    for (const event of events) {
      // Every routine repeats: a rule, a start and a length, and a link back to its guidance.
      expect(event.getFirstPropertyValue('rrule'), slug).toBeTruthy();
      expect(event.getFirstPropertyValue('dtstart'), slug).toBeTruthy();
      expect(String(event.getFirstPropertyValue('url'))).toContain(`/areas/${slug}/#99-`);
    }
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
    const runbook = await (await request.get(`/areas/${slug}/runbook.md`)).text();
    expect(runbook.match(/^- \[ \] /gm), slug).toHaveLength(routines.length);
  }
  expect(eventsOf(await (await request.get('/areas/routines.ics')).text())).toHaveLength(total);
  const estate = await (await request.get('/areas/runbook.md')).text();
  expect(estate.match(/^- \[ \] /gm)).toHaveLength(total);

  await page.goto('/areas/background-jobs/');
  const section = page.getByRole('region', { name: 'Routines: the recurring work' });
  await expect(section.locator('li')).toHaveCount(frontmatter('background-jobs').routines.length);
  const daily = frontmatter('background-jobs').routines.filter((r) => r.cadence === 'daily');
  await expect(
    section.getByRole('heading', { name: 'Every working day' }).locator('+ ul > li'),
  ).toHaveCount(daily.length);
  await expect(section.getByRole('link', { name: 'Add to calendar (.ics)' })).toHaveAttribute(
    'href',
    '/areas/background-jobs/routines.ics',
  );
});

test('numbers to know name their Microsoft source and the day they were checked', async ({
  page,
}) => {
  await page.goto('/areas/business-continuity/');
  const limits = frontmatter('business-continuity').limits;
  const items = page.getByRole('region', { name: 'Numbers to know' }).locator('li');
  await expect(items).toHaveCount(limits.length);
  for (const [i, limit] of limits.entries()) {
    const item = items.nth(i);
    await expect(item).toContainText(limit.name);
    await expect(item.getByRole('link')).toHaveAttribute('href', limit.source.url);
    await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  }
});

test('an area page lists the hands-on modules that practise it', async ({ page }) => {
  const modules = readdirModules().filter((m) => m.areas.includes('background-jobs'));
  expect(modules.length).toBeGreaterThan(0);
  await page.goto('/areas/background-jobs/');
  const section = page.getByRole('region', { name: 'Hands-on modules' });
  for (const m of modules)
    await expect(section.getByRole('link', { name: m.title })).toHaveAttribute(
      'href',
      `/training/${m.slug}/`,
    );
  await expect(section.locator('.modules a')).toHaveCount(modules.length);
});

function readdirModules() {
  return readdirSyncMd('content/training').map(({ slug, text }) => {
    const data = parse(text.split(/^---$/m)[1] ?? '') as { title: string; areas?: string[] };
    return { slug, title: data.title, areas: data.areas ?? [] };
  });
}

function readdirSyncMd(dir: string) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .map((name) => ({
      slug: name.replace(/\.md$/, ''),
      text: readFileSync(`${dir}/${name}`, 'utf8'),
    }));
}

test('a page past its review date says so, also when it fell due after the build', async ({
  page,
}) => {
  await page.goto('/areas/monitoring/');
  const notice = page.getByText('This area is past its review date');
  await expect(notice).toBeHidden();
  const due = await page.locator('[data-review-due]').getAttribute('data-review-due');
  // The same built page, opened the day after it fell due.
  const after = new Date(`${due}T12:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  await page.clock.setFixedTime(after);
  await page.reload();
  await expect(notice).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('"On this page" lists the sections only, sits after the lead and closes on a tap', async ({
    page,
  }) => {
    await page.goto('/areas/monitoring/');
    const toc = page.locator('details.toc--inline');
    // After the page's header, before the text.
    expect(
      await toc.evaluate((el) => {
        const header = document.querySelector('.page-header');
        return (
          !!header && !!(header.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      }),
    ).toBe(true);
    await toc.locator('summary').click();
    const entries = toc.getByRole('link');
    await expect(entries.filter({ hasText: /^99\.35\.\d{3}/ })).toHaveCount(0);
    await expect(entries.filter({ hasText: 'Business processes' })).toHaveCount(1);
    await entries.filter({ hasText: 'Numbers to know' }).click();
    await expect(toc).not.toHaveAttribute('open');
    await expect(page.getByRole('heading', { name: 'Numbers to know' })).toBeInViewport();
  });
});

async function answerArea(page: Page, answers: Record<string, number | 'unknown'>) {
  await showAllQuestions(page);
  for (const [id, level] of Object.entries(answers)) await answer(page, id, level);
}

test('"Your assessment" shows the area as this browser\'s assessment sees it', async ({ page }) => {
  const area = contentAreas().find((a) => a.slug === 'access-security')!;
  const [first, second, third] = area.questions;
  const answers = { [first!.id]: 1, [second!.id]: 4, [third!.id]: 'unknown' } as const;
  await page.goto('/areas/access-security/');
  // Without an assessment in this browser the box takes no room.
  await expect(page.getByRole('region', { name: 'Your assessment' })).toBeHidden();

  await startAssessment(page, '?areas=access-security', 'Area box');
  await answerArea(page, answers);
  await page.goto('/areas/access-security/');
  const box = page.getByRole('region', { name: 'Your assessment' });
  const exact = exactScore(area.questions, answers)!;
  await expect(box).toContainText('From “Area box”');
  await expect(box.locator('.your-assessment__score')).toContainText(
    `${shown(exact)} · Level ${levelOf(exact)}`,
  );
  await expect(box).toContainText('provisional');
  await expect(box).toContainText(`3 of ${area.questions.length} questions answered`);
  // Below the default target of 3: the level-1 answer is an open recommendation, linked to its
  // guidance on this page; the level-4 one is not.
  const open = box.getByRole('listitem');
  await expect(open).toHaveCount(1);
  const link = open.getByRole('link');
  await expect(link).toHaveAttribute('href', /^#/);
  await link.click();
  await expect(page).toHaveURL(/\/areas\/access-security\/#/);

  await page.goto('/areas/licensing/');
  await expect(page.getByRole('region', { name: 'Your assessment' })).toContainText(
    'None of the assessments in this browser answers this area yet',
  );
});
