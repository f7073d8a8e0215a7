import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../../src/lib/site-checks/index.ts';
import { formatSiteProblems } from '../../../src/lib/site-checks/report.ts';
import { urlOfFile } from '../../../src/lib/site-checks/site.ts';

const site = join(import.meta.dirname, '../../fixtures/site');
const lines = () =>
  checkSite(site, 'http://localhost:4321')
    .map((p) => `${p.place}: ${p.message}`)
    .sort();

describe('checks on the built site', () => {
  it('reports every broken link, anchor, title, description, link preview and canonical address, naming the content file', () => {
    expect(lines()).toEqual(
      [
        'content/pages/home.mdx (page /): link "" is empty',
        'content/pages/home.mdx (page /): link "/missing.css" goes nowhere: there is no page /missing.css',
        'content/pages/home.mdx (page /): link "/missing/" goes nowhere: there is no page /missing/',
        'content/pages/home.mdx (page /): link "/good/#nope" goes to a missing anchor: /good/ has no "#nope"',
        'content/pages/home.mdx (page /): link "/good" needs a trailing slash: "/good/"',
        'content/pages/home.mdx (page /): link "http://example.org/" must use https://',
        'page /dup/: has no meta description',
        'page /dup/: has no link preview tag og:description, og:image',
        'page /good/: names "http://localhost:4321/" as its canonical address, not its own "http://localhost:4321/good/"',
        'page /dup/: the id "x" appears more than once',
        'pages /dup/, /good/: share the title "Good": give each its own',
      ].sort(),
    );
  });

  it('reports a problem repeated on many pages once, with a count', () => {
    const repeated = ['/', '/a/', '/b/', '/c/'].map((url) => ({
      place: `page ${url}`,
      message: 'link "/x/" goes nowhere',
    }));
    expect(formatSiteProblems(repeated)).toEqual([
      'link "/x/" goes nowhere (on 4 pages, e.g. page /; page /a/; page /b/)',
    ]);
  });

  it('maps built files to site paths', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('areas/licensing/index.html')).toBe('/areas/licensing/');
    expect(urlOfFile('404.html')).toBe('/404.html');
  });
});
