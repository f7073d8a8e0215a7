import { expect, test, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function printedPageCount(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4' });
  return (await getDocument({ data: new Uint8Array(pdf) }).promise).numPages;
}

for (const path of ['/assessment/print/', '/assessment/print/licensing/']) {
  test(`${path} prints on about as many A4 pages as it says, about two questions to a page`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    const estimate = Number(
      await page.locator('[data-print-pages]').getAttribute('data-print-pages'),
    );
    const questions = await page.locator('.print-question').count();
    const pages = await printedPageCount(page);
    test.info().annotations.push({
      type: 'printed pages',
      description: `${path}: ${pages} for ${questions} questions`,
    });
    expect(Math.abs(pages - estimate)).toBeLessThanOrEqual(
      Math.max(1, Math.round(estimate * 0.15)),
    );
    expect(questions / (pages - 1)).toBeGreaterThanOrEqual(1.8);
  });
}

test('on paper each option shows its box, level and text side by side, with what a team can show', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('/assessment/print/licensing/');
  await expect(
    page.getByRole('heading', { level: 2, name: /^99\.15 Manage licensing/ }),
  ).toBeVisible();
  const options = page.locator('.print-question__options li:not(.print-question__other)');
  const count = await options.count();
  expect(count).toBe((await page.locator('.print-question').count()) * 5);
  await expect(page.locator('.print-option__evidence')).toHaveCount(count);
  const overlaps = await options.evaluateAll((items) =>
    items.flatMap((li, i) => {
      const [box, level, text] = [...li.children].map((c) => c.getBoundingClientRect());
      const bad = [];
      if (!box || !level || !text) return [`option ${i}: missing part`];
      if (box.right > level.left + 0.5) bad.push(`option ${i}: box over level`);
      if (level.right > text.left + 0.5) bad.push(`option ${i}: level over text`);
      // The box sits on the first line of its text, not above it.
      if (Math.abs(box.top - text.top) > 6) bad.push(`option ${i}: box not on the first line`);
      return bad;
    }),
  );
  expect(overlaps).toEqual([]);
});
