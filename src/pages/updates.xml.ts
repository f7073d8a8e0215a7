import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getUpdates } from '../lib/content/queries.ts';
import { siteInfo } from '../lib/site.ts';
import { sortUpdates, UPDATE_KIND_WORDS } from '../lib/updates.ts';
import { absoluteUrl, paths } from '../lib/urls.ts';

/** The updates as an RSS 2.0 feed: one item per entry, linking the first page it changed. */
export const GET: APIRoute = async ({ site }) => {
  const siteUrl = site?.href ?? 'http://localhost/';
  return rss({
    title: `${siteInfo.name}: what changed`,
    description:
      'Corrections, additions and product changes to the guidance and the questionnaire.',
    site: siteUrl,
    items: sortUpdates(await getUpdates()).map((update) => ({
      title: update.title,
      link: absoluteUrl(update.pages[0]!, siteUrl),
      pubDate: update.date,
      description: update.summary,
      categories: [UPDATE_KIND_WORDS[update.kind]],
      customData: `<guid isPermaLink="false">${absoluteUrl(`${paths.updates}#${update.id}`, siteUrl)}</guid>`,
    })),
  });
};
