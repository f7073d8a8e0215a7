import { chromium } from '@playwright/test';
const [, , url, width, selector, out, setup] = process.argv;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4400/assessment/');
await page.getByRole('button', { name: 'Start' }).click();
await page.locator('fieldset.question').first().waitFor();
if (setup === 'answers') {
  const one = page.getByLabel('One question at a time');
  if (await one.isChecked()) await one.uncheck();
  const groups = page.locator('fieldset.question');
  for (let i = 0; i < 5; i++)
    await groups.nth(i).locator('input[type=radio]').nth([1, 2, 5, 6, 3][i]).check();
}
await page.goto('http://127.0.0.1:4400' + url);
await page.waitForTimeout(800);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
