import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../../src/lib/site-checks/budgets.ts';

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
});
