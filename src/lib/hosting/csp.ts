/**
 * Content-Security-Policy strings: read from a built page, merged, and given a frame-ancestors
 * directive. Astro computes the policy (security.csp in astro.config.mjs) and writes it into a
 * <meta> of every page; a <meta> policy cannot carry frame-ancestors, so the header files send the
 * same policy plus frame-ancestors as an HTTP header. Both then apply, and they agree.
 */

/** A policy as its directives, in order: name and sources. */
export type Directives = [name: string, sources: string[]][];

const META_CSP =
  /<meta\s+http-equiv=["']content-security-policy["']\s+content=(?:"([^"]*)"|'([^']*)')/i;

/** The policy of a built page's <meta http-equiv="content-security-policy">, if it has one. */
export function cspOfPage(html: string): string | undefined {
  const match = META_CSP.exec(html);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeEntities(value);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export function parseCsp(policy: string): Directives {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

export function formatCsp(directives: Directives): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows what each of the given policies allows, directive by directive, in the
 * order first seen. Pages of one build carry the same policy; should one page carry an extra hash,
 * the header keeps it, and the page's own <meta> still holds every page to its own list.
 */
export function mergeCsp(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies)
    for (const [name, sources] of parseCsp(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((s) => !known.includes(s))]);
    }
  return formatCsp([...merged]);
}

/** The policy with one directive set (replaced when present, added at the end otherwise). */
export function withDirective(policy: string, name: string, sources: readonly string[]): string {
  const directives = parseCsp(policy).filter(([n]) => n !== name);
  return formatCsp([...directives, [name, [...sources]]]);
}

/** The policy with every run of hash sources shown as one 'sha256-…', for documentation. */
export function collapseHashes(policy: string): string {
  return formatCsp(
    parseCsp(policy).map(([name, sources]) => {
      const kept = sources.filter((s) => !isHash(s));
      return [name, kept.length < sources.length ? [...kept, "'sha256-…'"] : kept];
    }),
  );
}

const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
