import type { Bank } from '../../schemas/bank.ts';
import { levelName } from './levels.ts';
import { escapeMarkdown, markdownLink } from './markdown.ts';
import type { Recommendation } from './recommendations.ts';

const NONE = 'No recommendations: every question answered with a level meets its area target.';

/** The recommendations as a numbered list, each with its advice and guidance link. */
export function recommendationsList(
  items: readonly Recommendation[],
  bank: Bank,
  siteUrl?: string,
): string {
  if (items.length === 0) return NONE;
  return items.map((item, i) => recommendationItem(item, i + 1, bank, siteUrl)).join('\n\n');
}

function recommendationItem(
  item: Recommendation,
  rank: number,
  bank: Bank,
  siteUrl?: string,
): string {
  const level = (n: number) => `level ${n} (${levelName(bank, n)})`;
  const lines = [
    `${rank}. **${escapeMarkdown(item.question.title)}** (${escapeMarkdown(item.area.title)}): priority ${item.priority}, now ${level(item.level)}, target ${item.target}.`,
    `   - Now: ${escapeMarkdown(item.current.label)}`,
    item.advice ? `   - Next step: ${escapeMarkdown(item.advice)}` : '',
    item.next
      ? `   - ${capitalize(level(item.next.level))}: ${escapeMarkdown(item.next.label)}`
      : '',
    `   - Guidance: ${markdownLink(item.link, absolute(item.link, siteUrl))}`,
  ];
  return lines.filter(Boolean).join('\n');
}

/** The link on the site at siteUrl (for example "https://example.org/a2o/"), else the bare path. */
function absolute(path: string, siteUrl: string | undefined): string {
  if (!siteUrl) return path;
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const relative = path.replace(/^\//, '');
  return URL.canParse(relative, base) ? new URL(relative, base).href : path;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
