import {
  ELEMENT_NODE,
  parse,
  renderSync,
  TEXT_NODE,
  type DocumentNode,
  type ElementNode,
  type Node,
  type TextNode,
} from 'ultrahtml';

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

/** Elements whose text is never turned into a glossary link: links, headings, code, controls. */
const SKIPPED = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'button',
  'summary',
  'label',
  'script',
  'style',
  'svg',
  'template',
  'abbr',
  'dfn',
  'figcaption',
]);

/** A term as the page links it: where its entry is. */
export interface LinkedTerm extends TermSpelling {
  href: string;
}

/**
 * Links the first use of each term in a piece of rendered HTML to its glossary entry, in
 * document order, leaving out text where a link would not belong (see SKIPPED) and anything
 * marked `data-glossary="off"`. Returns the HTML and the ids of the terms it linked.
 */
export function linkFirstUses(
  html: string,
  terms: readonly LinkedTerm[],
): { html: string; linked: string[] } {
  // The document root's type loses its members to ultrahtml's index signature: name what is used.
  const document = parse(html) as DocumentNode & { children: Node[] };
  const remaining = terms.map((term) => ({ term, pattern: termPattern(term) }));
  const linked: string[] = [];

  const visit = (parent: { children: Node[] }) => {
    const children: Node[] = [];
    for (const child of parent.children) {
      if (child.type === ELEMENT_NODE) {
        if (!SKIPPED.has(child.name) && child.attributes['data-glossary'] !== 'off') visit(child);
        children.push(child);
      } else if (child.type === TEXT_NODE && remaining.length > 0) {
        children.push(...linkText(child, parent as Node));
      } else {
        children.push(child);
      }
    }
    parent.children = children;
  };

  // Splits a text node around the earliest use of any term still to link, repeatedly.
  const linkText = (node: TextNode, parent: Node): Node[] => {
    const out: Node[] = [];
    let rest = node.value;
    for (;;) {
      let best: { index: number; length: number; at: number } | undefined;
      for (const [at, { pattern }] of remaining.entries()) {
        const match = pattern.exec(rest);
        if (match && (!best || match.index < best.index))
          best = { index: match.index, length: match[0].length, at };
      }
      if (!best) break;
      const { term } = remaining.splice(best.at, 1)[0]!;
      linked.push(term.id);
      if (best.index > 0) out.push(textNode(rest.slice(0, best.index), parent));
      out.push(termLink(rest.slice(best.index, best.index + best.length), term.href, parent));
      rest = rest.slice(best.index + best.length);
    }
    if (rest) out.push(textNode(rest, parent));
    return out;
  };

  visit(document);
  return { html: renderSync(document), linked };
}

function textNode(value: string, parent: Node): TextNode {
  return { type: TEXT_NODE, value, parent, loc: [] as unknown as TextNode['loc'] };
}

function termLink(text: string, href: string, parent: Node): ElementNode {
  const link: ElementNode = {
    type: ELEMENT_NODE,
    name: 'a',
    attributes: { href, class: 'term-link' },
    children: [],
    parent,
    loc: [] as unknown as ElementNode['loc'],
  };
  link.children = [textNode(text, link)];
  return link;
}
