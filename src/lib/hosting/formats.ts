/**
 * The same rules for the hosts that do not read `_headers`: Azure Static Web Apps
 * (staticwebapp.config.json) and nginx (a server block, shown in README.md).
 */
import {
  HASHED_ASSETS,
  IMMUTABLE,
  REVALIDATE,
  SECURITY_HEADERS,
  embedAncestors,
  groupPages,
  pageCsp,
  type HostingInput,
  type PageGroup,
} from './policy.ts';
import { collapseHashes, withDirective } from './csp.ts';

/** Pagefind's index files have extensions no host knows; they are fetched as bytes. */
const PAGEFIND_TYPES = ['.pagefind', '.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter'];

/** The pages of a group as Static Web Apps routes: a folder, and everything under it. */
const routesOf = (pattern: string) =>
  pattern.endsWith('/*') ? [pattern.slice(0, -1), pattern] : [pattern];

/**
 * staticwebapp.config.json: global headers that let no one frame anything, and a route per group
 * of embed-capable pages (a route's header replaces the global one of the same name). Denying by
 * default covers what no rule names: the 404 page served at unknown addresses, future files.
 */
export function staticWebAppConfig(input: HostingInput): object {
  const groups = groupPages(input);
  const globalEmbed = false;
  return {
    trailingSlash: 'always',
    globalHeaders: Object.fromEntries([
      ...SECURITY_HEADERS,
      ['Content-Security-Policy', pageCsp(input, globalEmbed)],
      ['Cache-Control', REVALIDATE],
    ]),
    routes: [
      { route: HASHED_ASSETS, headers: { 'Cache-Control': IMMUTABLE } },
      ...groups
        .filter((g) => g.embed !== globalEmbed)
        .flatMap((g) =>
          routesOf(g.pattern).map((route) => ({
            route,
            headers: { 'Content-Security-Policy': pageCsp(input, g.embed) },
          })),
        ),
    ],
    responseOverrides: { '404': { rewrite: '/404.html' } },
    mimeTypes: {
      ...Object.fromEntries(PAGEFIND_TYPES.map((ext) => [ext, 'application/octet-stream'])),
      '.ics': 'text/calendar',
      '.md': 'text/markdown; charset=utf-8',
    },
  };
}

/** An nginx regular expression for a group's pattern, against $uri (index.html included). */
const escapeRegex = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

function nginxRegex(pattern: string): string {
  if (pattern.endsWith('*')) return `~^${escapeRegex(pattern.slice(0, -1))}`;
  return pattern.endsWith('/')
    ? `~^${escapeRegex(pattern)}(index\\.html)?$`
    : `~^${escapeRegex(pattern)}$`;
}

/**
 * The lines of the nginx map of embed-capable pages. nginx tries regular expressions in order,
 * so a folder whose subfolders are mostly embed-capable gets one line for all of them after its
 * exceptions (`~^/training/links/ 0;` then `~^/training/[^/]+/ 1;`): the map, and README.md
 * with it, stays the same when an area or a module is added.
 */
function nginxEmbedLines(groups: readonly PageGroup[]): string[] {
  const subfolder = /^(.*\/)[^/]+\/\*$/;
  const byParent = new Map<string, PageGroup[]>();
  const lines: string[] = [];
  for (const group of groups) {
    const parent = subfolder.exec(group.pattern)?.[1];
    if (parent) byParent.set(parent, [...(byParent.get(parent) ?? []), group]);
    else if (group.embed) lines.push(`    ${nginxRegex(group.pattern)} 1;`);
  }
  for (const [parent, children] of byParent) {
    const embedded = children.filter((c) => c.embed).length;
    const mostly = children.length > 1 && embedded * 2 > children.length;
    for (const child of children)
      if (child.embed !== mostly)
        lines.push(`    ${nginxRegex(child.pattern)} ${child.embed ? 1 : 0};`);
    if (mostly) lines.push(`    ~^${escapeRegex(parent)}[^/]+/ 1;`);
  }
  return lines;
}

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export interface NginxOptions {
  /** Where dist/ is on the server. */
  root: string;
  /** Show the policy's hashes as one 'sha256-…' (README.md, which must not go stale). */
  collapseHashes?: boolean;
}

/** An nginx server block serving dist/ with the same headers. */
export function nginxConfig(input: HostingInput, options: NginxOptions): string {
  const csp = options.collapseHashes ? collapseHashes(input.csp) : input.csp;
  const base = withDirective(csp, 'frame-ancestors', ['$a2o_frame_ancestors']);
  const lines = [
    '# Pages that may be shown in a frame (src/lib/urls.ts, embedCapable) and who may frame them.',
    'map $uri $a2o_embeddable {',
    '    default 0;',
    ...nginxEmbedLines(groupPages(input)),
    '}',
    'map $a2o_embeddable $a2o_frame_ancestors {',
    `    0 "'none'";`,
    `    1 ${quote(embedAncestors(input.embedOrigins).join(' '))};`,
    '}',
    'map $uri $a2o_cache_control {',
    `    default ${quote(REVALIDATE)};`,
    `    ${nginxRegex(HASHED_ASSETS)} ${quote(IMMUTABLE)};`,
    '}',
    '',
    'server {',
    '    listen 443 ssl;',
    '    server_name a2o.example.com;',
    '    # ssl_certificate and ssl_certificate_key as for your other sites',
    `    root ${options.root};`,
    '    index index.html;',
    '    error_page 404 /404.html;',
    '',
    '    # At server level only: a location with add_header of its own would drop all of these.',
    ...SECURITY_HEADERS.map(([name, value]) => `    add_header ${name} ${quote(value)} always;`),
    `    add_header Content-Security-Policy ${quote(base)} always;`,
    '    add_header Cache-Control $a2o_cache_control always;',
    '',
    "    # Pagefind's index files have no known type: nginx's default_type serves them as bytes.",
    '    location / {',
    '        try_files $uri $uri/ =404;',
    '    }',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
