import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../lib/validation/index.ts';
import { formatReport } from '../lib/validation/problem.ts';
import { writerError } from './writer-error.ts';

/**
 * Checks content/ before Astro loads it, so a writer gets every problem of every file at once,
 * in plain words, instead of Astro's first schema error (and dangling references fail the
 * build instead of being logged).
 */
export default function contentValidation(): AstroIntegration {
  return {
    name: 'a2o:content-validation',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(new URL('content/', config.root));
        const problems = validateContent(root, 'content');
        if (problems.length)
          throw writerError(
            formatReport(problems, 'content/ has problems, so the site was not built'),
          );
        logger.info('content/ is valid');
      },
    },
  };
}
