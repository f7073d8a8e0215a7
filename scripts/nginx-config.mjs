// The nginx equivalent of dist/_headers, from the same rules (src/lib/hosting/formats.ts).
//   npx node scripts/nginx-config.mjs [--root /srv/a2o/dist]   prints it for the build in dist/
//                                                          (run with the EMBED_ORIGINS of that build)
//   npx node scripts/nginx-config.mjs --readme                 rewrites the copy in README.md
// README.md shows the policy's hashes as 'sha256-…' so that it does not go stale with every
// inline script; npm test (scripts/check-dist.mjs) fails when the README copy differs otherwise.
import { readFileSync, writeFileSync } from 'node:fs';
import { nginxConfig } from '../src/lib/hosting/formats.ts';
import { readHostingInput } from '../src/integrations/hosting-headers.ts';

const README = 'README.md';
const ROOT = '/srv/a2o/dist';
const BLOCK = /(<!-- nginx:start[^>]*-->\n\n?```nginx\n)([\s\S]*?)(```\n\n?<!-- nginx:end -->)/;

/** The nginx block README.md should show for the build in `dist`. */
export function readmeNginx(dist) {
  return nginxConfig(readHostingInput(dist, ''), { root: ROOT, collapseHashes: true });
}

/** Why README.md's nginx block is out of date, or undefined when it agrees with the build. */
export function readmeNginxProblem(dist) {
  const shown = BLOCK.exec(readFileSync(README, 'utf8'))?.[2];
  if (shown === undefined) return 'README.md has no nginx block between its nginx markers';
  if (shown !== readmeNginx(dist))
    return 'the nginx configuration in README.md differs from the header rules of the build: run "npx node scripts/nginx-config.mjs --readme" (Node 22) and commit README.md';
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.includes('--readme')) {
    const text = readFileSync(README, 'utf8');
    if (!BLOCK.test(text)) throw new Error('README.md has no nginx block between its markers');
    writeFileSync(
      README,
      text.replace(BLOCK, (_, start, _old, end) => start + readmeNginx('dist') + end),
    );
    console.log('README.md: nginx block updated');
  } else {
    const root = args[args.indexOf('--root') + 1] ?? ROOT;
    process.stdout.write(
      nginxConfig(readHostingInput('dist', process.env.EMBED_ORIGINS), {
        root: args.includes('--root') ? root : ROOT,
      }),
    );
  }
}
