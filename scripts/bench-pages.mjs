// npm run bench -- --pages 200,1000,2000: how the build scales with the amount of content.
// For each N, copies the project into a temporary folder (content/ itself is never touched),
// adds N synthetic guidance pages to its content/pages, builds it, and reports the wall time,
// pages per second, peak memory, the time of each build stage and the HTML weight per page.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve('.');
// Left out of the copy: installed packages (linked instead), outputs and tool state.
const SKIPPED = new Set([
  'node_modules',
  '.git',
  'dist',
  '.astro',
  'test-results',
  'playwright-report',
  'bench-results',
  'reports',
  '.stryker-tmp',
]);

/**
 * The build's stages, each ending at the first log line that matches: the time between two
 * markers is the stage before the second. Astro and this project's integrations print them.
 */
const STAGES = [
  { name: 'content rules (a2o validation)', ends: /\[content\] Syncing content/ },
  { name: 'content sync and types', ends: /Collecting build info/ },
  { name: 'bundling (vite)', ends: /generating static routes/ },
  { name: 'rendering pages', ends: /\[build\] ✓ Completed in/, after: /generating static routes/ },
  { name: 'sitemap and site checks', ends: /\[a2o:site-checks\]/ },
  { name: 'search index (pagefind)', ends: /\[a2o:pagefind\]/ },
  { name: 'offline worker (workbox)', ends: /\[a2o:offline\]/ },
  { name: 'header files', ends: /\[a2o:hosting-headers\]/ },
];

const WORDS =
  'batch job environment sandbox production capacity licence role security audit release update wave backup restore monitor alert integration dual-write dataverse finance operations business central power platform admin center lifecycle services telemetry retention policy owner review quarterly monthly weekly incident ticket support escalation'.split(
    ' ',
  );

/** A deterministic page of about 1,200 words: headings, paragraphs, a list, a table, links. */
function syntheticPage(index) {
  let seed = index * 7919 + 13;
  const word = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return WORDS[seed % WORDS.length];
  };
  const sentence = (n) => {
    const text = Array.from({ length: n }, word).join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(14)).join(' ');
  const sections = Array.from({ length: 6 }, (_, s) =>
    [
      `## Section ${s + 1}: ${sentence(4).slice(0, -1)}`,
      paragraph(),
      `### Detail ${s + 1}`,
      paragraph(),
      ['- ' + sentence(8), '- ' + sentence(8), '- ' + sentence(8)].join('\n'),
      '| Setting | Value |\n| --- | --- |\n| ' + word() + ' | ' + word() + ' |',
      `See [the licensing guidance](/areas/licensing/) and [business continuity](/areas/business-continuity/#overview).`,
    ].join('\n\n'),
  );
  return `---\ntitle: Synthetic page ${index}\ndescription: A generated page for the build benchmark, ${sentence(6)}\n---\n\n${paragraph()}\n\n${sections.join('\n\n')}\n`;
}

function copyProject() {
  const dir = mkdtempSync(join(tmpdir(), 'a2o-bench-'));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !SKIPPED.has(source.slice(ROOT.length + 1).split('/')[0]),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Runs astro build under /usr/bin/time, timing each log line as it arrives. */
function timedBuild(dir) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const lines = [];
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'PEAK_KB %M', join(dir, 'node_modules/.bin/astro'), 'build'],
      {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    let rest = '';
    const read = (chunk) => {
      const text = rest + chunk.toString();
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) lines.push({ at: performance.now() - started, line });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', fail);
    child.on('close', (code) => {
      if (rest) lines.push({ at: performance.now() - started, line: rest });
      if (code !== 0)
        return fail(new Error(`build failed:\n${lines.map((l) => l.line).join('\n')}`));
      done({ seconds: (performance.now() - started) / 1000, lines });
    });
  });
}

function stagesOf(lines, totalSeconds) {
  let from = 0;
  const stages = [];
  for (const stage of STAGES) {
    const start = stage.after ? lines.findIndex((l) => stage.after.test(l.line)) : 0;
    const end = lines.findIndex((l, i) => i >= start && stage.ends.test(l.line));
    if (end < 0) continue;
    stages.push({ name: stage.name, seconds: (lines[end].at - from) / 1000 });
    from = lines[end].at;
  }
  stages.push({ name: 'the rest (start-up, writing out)', seconds: totalSeconds - from / 1000 });
  return stages;
}

/**
 * Builds the project with `count` synthetic pages and returns what it measured. With `keep`, the
 * temporary copy stays (its path is in the result) for a closer look, e.g. a CPU profile.
 */
export async function measurePages(count, { keep = false } = {}) {
  const dir = copyProject();
  try {
    for (let i = 1; i <= count; i++)
      writeFileSync(
        join(dir, `content/pages/synthetic-${String(i).padStart(4, '0')}.md`),
        syntheticPage(i),
      );
    const { seconds, lines } = await timedBuild(dir);
    const peak = Number(lines.find((l) => l.line.startsWith('PEAK_KB'))?.line.split(' ')[1] ?? 0);
    const built = Number(
      lines.map((l) => /(\d+) page\(s\) built/.exec(l.line)?.[1]).find(Boolean) ?? 0,
    );
    const sample = Array.from(
      { length: Math.min(count, 20) },
      (_, i) =>
        gzipSync(
          readFileSync(join(dir, `dist/synthetic-${String(i + 1).padStart(4, '0')}/index.html`)),
        ).length,
    );
    return {
      ...(keep ? { copy: dir } : {}),
      syntheticPages: count,
      builtPages: built,
      seconds: Number(seconds.toFixed(1)),
      pagesPerSecond: Number((built / seconds).toFixed(1)),
      peakMiB: Math.round(peak / 1024),
      htmlGzPerPage: Math.round(sample.reduce((a, b) => a + b, 0) / sample.length),
      stages: stagesOf(lines, seconds).map((s) => ({
        ...s,
        seconds: Number(s.seconds.toFixed(1)),
      })),
    };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the runs as one table of totals and one of stages. */
export function printPages(runs) {
  console.table(
    runs.map((r) => ({
      'synthetic pages': r.syntheticPages,
      'pages built': r.builtPages,
      'wall s': r.seconds,
      'pages/s': r.pagesPerSecond,
      'peak MiB': r.peakMiB,
      'HTML gz/page': `${(r.htmlGzPerPage / 1024).toFixed(1)} kB`,
    })),
  );
  const names = runs[0]?.stages.map((s) => s.name) ?? [];
  console.table(
    names.map((name) =>
      Object.fromEntries([
        ['stage', name],
        ...runs.map((r) => [
          `${r.syntheticPages} pages, s`,
          r.stages.find((s) => s.name === name)?.seconds,
        ]),
      ]),
    ),
  );
}
