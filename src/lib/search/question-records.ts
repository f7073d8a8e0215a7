import type { Bank } from '../../schemas/bank.ts';
import { searchFilterLabels } from './filters.ts';
import { paths } from '../urls.ts';
import { roleTitle } from '../assessment/bank.ts';

/** A search record for content that has no page of its own (Pagefind's custom record shape). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** One search record per question, opening it in the list of questions on its area page. */
export function questionRecords(bank: Bank): SearchRecord[] {
  return bank.areas.flatMap((area) =>
    area.questions.map((question) => ({
      url: paths.areaQuestion(area.slug, question.id),
      content: [question.prompt, question.help, ...question.options.map((o) => o.label)].join('\n'),
      language: 'en',
      meta: { title: `${question.title} (${area.catalogId} ${area.shortTitle})` },
      filters: {
        type: [searchFilterLabels.question],
        area: [areaFilterLabel(area)],
        role: question.roles.map((slug) => roleTitle(bank, slug)),
      },
    })),
  );
}

/** How an area is named in search filters: "99.10 Business continuity". */
export const areaFilterLabel = (area: { catalogId: string; shortTitle: string }) =>
  `${area.catalogId} ${area.shortTitle}`;
