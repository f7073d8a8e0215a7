import { describe, expect, it } from 'vitest';
import {
  TEAMS_ORIGINS,
  collapseHashes,
  cspOfPage,
  formatHeadersFile,
  groupPages,
  headerRules,
  headersFor,
  mergeCsp,
  nginxConfig,
  parseEmbedOrigins,
  parseHeadersFile,
  patternMatches,
  ruleProblems,
  staticWebAppConfig,
  withDirective,
  type HostingInput,
} from '../../../src/lib/hosting/index.ts';
import { embedCapable } from '../../../src/lib/urls.ts';

const csp =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='; worker-src 'self'";

const pages = [
  '/',
  '/404.html',
  '/about/',
  '/areas/',
  '/areas/licensing/',
  '/areas/monitoring/',
  '/assessment/',
  '/assessment/results/',
  '/assessment/print/',
  '/roles/',
  '/roles/it-support/',
  '/training/',
  '/training/links/',
  '/training/recovery-drill/',
];

const input = (embedOrigins: string[] = []): HostingInput => ({
  pages,
  csp,
  embedCapable,
  embedOrigins,
});

const header = (path: string, name: string, embedOrigins: string[] = []) => {
  const rules = parseHeadersFile(formatHeadersFile(headerRules(input(embedOrigins)), 'test'));
  return headersFor(rules, path).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
};
const frameAncestors = (policy: string | undefined) =>
  /frame-ancestors ([^;]+)/.exec(policy ?? '')?.[1];

describe('embed-capable pages', () => {
  it('are the area pages, the module pages and the assessment, nothing else', () => {
    expect(pages.filter(embedCapable)).toEqual([
      '/areas/licensing/',
      '/areas/monitoring/',
      '/assessment/',
      '/training/recovery-drill/',
    ]);
  });
});

describe('the policy Astro writes into pages', () => {
  it('is read from the meta element, entities decoded', () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; img-src &apos;self&apos; data:"></head>`;
    expect(cspOfPage(html.replace(/&apos;/g, '&#39;'))).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
    expect(cspOfPage('<head></head>')).toBeUndefined();
  });

  it('is merged across pages into one that allows what each allows', () => {
    expect(
      mergeCsp(["script-src 'self' 'sha256-A='", "script-src 'self' 'sha256-B='; img-src 'self';"]),
    ).toBe("script-src 'self' 'sha256-A=' 'sha256-B='; img-src 'self'");
  });

  it('gets frame-ancestors replaced, not repeated', () => {
    const once = withDirective(csp, 'frame-ancestors', ["'none'"]);
    expect(withDirective(once, 'frame-ancestors', ['https://a.example'])).toBe(
      `${csp}; frame-ancestors https://a.example`,
    );
  });

  it('shows its hashes as one placeholder for documentation', () => {
    expect(collapseHashes(csp)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self' 'sha256-…'; worker-src 'self'",
    );
  });
});

describe('EMBED_ORIGINS', () => {
  it('takes origins separated by spaces or commas', () => {
    expect(
      parseEmbedOrigins(' https://lms.contoso.com,http://127.0.0.1:4462  https://*.contoso.com '),
    ).toEqual(['https://lms.contoso.com', 'http://127.0.0.1:4462', 'https://*.contoso.com']);
    expect(parseEmbedOrigins(undefined)).toEqual([]);
  });

  it('refuses what is not an origin, naming it', () => {
    expect(() => parseEmbedOrigins('lms.contoso.com')).toThrow(
      /"lms.contoso.com", which is not an origin/,
    );
    expect(() => parseEmbedOrigins("https://a.example/path 'self'")).toThrow(/are not origins/);
  });
});

describe('header rules', () => {
  it('group pages so that a folder of one kind is one rule and no two rules meet', () => {
    expect(groupPages(input())).toEqual([
      { pattern: '/', embed: false },
      { pattern: '/404.html', embed: false },
      { pattern: '/about/*', embed: false },
      { pattern: '/areas/', embed: false },
      { pattern: '/areas/licensing/*', embed: true },
      { pattern: '/areas/monitoring/*', embed: true },
      { pattern: '/assessment/', embed: true },
      { pattern: '/assessment/print/*', embed: false },
      { pattern: '/assessment/results/*', embed: false },
      { pattern: '/roles/*', embed: false },
      { pattern: '/training/', embed: false },
      { pattern: '/training/links/*', embed: false },
      { pattern: '/training/recovery-drill/*', embed: true },
    ]);
  });

  it('give each path each header once, pages and assets alike', () => {
    const paths = [
      ...pages,
      '/areas/licensing/index.html',
      '/_astro/app.1a2b.js',
      '/sw.js',
      '/pagefind/pagefind.js',
    ];
    expect(ruleProblems(headerRules(input(['https://lms.example'])), paths)).toEqual([]);
  });

  it('would be caught if two rules gave one path the same header', () => {
    const rules = [
      {
        pattern: '/*',
        headers: [['Content-Security-Policy', "frame-ancestors 'none'"]] as [string, string][],
      },
      {
        pattern: '/areas/*',
        headers: [['Content-Security-Policy', 'frame-ancestors https://a']] as [string, string][],
      },
    ];
    expect(ruleProblems(rules, ['/areas/x/'])).toEqual([
      '/areas/x/: Content-Security-Policy comes from both /* and /areas/*',
    ]);
    expect(headersFor(rules, '/areas/x/')[0]?.[1]).toBe(
      "frame-ancestors 'none', frame-ancestors https://a",
    );
  });

  it('would be caught if a line grew past what Cloudflare Pages reads', () => {
    const long = {
      pattern: '/',
      headers: [['Content-Security-Policy', 'x'.repeat(2000)]] as [string, string][],
    };
    expect(ruleProblems([long], [])[0]).toMatch(/over the 2000 Cloudflare Pages reads/);
  });

  it('let no one frame a page that is not embed-capable', () => {
    for (const path of [
      '/',
      '/404.html',
      '/areas/',
      '/assessment/results/',
      '/roles/it-support/',
      '/training/links/',
    ])
      expect(frameAncestors(header(path, 'Content-Security-Policy')), path).toBe("'none'");
  });

  it("let Teams and the EMBED_ORIGINS frame embed-capable pages, keeping the site's policy", () => {
    const policy = header('/areas/licensing/', 'Content-Security-Policy', [
      'http://127.0.0.1:4462',
    ]);
    expect(frameAncestors(policy)).toBe([...TEAMS_ORIGINS, 'http://127.0.0.1:4462'].join(' '));
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='");
    expect(frameAncestors(header('/assessment/', 'Content-Security-Policy'))).toBe(
      TEAMS_ORIGINS.join(' '),
    );
    expect(
      frameAncestors(header('/areas/licensing/index.html', 'Content-Security-Policy')),
    ).toContain('teams');
  });

  it('send the security headers everywhere, and cache hashed assets for a year', () => {
    for (const path of ['/', '/_astro/x.js', '/pagefind/pagefind.js']) {
      expect(header(path, 'X-Content-Type-Options')).toBe('nosniff');
      expect(header(path, 'Referrer-Policy')).toBe('no-referrer');
      expect(header(path, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(header(path, 'Permissions-Policy')).toMatch(/camera=\(\)/);
    }
    expect(header('/_astro/x.js', 'Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(header('/areas/licensing/', 'Cache-Control')).toBe('no-cache');
    expect(header('/sw.js', 'Cache-Control')).toBe('no-cache');
  });
});

describe('_headers patterns', () => {
  it('match as Netlify and Cloudflare Pages do', () => {
    expect(patternMatches('/roles/*', '/roles/')).toBe(true);
    expect(patternMatches('/roles/*', '/roles/x/index.html')).toBe(true);
    expect(patternMatches('/roles/*', '/rolesx/')).toBe(false);
    expect(patternMatches('/', '/about/')).toBe(false);
    expect(patternMatches('/areas/:slug/', '/areas/x/')).toBe(true);
    expect(patternMatches('/areas/:slug/', '/areas/x/y/')).toBe(false);
    expect(patternMatches('/404.html', '/404xhtml')).toBe(false);
  });
});

describe('Azure Static Web Apps and nginx', () => {
  it('Static Web Apps: nobody frames by default, embed-capable pages get their own route', () => {
    const config = staticWebAppConfig(input()) as {
      globalHeaders: Record<string, string>;
      routes: { route: string; headers: Record<string, string> }[];
      responseOverrides: object;
    };
    expect(frameAncestors(config.globalHeaders['Content-Security-Policy'])).toBe("'none'");
    expect(config.globalHeaders['X-Content-Type-Options']).toBe('nosniff');
    expect(config.routes.map((r) => r.route)).toEqual([
      '/_astro/*',
      '/areas/licensing/',
      '/areas/licensing/*',
      '/areas/monitoring/',
      '/areas/monitoring/*',
      '/assessment/',
      '/training/recovery-drill/',
      '/training/recovery-drill/*',
    ]);
    for (const route of config.routes.slice(1))
      expect(frameAncestors(route.headers['Content-Security-Policy'])).toBe(
        TEAMS_ORIGINS.join(' '),
      );
    expect(config.responseOverrides).toEqual({ '404': { rewrite: '/404.html' } });
  });

  it('nginx: one policy with frame-ancestors from a map of the embed-capable pages', () => {
    const text = nginxConfig(input(['https://lms.example']), {
      root: '/srv/a2o/dist',
      collapseHashes: true,
    });
    expect(text).toContain('    ~^/areas/[^/]+/ 1;\n');
    expect(text).toContain('    ~^/training/recovery-drill/ 1;\n');
    expect(text).toContain('    ~^/assessment/(index\\.html)?$ 1;\n');
    expect(text).not.toContain('~^/roles/');
    expect(text).toContain(`    1 "${[...TEAMS_ORIGINS, 'https://lms.example'].join(' ')}";`);
    expect(text).toContain(
      `add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-…'; style-src 'self' 'sha256-…'; worker-src 'self'; frame-ancestors $a2o_frame_ancestors" always;`,
    );
    expect(text).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(text).toContain('    ~^/_astro/ "public, max-age=31536000, immutable";');
  });

  it('nginx: a folder of mostly embed-capable pages is one line after its exceptions', () => {
    const modules = [
      '/training/',
      '/training/links/',
      '/training/a/',
      '/training/b/',
      '/training/c/',
    ];
    const text = nginxConfig({ ...input(), pages: modules }, { root: '/srv' });
    const map = text.slice(text.indexOf('default 0;'), text.indexOf('}'));
    expect(map).toBe('default 0;\n    ~^/training/links/ 0;\n    ~^/training/[^/]+/ 1;\n');
  });
});
