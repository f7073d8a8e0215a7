import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { strToU8, zipSync } from 'fflate';
import { scormLaunchPage, type LaunchModule } from '../training/scorm-page.ts';
import { SCORM_FILES, scormManifest } from '../training/scorm.ts';

/**
 * Builds a module's SCORM 1.2 package at build time (src/pages/training/[slug].scorm.zip.ts):
 * the manifest, the launch page, its stylesheet (the site's tokens and base styles, the check's
 * styles) and its script (src/scripts/scorm/launch.ts, bundled with the grading it imports).
 */

const STYLES = [
  'reset.css',
  'tokens.css',
  'base.css',
  'components.css',
  'check.css',
  'scorm.css',
].map((file) => `src/styles/${file}`);

let assets: Promise<{ script: string; style: string }> | undefined;

/** The script and stylesheet every package shares, made once per build. */
function sharedAssets() {
  assets ??= (async () => {
    const bundle = await build({
      entryPoints: [resolve('src/scripts/scorm/launch.ts')],
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      legalComments: 'none',
    });
    const style = STYLES.map((file) => readFileSync(resolve(file), 'utf8')).join('\n');
    return { script: bundle.outputFiles[0]!.text, style };
  })();
  return assets;
}

export async function scormPackage(
  slug: string,
  module: LaunchModule,
  bodyHtml: string,
  siteUrl: string,
): Promise<Uint8Array> {
  const { script, style } = await sharedAssets();
  const files: Record<string, string> = {
    [SCORM_FILES.launch]: scormLaunchPage(slug, module, bodyHtml, siteUrl),
    [SCORM_FILES.script]: script,
    [SCORM_FILES.style]: style,
  };
  const manifest = scormManifest({
    slug,
    title: module.title,
    files: Object.keys(files),
    hasCheck: module.check.length > 0,
  });
  // The review date as every file's time: the same content gives the same package, byte for byte.
  const mtime = module.lastReviewed;
  return zipSync(
    Object.fromEntries(
      Object.entries({ 'imsmanifest.xml': manifest, ...files }).map(([name, text]) => [
        name,
        [strToU8(text), { mtime }],
      ]),
    ),
    { level: 9 },
  );
}
