// Finds a Chromium for the browser tests. On a Debian machine without one, running as root, it
// installs Debian's package and says so; elsewhere it stops with instructions. It never lets
// the browser tests be skipped, and it never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { canInstallDebianPackages, installDebianPackage } from './debian-package.mjs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findChromium() {
  return candidates.find((path) => existsSync(path));
}

/** Returns the path of a Chromium, installing Debian's package when that is possible. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (canInstallDebianPackages()) {
    installDebianPackage('chromium', 'No Chromium found');
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    [
      'The browser tests need Chromium or Chrome, and none was found.',
      'Install one (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome),',
      'or point CHROME_PATH at its executable, then run the tests again.',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
