import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  appPages,
  checkBudgets,
  classOf,
  fullPrintPage,
  guidancePages,
  printPages,
} from '../../../src/lib/site-checks/page-classes.ts';
import { weighPage, type PageWeight } from '../../../src/lib/site-checks/weights.ts';

const kB = 1024;
const page = (url: string, weight: Partial<PageWeight> = {}): PageWeight => ({
  url,
  html: 1 * kB,
  js: 1 * kB,
  css: 0,
  usesReact: false,
  ...weight,
});

describe('page classes', () => {
  it.each([
    ['/', guidancePages],
    ['/areas/', guidancePages],
    ['/areas/licensing/', guidancePages],
    ['/roles/it-support/', guidancePages],
    ['/training/recovery-drill/', guidancePages],
    ['/about/', guidancePages],
    ['/glossary/', guidancePages],
    ['/updates/', guidancePages],
    ['/search/', guidancePages],
    ['/404.html', guidancePages],
    ['/assessment/', appPages],
    ['/assessment/results/', appPages],
    ['/assessment/compare/', appPages],
    ['/assessment/team/', appPages],
    ['/training/links/', appPages],
    ['/assessment/print/', fullPrintPage],
    ['/assessment/print/licensing/', printPages],
    // A role can be named on most of the bank's questions: its page weighs like the whole one.
    ['/assessment/print/role/administrators/', fullPrintPage],
  ])('puts %s in its class', (url, expected) => {
    expect(classOf(url)?.name).toBe(expected.name);
  });

  it.each(['/areas/licensing/extra/', '/assessment/other/', '/roles/x/y/', '/areas/x.html'])(
    'fails %s, which belongs to no class',
    (url) => {
      expect(checkBudgets([page(url)])).toEqual([
        `${url}: belongs to no page class, so nothing limits its weight: add it to a class in src/lib/site-checks/page-classes.ts`,
      ]);
    },
  );

  it('holds guidance pages to no React, 10 kB of JS and 25 kB of HTML', () => {
    const url = '/roles/x/';
    expect(checkBudgets([page(url, { html: 25 * kB, js: 10 * kB })])).toEqual([]);
    expect(checkBudgets([page(url, { html: 25 * kB + 1 })])).toEqual([
      `${url}: HTML is ${25 * kB + 1} bytes gzipped, over the ${25 * kB} of a guidance page`,
    ]);
    expect(checkBudgets([page(url, { js: 10 * kB + 1 })])).toEqual([
      `${url}: JavaScript is ${10 * kB + 1} bytes gzipped, over the ${10 * kB} of a guidance page`,
    ]);
    expect(checkBudgets([page(url, { usesReact: true })])).toEqual([
      `${url}: loads React, which a guidance page must not`,
    ]);
  });

  it('holds app pages to 100 kB of JS, React allowed, and 50 kB of HTML', () => {
    const url = '/assessment/compare/';
    expect(checkBudgets([page(url, { js: 100 * kB, usesReact: true })])).toEqual([]);
    expect(checkBudgets([page(url, { js: 100 * kB + 1, usesReact: true })])).toEqual([
      `${url}: JavaScript is ${100 * kB + 1} bytes gzipped, over the ${100 * kB} of a app page`,
    ]);
    expect(checkBudgets([page(url, { html: 50 * kB + 1 })])).toHaveLength(1);
  });

  it('holds print pages to the guidance limits, and the full questionnaire to 150 kB of HTML', () => {
    expect(checkBudgets([page('/assessment/print/x/', { html: 25 * kB + 1 })])).toHaveLength(1);
    expect(checkBudgets([page('/assessment/print/x/', { usesReact: true })])).toHaveLength(1);
    expect(checkBudgets([page('/assessment/print/', { html: 150 * kB })])).toEqual([]);
    expect(checkBudgets([page('/assessment/print/', { html: 150 * kB + 1 })])).toHaveLength(1);
    expect(checkBudgets([page('/assessment/print/', { js: 10 * kB + 1 })])).toHaveLength(1);
  });
});

describe('weighing a built page', () => {
  let dist: string | undefined;
  afterEach(() => dist && rmSync(dist, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    const file = join(dist!, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };

  it('fails a role page that loads a React island with 133 kB of JS', () => {
    dist = mkdtempSync(join(tmpdir(), 'a2o-dist-'));
    // Random bytes do not compress: 100 kB of them, base64-encoded, stay about 133 kB gzipped.
    const noise = randomBytes(100 * kB).toString('base64');
    write(
      '_astro/react.js',
      `const e=Symbol.for("react.element");const n=${JSON.stringify(noise)};`,
    );
    write(
      'roles/x/index.html',
      '<html><body><astro-island component-url="/_astro/react.js" renderer-url="/_astro/react.js"></astro-island></body></html>',
    );
    const weight = weighPage(dist, '/roles/x/');
    expect(weight.usesReact).toBe(true);
    expect(weight.js).toBeGreaterThan(100 * kB);
    const problems = checkBudgets([weight]);
    expect(problems).toContain('/roles/x/: loads React, which a guidance page must not');
    expect(problems.some((p) => p.startsWith('/roles/x/: JavaScript is'))).toBe(true);
  });
});
