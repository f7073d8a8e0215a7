import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import {
  HASHED_FILES,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  RETIRING_WORKER,
  SEARCH_CACHE,
  SEARCH_CACHE_ENTRIES,
  SEARCH_CHUNKS,
  precacheUrl,
} from '../lib/offline/service-worker.ts';

const loader = fileURLToPath(new URL('../scripts/offline-loader.ts', import.meta.url));

/** Whether this build keeps an offline copy (OFFLINE=0 turns it off). */
const enabled = () => process.env.OFFLINE !== '0';

/**
 * Offline use: a Workbox service worker (dist/sw.js) that precaches the built site, and a small
 * script on every page that registers it and offers the reload when a new deployment arrives.
 */
export default function offline(): AstroIntegration {
  return {
    name: 'a2o:offline',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        // Only built sites have a worker: the dev server would answer /sw.js with a 404.
        if (command === 'build' && enabled())
          injectScript('page', `import ${JSON.stringify(loader)};`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (!enabled()) {
          writeFileSync(join(dist, 'sw.js'), RETIRING_WORKER);
          logger.info('offline use is off (OFFLINE=0): sw.js removes any earlier offline copy');
          return;
        }
        const { count, size, warnings } = await generateSW({
          swDest: join(dist, 'sw.js'),
          globDirectory: dist,
          globPatterns: PRECACHE_GLOBS,
          globIgnores: PRECACHE_IGNORES,
          dontCacheBustURLsMatching: HASHED_FILES,
          manifestTransforms: [
            (entries) => ({
              manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(entry.url) })),
            }),
          ],
          // A static host sends the same file whatever the query (?areas=, ?highlight=, ?ts=).
          ignoreURLParametersMatching: [/.*/],
          // A new worker waits for the reader's consent (the reload offer of src/scripts/offline.ts).
          skipWaiting: false,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          runtimeCaching: [
            {
              urlPattern: SEARCH_CHUNKS,
              handler: 'CacheFirst',
              options: {
                cacheName: SEARCH_CACHE,
                expiration: { maxEntries: SEARCH_CACHE_ENTRIES },
              },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`offline: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} kB`);
      },
    },
  };
}
