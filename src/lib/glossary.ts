/**
 * Glossary terms in running text: which words count as a use of a term, shared by the content
 * rule that every term is used somewhere and by the build step that links each term's first use.
 */

/** What matching needs of a glossary entry. */
export interface TermSpelling {
  id: string;
  term: string;
  matches: readonly string[];
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

/** The spellings of a term, longest first so "batch jobs" wins over "batch job". */
export function spellingsOf(term: TermSpelling): string[] {
  return [term.term, ...term.matches].sort((a, b) => b.length - a.length);
}

/**
 * A pattern that finds a use of the term as whole words, ignoring case. Letters or digits
 * right before or after do not count, so "LCS" is not found inside "LCSS".
 */
export function termPattern(term: TermSpelling): RegExp {
  const alternatives = spellingsOf(term).map((s) =>
    s.replace(ESCAPE, '\\$&').replace(/\s+/g, '\\s+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

/** True when the text uses the term (or one of its spellings). */
export function usesTerm(text: string, term: TermSpelling): boolean {
  return termPattern(term).test(text);
}
