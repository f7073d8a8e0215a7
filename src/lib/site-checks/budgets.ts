import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** The JavaScript a page loads before anyone interacts with it. */
export interface PageScripts {
  /** Site paths of the module files, including everything they import statically. */
  files: string[];
  /** Inline scripts of the page. */
  inline: string[];
  /** Whether an island renders with React. */
  usesReact: boolean;
}

// React marks its elements with Symbol.for("react.…"); no other code on this site does.
const REACT_SIGNATURE = /Symbol\.for\(["'`]react\./;

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

/** Finds the scripts a page loads up front: <script src>, modulepreload, and islands' component and renderer URLs. */
export function pageScripts(
  html: string,
  readAsset: (path: string) => string | undefined,
): PageScripts {
  const root = parse(html);
  const inline = root
    .querySelectorAll('script:not([src])')
    .filter((s) => !isData(s.getAttribute('type')))
    .map((s) => s.text);
  const entries = [
    ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...root.querySelectorAll('link[rel="modulepreload"]').map((l) => l.getAttribute('href')!),
    ...root
      .querySelectorAll('astro-island')
      .flatMap((i) => [i.getAttribute('component-url'), i.getAttribute('renderer-url')]),
  ].filter((src): src is string => !!src && src.startsWith('/'));
  const files = closure(entries, readAsset);
  return {
    files,
    inline,
    usesReact: files.some((file) => REACT_SIGNATURE.test(readAsset(file) ?? '')),
  };
}

function isData(type: string | undefined): boolean {
  return !!type && /json/.test(type);
}

/** Every module reachable by static imports from the entries. */
function closure(entries: string[], readAsset: (path: string) => string | undefined): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readAsset(path) ?? '';
    for (const match of code.matchAll(STATIC_IMPORT))
      queue.push(new URL(match[1]!, `http://site${path}`).pathname);
  }
  return [...seen].sort();
}

/** Size in bytes once gzipped, the way a server would send it. */
export const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Total gzipped size of a page's up-front JavaScript. */
export function scriptWeight(
  scripts: PageScripts,
  readAsset: (path: string) => string | undefined,
): number {
  return [...scripts.files.map((f) => readAsset(f) ?? ''), ...scripts.inline].reduce(
    (sum, code) => sum + gzipSize(code),
    0,
  );
}

/** Total gzipped size of the stylesheets a page links. */
export function styleWeight(html: string, readAsset: (path: string) => string | undefined): number {
  const root = parse(html);
  const linked = root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => readAsset(l.getAttribute('href') ?? '') ?? '');
  const inline = root.querySelectorAll('style').map((s) => s.text);
  return [...linked, ...inline].reduce((sum, css) => sum + gzipSize(css), 0);
}
