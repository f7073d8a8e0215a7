import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as {
  id: string;
  term: string;
  related?: string[];
}[];
const updates = parse(readFileSync('content/updates.yaml', 'utf8')) as {
  id: string;
  title: string;
  pages: string[];
}[];
const maturity = parse(readFileSync('content/maturity.yaml', 'utf8')) as {
  higherTargets: { when: string; areas: string[] }[];
};

test('the glossary defines every term, and its comparisons lead to entries on the page', async ({
  page,
}) => {
  await page.goto('/glossary/');
  for (const term of glossary) {
    const heading = page.locator(`h3[id="${term.id}"]`);
    await expect(heading, term.id).toContainText(term.term);
    for (const other of term.related ?? [])
      await expect(page.locator(`h3[id="${other}"]`), `${term.id} → ${other}`).toHaveCount(1);
  }
  await expect(page.locator('article.term')).toHaveCount(glossary.length);
});

test('an area page links the first use of glossary terms, once each, to existing entries', async ({
  page,
}) => {
  await page.goto('/areas/background-jobs/');
  const hrefs = await page
    .locator('main a.term-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  const ids = new Set(glossary.map((t) => t.id));
  for (const href of hrefs) expect(ids.has(href.replace('/glossary/#', '')), href).toBe(true);
  // Headings and existing links are never turned into glossary links.
  await expect(page.locator('main :is(h1, h2, h3) a.term-link')).toHaveCount(0);
  await expect(page.locator('main a a')).toHaveCount(0);
});

test('the glossary is found by search', async ({ page }) => {
  await page.goto('/search/?q=virtual%20table&type=Glossary');
  await expect(page.getByRole('status')).toContainText(/results? for “virtual table”/);
  await expect(page.locator('.search-result__type').first()).toHaveText('Glossary');
});

test('what changed lists every update, and its feed is valid RSS with one item each', async ({
  page,
  request,
}) => {
  await page.goto('/updates/');
  for (const update of updates)
    await expect(page.locator(`h3[id="${update.id}"]`), update.id).toContainText(update.title);
  const response = await request.get('/updates.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const feed = await page.evaluate(
    (text) => {
      const xml = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent ?? null,
        version: xml.documentElement.getAttribute('version'),
        items: [...xml.querySelectorAll('channel > item')].map((item) => ({
          title: item.querySelector('title')?.textContent,
          link: item.querySelector('link')?.textContent,
          guid: item.querySelector('guid')?.textContent,
          date: item.querySelector('pubDate')?.textContent,
        })),
      };
    },
    await response.text(),
  );
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  expect(feed.items).toHaveLength(updates.length);
  for (const item of feed.items) {
    expect(item.link).toMatch(/^https?:\/\//);
    expect(new Date(item.date!).toString()).not.toBe('Invalid Date');
  }
  expect(new Set(feed.items.map((i) => i.guid)).size).toBe(updates.length);
  // Every page is announced in the head, so feed readers find it from any page.
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/updates.xml',
  );
});

test('the guidance explains the default target and when to aim higher', async ({ page }) => {
  await page.goto('/areas/#targets');
  const section = page.getByRole('region', { name: 'Choosing a target' });
  await expect(section).toContainText('level 3');
  for (const higher of maturity.higherTargets) {
    const item = section.locator('li', { hasText: higher.when });
    await expect(item).toHaveCount(1);
    for (const slug of higher.areas)
      await expect(item.locator(`a[href="/areas/${slug}/"]`)).toHaveCount(1);
  }
});
