import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../../src/lib/site-checks/budgets.ts';
import { checkBudgets } from '../../../src/lib/site-checks/budget-rules.ts';

const assets: Record<string, string> = {
  '/_astro/page.js': 'import{a}from"./shared.js";import("./lazy.js");',
  '/_astro/shared.js': 'export const a=1;',
  '/_astro/lazy.js': 'export const big="x";',
  '/_astro/client.js': 'export{}',
  '/_astro/Island.js': 'import"./react.js";',
  '/_astro/react.js': 'const e=Symbol.for(`react.transitional.element`);',
};

describe('page budgets', () => {
  it('counts scripts and their static imports, not lazy ones', () => {
    const html =
      '<script type="module" src="/_astro/page.js"></script><script>inline()</script><script type="application/ld+json">{}</script>';
    const scripts = pageScripts(html, (p) => assets[p]);
    expect(scripts.files).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    expect(scripts.inline).toEqual(['inline()']);
    expect(scripts.usesReact).toBe(false);
  });

  it('sees React islands and follows their component imports', () => {
    const html =
      '<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>';
    const scripts = pageScripts(html, (p) => assets[p]);
    expect(scripts.usesReact).toBe(true);
    expect(scripts.files).toContain('/_astro/react.js');
  });

  it('holds guidance pages to no React, 10 kB of JS and 25 kB of HTML', () => {
    const page = { url: '/areas/x/', html: 26_000, js: 11_000, css: 0, usesReact: true };
    expect(checkBudgets([page])).toHaveLength(3);
    expect(checkBudgets([{ ...page, html: 20_000, js: 9_000, usesReact: false }])).toEqual([]);
    expect(checkBudgets([{ ...page, url: '/about/' }])).toEqual([]);
  });
});
