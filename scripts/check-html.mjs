// The Nu HTML checker (vnu.jar, from the vnu-jar package) over every HTML page of dist/, in one
// Java run (starting Java once per page would take minutes). Fails on any error; prints the count
// of pages, errors and warnings.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { listFiles } from '../src/lib/site-checks/index.ts';
import { summarizeNuReport } from '../src/lib/site-checks/nu-report.ts';
import { ensureJava } from './find-java.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist} has no built site: run "npm run build" first (npm test does it for you).`);
  process.exit(1);
}
const vnuJar = join(
  dirname(createRequire(import.meta.url).resolve('vnu-jar')),
  'build/dist/vnu.jar',
);
const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
const run = spawnSync(
  ensureJava(),
  [
    '-jar',
    vnuJar,
    '--format',
    'json',
    '--stdout',
    '--exit-zero-always',
    ...pages.map((p) => join(dist, p)),
  ],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
if (run.status !== 0 || !run.stdout) {
  console.error(`The Nu HTML checker did not run (exit ${run.status}):\n${run.stderr}`);
  process.exit(1);
}
const { errors, warnings } = summarizeNuReport(JSON.parse(run.stdout), dist);
for (const error of errors) console.error(`  ${error}`);
console.log(
  `Nu HTML checker: ${pages.length} pages, ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
);
process.exit(errors.length ? 1 : 0);
