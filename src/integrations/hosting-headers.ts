import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/site-checks/index.ts';
import { urlOfFile } from '../lib/site-checks/site.ts';
import {
  cspOfPage,
  formatHeadersFile,
  headerRules,
  mergeCsp,
  MAX_RULES,
  parseEmbedOrigins,
  ruleProblems,
  staticWebAppConfig,
  type HostingInput,
} from '../lib/hosting/index.ts';
import { embedCapable } from '../lib/urls.ts';

/** What the header files are made from: the built pages, their policy, EMBED_ORIGINS. */
export function readHostingInput(dist: string, embedOrigins: string | undefined): HostingInput {
  const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
  const policies = pages.map((file) => {
    const csp = cspOfPage(readFileSync(join(dist, file), 'utf8'));
    if (!csp) throw new Error(`${file} has no Content-Security-Policy <meta>: is security.csp on?`);
    return csp;
  });
  return {
    pages: pages.map(urlOfFile),
    csp: mergeCsp(policies),
    embedCapable,
    embedOrigins: parseEmbedOrigins(embedOrigins),
  };
}

const COMMENT = `Headers for Netlify and Cloudflare Pages, written by the build (src/integrations/hosting-headers.ts)
from the Content-Security-Policy Astro puts into every page, plus frame-ancestors. Do not edit.`;

/**
 * Writes the header files of static hosts into dist/ once the site is built: `_headers`
 * (Netlify, Cloudflare Pages) and staticwebapp.config.json (Azure Static Web Apps). README.md
 * shows the nginx equivalent (scripts/nginx-config.mjs prints it for a build).
 */
export default function hostingHeaders(): AstroIntegration {
  return {
    name: 'a2o:hosting-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const input = readHostingInput(dist, process.env.EMBED_ORIGINS);
        const rules = headerRules(input);
        const problems = ruleProblems(rules, [
          ...input.pages,
          ...listFiles(dist).map((file) => `/${file}`),
        ]);
        if (problems.length)
          throw new Error(`The header files would be wrong:\n  ${problems.join('\n  ')}`);
        // Many pages at the top level make a rule each (no two rules may match one path); Netlify,
        // Azure and nginx take them all, Cloudflare Pages only the first MAX_RULES.
        if (rules.length > MAX_RULES)
          logger.warn(
            `_headers has ${rules.length} rules: Cloudflare Pages reads only the first ${MAX_RULES}; put pages into folders, or host elsewhere`,
          );
        writeFileSync(join(dist, '_headers'), formatHeadersFile(rules, COMMENT));
        writeFileSync(
          join(dist, 'staticwebapp.config.json'),
          `${JSON.stringify(staticWebAppConfig(input), null, 2)}\n`,
        );
        const framable = input.pages.filter(embedCapable).length;
        logger.info(
          `header files: ${rules.length} rules; ${framable} pages may be framed by Teams${input.embedOrigins.length ? ` and ${input.embedOrigins.join(', ')}` : ''}`,
        );
      },
    },
  };
}
