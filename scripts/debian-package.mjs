// Installs a Debian package for a tool the checks need, when that is possible: on Debian, as root
// (CI on a fresh machine). Elsewhere the caller stops with instructions, so no check is skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Whether this machine can install Debian packages without asking anyone. */
export function canInstallDebianPackages() {
  return existsSync('/etc/debian_version') && process.getuid?.() === 0;
}

/** Runs apt-get for one package, saying why first; throws when apt-get fails. */
export function installDebianPackage(name, why) {
  console.log(`${why}: installing Debian's "${name}" package (apt-get install -y ${name})…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', name], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
