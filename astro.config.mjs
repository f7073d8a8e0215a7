// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import contentValidation from './src/integrations/content-validation.ts';
import siteChecks from './src/integrations/site-checks.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import hostingHeaders from './src/integrations/hosting-headers.ts';
import offline from './src/integrations/offline.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from './src/lib/markdown/heading-anchors.ts';

// Canonical URLs, the sitemap and link previews need the public address of the site.
// Set SITE_URL when building for deployment, e.g. SITE_URL=https://a2o.contoso.com npm run build.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // 'jsx' (the Astro 7 default) drops the spaces between inline elements written on separate lines.
  compressHTML: true,
  // The content validator runs first, so a writer sees every problem before Astro's own checks.
  // The service worker precaches the finished dist/ with its search index; the header files come
  // last, as they describe every file.
  integrations: [
    contentValidation(),
    mdx(),
    react(),
    sitemap(),
    siteChecks(),
    pagefindIndex(),
    offline(),
    hostingHeaders(),
  ],
  markdown: {
    syntaxHighlight: 'prism',
    // Headings get ids and self-links in Markdown and MDX alike.
    processor: satteri({ hastPlugins: [headingAnchors] }),
  },
  vite: {
    build: {
      // Page scripts stay files: every inlined one adds its hash to the Content-Security-Policy
      // of every page, and Cloudflare Pages reads no header line past 2,000 characters
      // (src/lib/hosting). Module scripts are deferred, so a file costs no render time.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Every MDX entry triggers a known, harmless warning (withastro/astro#18087) that buries real ones.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        // The offline service worker (/sw.js) and Pagefind's search worker.
        "worker-src 'self'",
      ],
      // Pagefind compiles its WebAssembly in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
