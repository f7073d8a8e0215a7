// npm test: every check, in the order that fails fastest. Stops at the first failing step.
import { spawnSync } from 'node:child_process';
import { testEmbedOrigins } from '../tests/e2e/ports.ts';

// The build of the tests lets the browser tests' other origins frame embed-capable pages.
const testBuild = {
  EMBED_ORIGINS: [process.env.EMBED_ORIGINS, ...testEmbedOrigins].filter(Boolean).join(' '),
};

const steps = [
  ['Format (prettier --check)', 'prettier', ['--check', '--log-level', 'warn', '.']],
  // A fresh clone has no .astro/ types yet; without them the type-aware lint rules see errors.
  ['Content types (astro sync)', 'astro', ['sync']],
  ['Lint (eslint, layering rules included)', 'eslint', ['--max-warnings', '0', '.']],
  ['Unused files, exports and dependencies (knip)', 'knip', ['--no-progress']],
  ['Type check (astro check)', 'astro', ['check']],
  ['Unit tests, schemas and content rules (vitest)', 'vitest', ['run']],
  [
    'Build, with content validation, link check, search index and header files (astro build)',
    'astro',
    ['build'],
    testBuild,
  ],
  ['Checks on the built site: budgets and page weight', 'node', ['scripts/check-dist.mjs']],
  ['Valid HTML (Nu HTML checker, every page of dist/)', 'node', ['scripts/check-html.mjs']],
  ['Browser tests (Playwright + Chromium, axe)', 'node', ['scripts/run-e2e.mjs']],
];

for (const [title, command, args, env = {}] of steps) {
  console.log(`\n▶ ${title}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds} s.`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}
console.log('\nAll checks passed.');
