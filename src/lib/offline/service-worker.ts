/**
 * What the service worker keeps for offline use (DESIGN.md, "Hosting, headers and offline").
 * Every page and every asset of a build is precached at the first visit, under one revision per
 * file, so the site works with no network and never mixes two deployments: a new build's worker
 * waits until the reader accepts the reload it offers. Search needs its index chunks; they are
 * cached as searches fetch them (their names carry a hash, so they never go stale).
 */

/** Files of dist/ the worker precaches. */
export const PRECACHE_GLOBS = [
  '**/*.{html,js,css,svg,json}',
  // Pagefind's own files, whose names have no hash: the entry point names the index of its build.
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/filter/*',
];

/** Files the globs catch that no page uses. */
export const PRECACHE_IGNORES = [
  'sw.js',
  'staticwebapp.config.json',
  'pagefind/*.css',
  // Pagefind's ready-made interfaces; the site has its own (src/scripts/search).
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-component-ui.js',
];

/** Built files whose names carry a content hash: no revision needed. */
export const HASHED_FILES = /^_astro\//;

/** Pagefind's index and excerpt chunks, cached as searches use them. */
export const SEARCH_CHUNKS = /\/pagefind\/(index|fragment)\//;
export const SEARCH_CACHE = 'a2o-search-index';
/** Enough for the whole index of a site many times this size; the oldest go first. */
export const SEARCH_CACHE_ENTRIES = 2000;

/** The message that lets a waiting worker take over (Workbox's generated worker listens for it). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * The address the worker precaches a file of dist/ under: a page by its folder, as links name it
 * and as hosts send it with its headers ("areas/x/index.html" → "/areas/x/").
 */
export function precacheUrl(file: string): string {
  const path = `/${file}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * The worker of a build without offline use (OFFLINE=0): readers who had the offline copy of an
 * earlier build get it removed, and the worker unregisters itself.
 */
export const RETIRING_WORKER = `// This site no longer keeps an offline copy: remove it, then this worker.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) await caches.delete(key);
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
    })(),
  );
});
`;
