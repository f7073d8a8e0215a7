import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize, pageScripts, scriptWeight, styleWeight } from './budgets.ts';

/** What one built page weighs, gzipped, and whether it loads React. */
export interface PageWeight {
  url: string;
  html: number;
  js: number;
  css: number;
  usesReact: boolean;
}

/** Measures a page of dist/ the way a browser would load it before any interaction. */
export function weighPage(dist: string, url: string): PageWeight {
  const readAsset = (path: string) => {
    const file = join(dist, decodeURIComponent(path));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const file = url.endsWith('/') ? join(dist, url, 'index.html') : join(dist, url);
  const html = readFileSync(file, 'utf8');
  const scripts = pageScripts(html, readAsset);
  return {
    url,
    html: gzipSize(html),
    js: scriptWeight(scripts, readAsset),
    css: styleWeight(html, readAsset),
    usesReact: scripts.usesReact,
  };
}
