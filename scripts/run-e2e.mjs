// Runs the browser tests against the built site (npm run build first, or use npm test).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run "npm run build" first (npm test does it for you).');
  process.exit(1);
}
const chrome = ensureChromium();
const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chrome },
});
process.exit(result.status ?? 1);
