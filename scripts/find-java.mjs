// Finds a Java runtime for the Nu HTML checker (vnu.jar needs Java 17 or later). On a Debian
// machine without one, running as root, it installs Debian's default-jre-headless and says so;
// elsewhere it stops with instructions. vnu-jar's own download of a Java runtime is switched off
// (allowScripts in package.json): the checks never fetch a runtime from outside the registries.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { canInstallDebianPackages, installDebianPackage } from './debian-package.mjs';

const MIN_VERSION = 17;

const candidates = () =>
  [
    process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java'),
    '/usr/bin/java',
    '/usr/local/bin/java',
    '/opt/homebrew/opt/openjdk/bin/java',
  ].filter(Boolean);

/** The major version of a Java executable, or undefined when it does not run. */
function majorVersion(java) {
  const { stderr, stdout, status } = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${stderr}${stdout}`);
  if (!match) return undefined;
  // Java 8 and older call themselves 1.x.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

export function findJava() {
  return candidates().find((java) => existsSync(java) && (majorVersion(java) ?? 0) >= MIN_VERSION);
}

/** Returns the path of a Java 17+ executable, installing Debian's package when that is possible. */
export function ensureJava() {
  const found = findJava();
  if (found) return found;
  if (canInstallDebianPackages()) {
    installDebianPackage('default-jre-headless', `No Java ${MIN_VERSION} or later found`);
    const installed = findJava();
    if (installed) return installed;
  }
  console.error(
    [
      `The HTML check (Nu HTML checker) needs Java ${MIN_VERSION} or later, and none was found.`,
      'Install one (Debian/Ubuntu: sudo apt-get install default-jre-headless; macOS: brew install openjdk),',
      'or point JAVA_HOME at it, then run the checks again.',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureJava());
