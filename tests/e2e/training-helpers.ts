import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { parse } from 'yaml';

/** A module's knowledge check as the content has it: the oracle the browser tests grade against. */
export function checkOf(module: string): { right: number; options: number }[] {
  const text = readFileSync(`content/training/${module}.md`, 'utf8');
  const data = parse(text.split(/^---$/m)[1]!) as {
    check: { options: { correct?: true }[] }[];
  };
  return data.check.map((q) => ({
    right: q.options.findIndex((o) => o.correct),
    options: q.options.length,
  }));
}

/**
 * Answers a check by keyboard only: into each question's radio group with Tab, to the chosen
 * option with the arrow keys (Space on the first, which arrows would skip), then Enter on the
 * submit button. The first radio of question 1 must have focus.
 */
export async function answerByKeyboard(page: Page, choices: readonly number[]) {
  for (const [i, choice] of choices.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    if (choice === 0) await page.keyboard.press('Space');
    for (let step = 0; step < choice; step++) await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
}

/** Picks the answers with the mouse (for tests about what happens after grading). */
export async function answerInFrame(
  scope: FrameLocator | Frame | Page,
  module: string,
  choices: readonly number[],
) {
  for (const [i, choice] of choices.entries())
    await scope.locator(`#${module}-q${i + 1}${'abcde'[choice]}`).check();
  await scope.getByRole('button', { name: 'Check my answers' }).click();
}

/** Choices with `wrong` questions (from the first) answered wrong, the rest right. */
export function choicesWith(check: ReturnType<typeof checkOf>, wrong: number): number[] {
  return check.map((q, i) => (i < wrong ? (q.right + 1) % q.options : q.right));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * A static server for one folder on a loopback port (a free one unless given): another origin
 * than the site's, as an LMS or a Teams tab would be.
 */
export async function serveFolder(
  root: string,
  port = 0,
): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const requested = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    const path = requested.endsWith('/') ? `${requested}index.html` : requested;
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { origin: `http://127.0.0.1:${address.port}`, server };
}
