import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { bankSchema, type Bank } from '../schemas/bank.ts';
import { questionRecords } from '../lib/search/question-records.ts';

/**
 * Builds the Pagefind index once the site is built, so `astro build` alone gives a searchable
 * site. Questions have no page of their own, so each is added as a record that opens the
 * printable questionnaire at that question.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'a2o:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        try {
          const { pages, records } = await indexSite(dist);
          logger.info(`search index: ${pages} pages and ${records} questions`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

async function indexSite(dist: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  failOn('indexing the pages', added.errors);
  const records = questionRecords(readBank(dist));
  for (const record of records)
    failOn(`indexing question ${record.url}`, (await index.addCustomRecord(record)).errors);
  failOn(
    'writing the index',
    (await index.writeFiles({ outputPath: join(dist, 'pagefind') })).errors,
  );
  return { pages: added.page_count, records: records.length };
}

function readBank(dist: string): Bank {
  return bankSchema.parse(JSON.parse(readFileSync(join(dist, 'assessment', 'bank.json'), 'utf8')));
}

function failOn(step: string, errors: string[]) {
  if (errors.length) throw new Error(`Pagefind failed ${step}:\n  ${errors.join('\n  ')}`);
}
