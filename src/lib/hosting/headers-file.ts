/**
 * The `_headers` file of Netlify and Cloudflare Pages: writing it, reading it back, and which
 * headers a path gets from it, as the local server (scripts/serve.mjs) applies them.
 */
import type { Header, HeaderRule } from './policy.ts';

/** Cloudflare Pages ignores a `_headers` line longer than this. */
export const MAX_LINE = 2000;

/** Cloudflare Pages reads at most this many rules of a `_headers` file. */
export const MAX_RULES = 100;

export function formatHeadersFile(rules: readonly HeaderRule[], comment: string): string {
  const lines = comment.split('\n').map((line) => `# ${line}`.trimEnd());
  for (const rule of rules) {
    lines.push('', rule.pattern);
    for (const [name, value] of rule.headers) lines.push(`  ${name}: ${value}`);
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1) throw new Error(`_headers: cannot read "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const compiled = new Map<string, RegExp>();

/** The expression of a pattern, made once: ruleProblems asks for every rule and every file. */
function patternExpression(pattern: string): RegExp {
  let expression = compiled.get(pattern);
  if (!expression) {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) =>
        part === '*'
          ? '.*'
          : part.startsWith(':') && part.length > 1
            ? '[^/]+'
            : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
    expression = new RegExp(`^${source}$`);
    compiled.set(pattern, expression);
  }
  return expression;
}

/** Whether a pattern matches a path: `*` matches any run of characters, `:name` one segment. */
export function patternMatches(pattern: string, path: string): boolean {
  return patternExpression(pattern).test(path);
}

/**
 * The headers of a path: every matching rule's, and a header named in two matching rules
 * joined with ", ", as Cloudflare Pages does (the rules are made so that this never happens).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Header[] {
  const found = new Map<string, Header>();
  for (const rule of rules.filter((r) => patternMatches(r.pattern, path)))
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const known = found.get(key);
      found.set(key, known ? [known[0], `${known[1]}, ${value}`] : [name, value]);
    }
  return [...found.values()];
}

/** One message per path that gets one header from two rules, and per line too long for a host. */
export function ruleProblems(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
  const problems: string[] = [];
  for (const path of paths) {
    const seen = new Map<string, string>();
    for (const rule of rules.filter((r) => patternMatches(r.pattern, path)))
      for (const [name] of rule.headers) {
        const key = name.toLowerCase();
        const other = seen.get(key);
        if (other) problems.push(`${path}: ${name} comes from both ${other} and ${rule.pattern}`);
        seen.set(key, rule.pattern);
      }
  }
  for (const rule of rules)
    for (const [name, value] of rule.headers)
      if (`  ${name}: ${value}`.length > MAX_LINE)
        problems.push(
          `${rule.pattern}: the ${name} line is ${`  ${name}: ${value}`.length} characters, over the ${MAX_LINE} Cloudflare Pages reads`,
        );
  return problems;
}
