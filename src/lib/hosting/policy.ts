/**
 * What the site sends with every response when hosted (DESIGN.md, "Hosting, headers and
 * offline"), as rules of a path pattern and its headers. The three formats (`_headers`,
 * staticwebapp.config.json, nginx) are written from these rules, and the local server applies the
 * `_headers` file, so the browser tests run under the same headers a host sends.
 */
import { TEAMS_ORIGINS } from './origins.ts';
import { withDirective } from './csp.ts';

/** A header as name and value. */
export type Header = [name: string, value: string];

/** Headers for the paths a pattern matches, in the `_headers` syntax (`*` matches anything). */
export interface HeaderRule {
  /** "/areas/licensing/*", "/" or "/_astro/*". */
  pattern: string;
  /** The headers of the matched responses. */
  headers: Header[];
}

/** Sent with every response. */
export const SECURITY_HEADERS: readonly Header[] = [
  ['X-Content-Type-Options', 'nosniff'],
  // Nothing of an address (a scope or a share link in the query) travels to another site.
  ['Referrer-Policy', 'no-referrer'],
  // The site uses none of these; a page in a frame cannot be granted them either.
  [
    'Permissions-Policy',
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // Ignored over plain http (the local server), kept by browsers once seen over https.
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/** File names with a content hash never change: a year, and no revalidation. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages (and the service worker) are checked with the host on every use. */
export const REVALIDATE = 'no-cache';

/** Where the build puts files whose names carry a content hash. */
export const HASHED_ASSETS = '/_astro/*';
/** The service worker script: browsers look for a new one on every visit. */
export const SERVICE_WORKER = '/sw.js';

/** Everything the rules are made from, read from the built site. */
export interface HostingInput {
  /** The site paths of the built pages ("/", "/areas/licensing/", "/404.html"). */
  pages: readonly string[];
  /** The policy Astro put into the pages (merged if pages differ), without frame-ancestors. */
  csp: string;
  /** Whether a page may be framed by Teams and the embed origins. */
  embedCapable: (path: string) => boolean;
  /** Extra origins allowed to frame embed-capable pages (EMBED_ORIGINS). */
  embedOrigins: readonly string[];
}

/** The sources of frame-ancestors for embed-capable pages. */
export const embedAncestors = (embedOrigins: readonly string[]) => [
  ...TEAMS_ORIGINS,
  ...embedOrigins.filter((o) => !(TEAMS_ORIGINS as readonly string[]).includes(o)),
];

/** The policy of a page: the site's, plus who may frame it. */
export function pageCsp(input: HostingInput, embed: boolean): string {
  return withDirective(
    input.csp,
    'frame-ancestors',
    embed ? embedAncestors(input.embedOrigins) : ["'none'"],
  );
}

/** A run of pages that share one policy: a pattern and whether those pages may be framed. */
export interface PageGroup {
  pattern: string;
  embed: boolean;
}

/**
 * Page patterns with no two able to match one path, so no host has to merge a header from two
 * rules (Cloudflare Pages joins them with a comma, which would make two CSPs of one; Netlify lets
 * the last win). A folder whose pages all share a policy is one rule ("/roles/*"); a folder that
 * mixes them gets a rule for its own page and one per subfolder. Few rules, however many pages
 * (Cloudflare Pages reads at most 100).
 */
export function groupPages(input: HostingInput): PageGroup[] {
  const pages = [...new Set(input.pages)].sort();
  const group = (folder: string): PageGroup[] => {
    const inside = pages.filter((p) => p.startsWith(folder));
    const kinds = new Set(inside.map((p) => input.embedCapable(p)));
    if (kinds.size === 1 && folder !== '/')
      return [{ pattern: `${folder}*`, embed: [...kinds][0]! }];
    const rest = inside.map((p) => p.slice(folder.length));
    const own = rest.filter((r) => r === '' || !r.includes('/'));
    const subfolders = [
      ...new Set(rest.filter((r) => r.includes('/')).map((r) => r.split('/')[0])),
    ];
    return [
      ...own.map((r) => ({ pattern: folder + r, embed: input.embedCapable(folder + r) })),
      ...subfolders.flatMap((name) => group(`${folder}${name}/`)),
    ];
  };
  return group('/');
}

/** The rules of a built site, in the order the header files list them. */
export function headerRules(input: HostingInput): HeaderRule[] {
  return [
    { pattern: '/*', headers: [...SECURITY_HEADERS] },
    { pattern: HASHED_ASSETS, headers: [['Cache-Control', IMMUTABLE]] },
    { pattern: SERVICE_WORKER, headers: [['Cache-Control', REVALIDATE]] },
    ...groupPages(input).map(({ pattern, embed }) => ({
      pattern,
      headers: [
        ['Content-Security-Policy', pageCsp(input, embed)],
        ['Cache-Control', REVALIDATE],
      ] satisfies Header[],
    })),
  ];
}
