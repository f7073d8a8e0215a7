import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkLinks } from './links.ts';
import { checkDuplicateIds, checkMetadata } from './metadata.ts';
import { readPage, urlOfFile, type BuiltPage } from './site.ts';
import type { SiteProblem } from './report.ts';

/** Every file under a folder, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/** Reads every HTML page of a built site. */
export function readSite(dist: string): { pages: BuiltPage[]; files: Set<string> } {
  const all = listFiles(dist);
  const pages = all
    .filter((file) => file.endsWith('.html'))
    .map((file) => readPage(urlOfFile(file), readFileSync(join(dist, file), 'utf8')));
  return { pages, files: new Set(all.map((file) => `/${file}`)) };
}

/** All checks of the built site that content writers can break: links, anchors, titles, descriptions, ids. */
export function checkSite(dist: string, origin: string): SiteProblem[] {
  const { pages, files } = readSite(dist);
  return [
    ...checkLinks(pages, files, origin),
    ...checkMetadata(pages, origin),
    ...checkDuplicateIds(pages),
  ];
}
