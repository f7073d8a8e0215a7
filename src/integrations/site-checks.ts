import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSite } from '../lib/site-checks/index.ts';
import { formatSiteProblems } from '../lib/site-checks/report.ts';
import { writerError } from './writer-error.ts';

/**
 * Fails the build when a built page has a broken link or anchor, a shared title, no description,
 * no link-preview tags or another page's canonical address.
 */
export default function siteChecks(): AstroIntegration {
  let origin = '';
  return {
    name: 'a2o:site-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = checkSite(fileURLToPath(dir), origin);
        if (problems.length) {
          const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
          throw writerError(
            `The built site has ${count}:\n  ${formatSiteProblems(problems).join('\n  ')}`,
          );
        }
        logger.info('links, anchors, titles, descriptions and link previews are sound');
      },
    },
  };
}
