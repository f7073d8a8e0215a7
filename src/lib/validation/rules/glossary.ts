import { usesTerm } from '../../glossary.ts';
import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { countBy, problemAt } from './helpers.ts';

type TermEntry = ContentSet['glossary'][number];

/**
 * Glossary rules: unique ids and spellings, related terms that exist, and every term used on at
 * least one area page (a term nobody uses is never linked, so it belongs elsewhere or nowhere).
 */
export function checkGlossary(content: ContentSet, invalid: ReadonlySet<string>): Problem[] {
  // Whether a term is used can only be judged when every area page could be read.
  const complete = ![...invalid].some((key) => key.startsWith('areas/'));
  const terms = content.glossary;
  const ids = new Set(terms.map((t) => t.id));
  const idCounts = countBy(terms.map((t) => t.id));
  const spellingCounts = countBy(terms.flatMap(spellings));
  const areaText = content.areas.map((area) => `${JSON.stringify(area.data)}\n${area.body ?? ''}`);
  return terms.flatMap((term) => {
    const at = (path: PropertyKey[], message: string) => problemAt(term, path, message);
    const problems: Problem[] = [];
    if ((idCounts.get(term.id) ?? 0) > 1)
      problems.push(at(['id'], `"${term.id}" is used by more than one glossary entry`));
    for (const spelling of spellings(term))
      if ((spellingCounts.get(spelling) ?? 0) > 1)
        problems.push(
          at(['term'], `"${spelling}" is a spelling of more than one entry: keep it on one`),
        );
    term.data.related.forEach((id, i) => {
      if (!ids.has(id) || id === term.id)
        problems.push(
          at(
            ['related', i],
            id === term.id
              ? 'a term cannot be related to itself'
              : `"${id}" is not the id of a glossary entry`,
          ),
        );
    });
    if (complete && !areaText.some((text) => usesTerm(text, term.data)))
      problems.push(
        at(
          ['term'],
          `"${term.data.term}" is not used on any area page, so nothing links to it: use it, add the spelling the pages use to "matches", or remove the entry`,
        ),
      );
    return problems;
  });
}

function spellings(term: TermEntry): string[] {
  return [term.data.term, ...term.data.matches].map((s) => s.toLowerCase());
}
