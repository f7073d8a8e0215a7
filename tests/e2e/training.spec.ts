import { mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import jsQR from 'jsqr';
import { lmsPort } from './ports.ts';
import { simulateFullStorage } from './storage-helpers.ts';
import {
  answerByKeyboard,
  answerInFrame,
  checkOf,
  choicesWith,
  serveFolder,
} from './training-helpers.ts';

const MODULE = 'recovery-drill';
const ROLE = 'continuity-planning';
const check = checkOf(MODULE);
const live = (page: Page) => page.locator('[data-check-result]');

test.describe('knowledge check', () => {
  test('is passed by keyboard, with the result in the live region and each explanation', async ({
    page,
  }) => {
    await page.goto(`/training/${MODULE}/`);
    await expect(
      page.getByText(/5 questions, one right answer each. You pass with 4 of 5/),
    ).toBeVisible();
    await expect(page.locator('fieldset.check__question')).toHaveCount(check.length);
    await page.locator(`#${MODULE}-q1a`).focus();
    await answerByKeyboard(
      page,
      check.map((q) => q.right),
    );
    await expect(live(page)).toHaveText('5 of 5 right: passed. Every answer is right.');
    await expect(live(page)).toHaveAttribute('role', 'status');
    const explanations = page.locator('.check__why:visible');
    await expect(explanations).toHaveCount(check.length);
    for (const text of await explanations.allTextContents()) expect(text).toMatch(/^Right\. /);
    // The chosen radio is described by its explanation.
    const first = page.locator(`#${MODULE}-q1${'abcde'[check[0]!.right]}`);
    await expect(first).toHaveAccessibleDescription(/^Right\. /);
    // Once tried, every answer and explanation is open to read.
    await expect(page.getByText('All answers and explanations')).toBeVisible();
  });

  test('is failed by keyboard with the pass mark said, and a changed answer loses its verdict', async ({
    page,
  }) => {
    await page.goto(`/training/${MODULE}/`);
    await page.locator(`#${MODULE}-q1a`).focus();
    await answerByKeyboard(page, choicesWith(check, 2));
    await expect(live(page)).toHaveText(
      '3 of 5 right: not passed. You need 4 of 5 right (80 %). Read the explanations and try again.',
    );
    const q1 = page.locator('fieldset.check__question').first();
    await expect(q1.locator('.check__why:visible')).toHaveText(/^Not right\. /);
    await expect(q1.locator('[data-verdict="wrong"]')).toHaveCount(1);
    await q1.locator(`#${MODULE}-q1${'abcde'[check[0]!.right]}`).check();
    await expect(q1.locator('.check__why:visible')).toHaveCount(0);
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(live(page)).toHaveText(
      '4 of 5 right: passed. Read the explanations of the ones you missed.',
    );
  });

  test('names the questions left open and grades nothing', async ({ page }) => {
    await page.goto(`/training/${MODULE}/`);
    await page.locator(`#${MODULE}-q2a`).check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(live(page)).toHaveText(
      'Answer questions 1, 3, 4 and 5 first: every question needs an answer.',
    );
    await expect(page.locator(`#${MODULE}-q1a`)).toBeFocused();
    await expect(page.locator('.check__why:visible')).toHaveCount(0);
  });

  test('without JavaScript, shows the answers and explanations in a disclosure', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/training/${MODULE}/`);
    await expect(page.getByRole('button', { name: 'Check my answers' })).toBeHidden();
    const answers = page.locator('details.check__answers');
    await answers.locator('summary').click();
    await expect(answers.getByText(/^Right:/)).toHaveCount(check.length);
    await expect(answers.locator('.check__answer-why')).toHaveCount(
      check.reduce((n, q) => n + q.options, 0),
    );
    await context.close();
  });
});

test.describe('progress on this device', () => {
  test('is kept across reloads, per learner, and cleared by "clear my progress"', async ({
    page,
  }) => {
    await page.goto(`/training/${MODULE}/`);
    const panel = page.getByRole('region', { name: 'Your training progress' });
    await expect(panel).toContainText('Progress on this device for a new learner.');
    await page.getByRole('checkbox', { name: /Pick the scenario/ }).check();
    await page.getByRole('checkbox', { name: /Run the tabletop/ }).check();
    await expect(panel).toContainText('2 of 6 steps ticked; the check is still to do.');
    await panel.getByText('Name or switch learner').click();
    await panel.getByLabel('Your name (optional)').fill('Anna');
    await panel.getByRole('button', { name: 'Save name' }).click();
    await answerInFrame(page, MODULE, choicesWith(check, 0));
    await expect(live(page)).toContainText('passed');

    await page.reload();
    await expect(panel).toContainText('Progress on this device for Anna.');
    await expect(panel).toContainText('This module is done: its check is passed.');
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Run the tabletop/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Restore against/ })).not.toBeChecked();
    await expect(page.locator('[data-check-last]')).toContainText('5 of 5 right: passed');

    // The role's onboarding path counts the module.
    await page.goto(`/roles/${ROLE}/`);
    const path = readFileSync(`content/roles/${ROLE}.md`, 'utf8')
      .match(/^path:\n((?: {2}- .+\n)+)/m)![1]!
      .match(/- /g)!.length;
    await expect(page.locator('[data-path-progress]')).toHaveText(
      `1 of ${path} modules done on this device.`,
    );
    await expect(page.locator(`[data-module-status="${MODULE}"]`)).toHaveText('Done');

    // A second learner at the same PC starts with nothing; switching back finds Anna's ticks.
    await page.goto(`/training/${MODULE}/`);
    await panel.getByText('Name or switch learner').click();
    await panel.getByRole('button', { name: 'New learner' }).click();
    await expect(panel).toContainText('Progress on this device for Learner 2.');
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).not.toBeChecked();
    await panel.getByLabel('Learners on this device').selectOption({ label: 'Anna' });
    await panel.getByRole('button', { name: 'Switch learner' }).click();
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).toBeChecked();

    await panel.getByRole('button', { name: 'Clear my progress' }).click();
    await expect(panel).toContainText('Remove the progress of Anna from this device?');
    await panel.getByRole('button', { name: 'Yes, clear it' }).click();
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).not.toBeChecked();
    await page.reload();
    await expect(panel).toContainText('Progress on this device for a new learner.');
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).not.toBeChecked();
    await expect(page.locator('[data-check-last]')).toBeHidden();
    // Anna and her results are gone; Learner 2 stays, and nobody is active until someone starts.
    const stored = JSON.parse(
      (await page.evaluate(() => localStorage.getItem('a2o:training')))!,
    ) as { active?: string; learners: Record<string, { name?: string; modules: object }> };
    expect(stored.active).toBeUndefined();
    expect(Object.values(stored.learners)).toEqual([
      { createdAt: expect.any(String), modules: {} },
    ]);
  });

  test('backs up progress it cannot read and says so', async ({ page }) => {
    await page.goto(`/training/${MODULE}/`);
    await page.evaluate(() => localStorage.setItem('a2o:training', '{"version":1,"learn'));
    await page.reload();
    const status = page.locator('[data-learner-status]');
    await expect(status).toContainText(
      'Saved progress in this browser could not be read (it is not JSON), so it starts again.',
    );
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('a2o:training:backup:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual(['{"version":1,"learn']);
    await page.getByRole('checkbox', { name: /Pick the scenario/ }).check();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).toBeChecked();
    await expect(status).toBeEmpty();
  });

  test('says when the storage is full instead of pretending', async ({ page }) => {
    await simulateFullStorage(page, { key: 'a2o:training', full: true });
    await page.goto(`/training/${MODULE}/`);
    await page.getByRole('checkbox', { name: /Pick the scenario/ }).check();
    await expect(page.locator('[data-learner-status]')).toContainText(
      'Your latest progress could not be saved',
    );
    await expect(page.getByRole('checkbox', { name: /Pick the scenario/ })).toBeChecked();
  });
});

test.describe('embed mode', () => {
  test('a module in a real iframe of another origin hides the chrome and posts the completion', async ({
    page,
    baseURL,
  }) => {
    const root = mkdtempSync(join(tmpdir(), 'a2o-parent-'));
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><title>LMS</title><h1>Course page</h1>
<iframe id="module" title="Module" width="900" height="700" src="${baseURL}/training/${MODULE}/?embed=1"></iframe>
<script>window.received = []; addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));</script>`,
    );
    // An origin the build allows to frame the site (EMBED_ORIGINS), as an LMS would be.
    const { origin, server } = await serveFolder(root, lmsPort);
    try {
      expect(origin).not.toBe(baseURL);
      await page.goto(`${origin}/`);
      const frame = page.frameLocator('#module');
      await expect(frame.locator('html')).toHaveAttribute('data-embed', '');
      await expect(frame.locator('.site-header')).toBeHidden();
      await expect(frame.locator('.site-footer')).toBeHidden();
      await expect(frame.getByRole('navigation', { name: 'Main' })).toBeHidden();
      const full = frame.getByRole('link', { name: /Open the full site/ });
      await expect(full).toBeVisible();
      await expect(full).toHaveAttribute('href', `${baseURL}/training/${MODULE}/`);
      await expect(full).toHaveAttribute('target', '_blank');

      // A failed check sends nothing; a passed one sends the message once.
      await answerInFrame(frame, MODULE, choicesWith(check, 3));
      await expect(frame.locator('[data-check-result]')).toContainText('not passed');
      await answerInFrame(frame, MODULE, choicesWith(check, 1));
      await expect(frame.locator('[data-check-result]')).toContainText('4 of 5 right: passed');
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
        .toEqual([{ origin: baseURL, data: { type: 'a2o:completed', module: MODULE, score: 80 } }]);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('area, module and assessment pages hide the chrome on their own too; other pages ignore ?embed=1', async ({
    page,
  }) => {
    await page.goto(`/training/${MODULE}/?embed=1`);
    await expect(page.locator('.site-header')).toBeHidden();
    await page.goto('/roles/?embed=1');
    await expect(page.locator('html')).not.toHaveAttribute('data-embed');
    await expect(page.locator('.site-header')).toBeVisible();
    await page.goto('/areas/licensing/?embed=1');
    await expect(page.locator('.site-header')).toBeHidden();
    await page.goto('/assessment/?areas=licensing&embed=1');
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('link', { name: /Open the full site/ })).toHaveAttribute(
      'href',
      /\/assessment\/\?areas=licensing$/,
    );
  });
});

test.describe('SCORM 1.2 package', () => {
  test('launched under scorm-again, it records failed then passed with the score, and finishes', async ({
    page,
  }) => {
    const root = mkdtempSync(join(tmpdir(), 'a2o-lms-'));
    const files = unzipSync(readFileSync(`dist/training/${MODULE}.scorm.zip`));
    expect(Object.keys(files).sort()).toEqual([
      'imsmanifest.xml',
      'index.html',
      'launch.css',
      'launch.js',
    ]);
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, 'package', name)), { recursive: true });
      writeFileSync(join(root, 'package', name), bytes);
    }
    copyFileSync('node_modules/scorm-again/dist/scorm12.min.js', join(root, 'scorm12.min.js'));
    writeFileSync(
      join(root, 'index.html'),
      `<!doctype html><title>Test LMS</title>
<script src="scorm12.min.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5 });
  window.calls = [];
  for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish'])
    window.API.on(name, () => calls.push(name));
  window.sets = [];
  window.API.on('LMSSetValue.cmi.*', (element, value) => sets.push([element, value]));
</script>
<iframe id="sco" title="Module" width="900" height="700" src="package/index.html"></iframe>`,
    );
    const { origin, server } = await serveFolder(root);
    const recorded = () =>
      page.evaluate(() => {
        type Core = { lesson_status: string; score: { raw: string; min: string; max: string } };
        const { core } = (window as unknown as { API: { cmi: { core: Core } } }).API.cmi;
        return {
          status: core.lesson_status,
          raw: core.score.raw,
          min: core.score.min,
          max: core.score.max,
        };
      });
    try {
      await page.goto(`${origin}/`);
      const sco = page.frameLocator('#sco');
      await expect(sco.locator('[data-scorm-status]')).toHaveText(
        'Connected to your learning platform: your check result is recorded there.',
      );
      expect((await recorded()).status).toBe('incomplete');

      await answerInFrame(sco, MODULE, choicesWith(check, 3));
      await expect(sco.locator('[data-check-result]')).toContainText('2 of 5 right: not passed');
      await expect(sco.locator('[data-scorm-status]')).toHaveText(
        'Recorded in your learning platform: failed, score 40 of 100.',
      );
      expect(await recorded()).toEqual({ status: 'failed', raw: '40', min: '0', max: '100' });

      await answerInFrame(sco, MODULE, choicesWith(check, 0));
      await expect(sco.locator('[data-scorm-status]')).toHaveText(
        'Recorded in your learning platform: passed, score 100 of 100.',
      );
      expect(await recorded()).toEqual({ status: 'passed', raw: '100', min: '0', max: '100' });

      // Leaving the package (the LMS closes its frame) finishes the session.
      await page.evaluate(() => document.getElementById('sco')!.remove());
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { calls: string[] }).calls))
        .toEqual(['LMSInitialize', 'LMSCommit', 'LMSCommit', 'LMSCommit', 'LMSFinish']);
      const time = await page.evaluate(
        () =>
          (window as unknown as { sets: [string, string][] }).sets.find(
            ([element]) => element === 'cmi.core.session_time',
          )?.[1],
      );
      expect(time).toMatch(/^\d{4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('its manifest is well-formed XML naming one SCO and every file, and its page has no inline script', async ({
    page,
  }) => {
    const files = unzipSync(readFileSync(`dist/training/${MODULE}.scorm.zip`));
    const xml = new TextDecoder().decode(files['imsmanifest.xml']);
    const html = new TextDecoder().decode(files['index.html']);
    await page.goto('/');
    const manifest = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        version: doc.querySelector('schemaversion')?.textContent,
        scos: [...doc.querySelectorAll('resource')].map((r) =>
          r.getAttributeNS(adlcp, 'scormtype'),
        ),
        files: [...doc.querySelectorAll('resource file')].map((f) => f.getAttribute('href')),
      };
    }, xml);
    expect(manifest).toEqual({
      error: null,
      version: '1.2',
      scos: ['sco'],
      files: ['index.html', 'launch.js', 'launch.css'],
    });
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/ style=|<style/);
    expect(html).toContain(`content="default-src 'self'; script-src 'self'`);
  });

  test('the module page offers the download', async ({ page, request }) => {
    await page.goto(`/training/${MODULE}/`);
    const link = page.getByRole('link', { name: 'SCORM 1.2 package' });
    await expect(link).toHaveAttribute('href', `/training/${MODULE}.scorm.zip`);
    const response = await request.get(`/training/${MODULE}.scorm.zip`);
    expect(response.ok()).toBe(true);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
  });
});

/** Reads a QR code rendered as SVG in the page: painted on a canvas there, decoded here. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const { data, size } = await page.locator(selector).evaluate(async (el) => {
    // An inline code (the link builder) or a file (handouts): drawn the same way.
    const file = el.querySelector('img')?.src;
    const svg = el.querySelector('svg')?.outerHTML;
    const image = new Image();
    image.src = file ?? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg!)}`;
    await image.decode();
    const size = 400;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, size, size);
    return { data: Array.from(context.getImageData(0, 0, size, size).data), size };
  });
  return jsQR(Uint8ClampedArray.from(data), size, size)?.data;
}

test.describe('link builder', () => {
  test('says what is missing before anything is chosen', async ({ page }) => {
    await page.goto('/training/links/');
    await expect(page.locator('[data-out="assessment"] [data-reason]')).toHaveText(
      /^Choose a role, one or more areas, or both/,
    );
    await expect(page.locator('[data-out="module"] [data-reason]')).toHaveText(
      'Choose a module to get its link.',
    );
    await expect(page.locator('[data-out="embed"] [data-reason]')).toHaveText(
      'Choose a module to embed.',
    );
    await expect(page.locator('[data-result]:visible')).toHaveCount(0);
  });

  test('builds links that open the right pages, with QR codes that decode to the same links', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/training/links/');
    await page.locator('#lb-role').selectOption(ROLE);
    await page.getByLabel(/Business continuity/).check();
    await page.getByLabel(/Monitor/).check();
    await page.locator('#lb-module').selectOption(MODULE);
    const text = (key: string) => page.locator(`[data-out="${key}"] textarea`);
    const site = 'http://localhost:4321';
    await expect(text('assessment')).toHaveValue(
      `${site}/assessment/?areas=business-continuity,monitoring&role=${ROLE}`,
    );
    await expect(text('module')).toHaveValue(`${site}/training/${MODULE}/`);
    await expect(text('rolePath')).toHaveValue(`${site}/roles/${ROLE}/#onboarding-path`);
    await expect(text('embed')).toHaveValue(
      `<iframe src="${site}/training/${MODULE}/?embed=1" title="Plan and run a recovery drill" width="100%" height="800" loading="lazy"></iframe>`,
    );

    for (const key of ['assessment', 'module', 'rolePath']) {
      const value = await text(key).inputValue();
      expect(await decodeQr(page, `[data-out="${key}"] [data-qr]`)).toBe(value);
    }

    await page.locator('[data-out="module"]').getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('[data-out="module"] [data-copied]')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${site}/training/${MODULE}/`,
    );

    // Opened (on this test server, the same paths): each leads where it says.
    const local = (url: string) => url.replace(site, baseURL!);
    const [rolePath, module, assessment] = await Promise.all(
      ['rolePath', 'module', 'assessment'].map((key) => text(key).inputValue()),
    );
    // Back from a page, the browser restores the choices: the links follow them.
    await page.goto(local(module!));
    await page.goBack();
    await expect(page.locator('#lb-module')).toHaveValue(MODULE);
    await expect(text('module')).toHaveValue(`${site}/training/${MODULE}/`);
    await page.goto(local(rolePath!));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/continuity/i);
    await expect(page.locator('#onboarding-path')).toBeVisible();
    await page.goto(local(module!));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Plan and run a recovery drill',
    );
    await page.goto(local(assessment!));
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('main')).toContainText(/Business continuity/);
    await expect(page.getByRole('main')).toContainText(/Monitor/);
  });

  test('a role with no questions in the chosen area gets a reason, not a link', async ({
    page,
  }) => {
    await page.goto('/training/links/');
    await page.locator('#lb-role').selectOption('change-management');
    const bank = JSON.parse(readFileSync('dist/assessment/bank.json', 'utf8')) as {
      areas: { slug: string; shortTitle: string; questions: { roles: string[] }[] }[];
    };
    const empty = bank.areas.find(
      (a) => !a.questions.some((q) => q.roles.includes('change-management')),
    )!;
    await page.locator(`#lb-area-${empty.slug}`).check();
    await expect(page.locator('[data-out="assessment"] [data-reason]')).toContainText(
      'Change management has no questions in',
    );
    await expect(page.locator('[data-out="assessment"] [data-result]')).toBeHidden();
    await page.getByLabel('The assessment of one area').check();
    await expect(page.locator('[data-out="embed"] [data-reason]')).toContainText(
      'has no questions in',
    );
  });

  test('where the clipboard is refused, the text is selected to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('no', 'NotAllowedError'));
    });
    await page.goto('/training/links/');
    await page.locator('#lb-module').selectOption(MODULE);
    await page.locator('[data-out="module"]').getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('[data-out="module"] [data-copied]')).toHaveText(
      'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
    );
    const selected = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe('http://localhost:4321/training/recovery-drill/');
  });
});

test.describe('handouts', () => {
  test('a module and an area print with a QR code back to the live page and the review date', async ({
    page,
  }) => {
    for (const path of [`/training/${MODULE}/`, '/areas/licensing/']) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(path);
      const handout = page.getByRole('complementary', { name: 'Handout' });
      await expect(handout).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(handout).toBeVisible();
      await expect(handout).toContainText(`http://localhost:4321${path}`);
      await expect(handout).toContainText(/Content last reviewed \d{4}-\d{2}-\d{2}/);
      await expect(page.locator('.learner')).toBeHidden();
      expect(await decodeQr(page, '.handout')).toBe(`http://localhost:4321${path}`);
    }
  });

  test('the printable questionnaire exists per area and per role, linked and without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const bank = JSON.parse(readFileSync('dist/assessment/bank.json', 'utf8')) as {
      areas: { slug: string; questions: { id: string; roles: string[] }[] }[];
    };
    await page.goto('/areas/licensing/');
    await page.getByRole('link', { name: 'printable questionnaire of this area' }).click();
    await expect(page).toHaveURL(/\/assessment\/print\/licensing\/$/);
    const licensing = bank.areas.find((a) => a.slug === 'licensing')!;
    await expect(page.locator('.print-question')).toHaveCount(licensing.questions.length);

    await page.goto(`/roles/${ROLE}/`);
    await page.getByRole('link', { name: "Print this role's questionnaire" }).click();
    await expect(page).toHaveURL(new RegExp(`/assessment/print/role/${ROLE}/$`));
    const ids = bank.areas.flatMap((a) =>
      a.questions.filter((q) => q.roles.includes(ROLE)).map((q) => `q-${q.id}`),
    );
    expect(
      await page.locator('.print-question').evaluateAll((els) => els.map((e) => e.id)),
    ).toEqual(ids);
    await context.close();
  });
});

test.describe('accessibility of the trainers’ kit (axe, WCAG 2.2 A and AA)', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violations = async (page: Page) =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );

  for (const [width, scheme] of [
    [1280, 'light'],
    [360, 'dark'],
  ] as const)
    test(`a module with its check answered, the link builder with links, and an embedded page, at ${width} px in ${scheme}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/training/${MODULE}/`);
      await page.getByRole('checkbox', { name: /Pick the scenario/ }).check();
      expect(await violations(page)).toEqual([]);
      await answerInFrame(page, MODULE, choicesWith(check, 2));
      await expect(live(page)).toContainText('not passed');
      await page.getByText('All answers and explanations').click();
      await page.getByText('Name or switch learner').click();
      await page.getByRole('button', { name: 'Clear my progress' }).click();
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

      await page.goto('/training/links/');
      await page.locator('#lb-role').selectOption(ROLE);
      await page.getByLabel(/Business continuity/).check();
      await page.locator('#lb-module').selectOption(MODULE);
      await expect(page.locator('[data-out="module"] svg')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);

      await page.goto(`/training/${MODULE}/?embed=1`);
      await answerInFrame(page, MODULE, choicesWith(check, 0));
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      await page.goto('/assessment/?areas=licensing&embed=1');
      await page.getByRole('button', { name: 'Start' }).click();
      await expect(page.locator('fieldset.question').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
});
