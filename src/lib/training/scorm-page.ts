import type { CheckQuestion, Training } from '../../schemas/training.ts';
import { escapeXml as esc } from '../qr.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { checkFormHtml } from './check-markup.ts';
import { SCORM_FILES } from './scorm.ts';

/** What the launch page shows of a module. */
export type LaunchModule = Pick<
  Training,
  'title' | 'summary' | 'objectives' | 'steps' | 'links' | 'lastReviewed' | 'duration'
> & { check: readonly CheckQuestion[] };

/** The policy the launch page sets for itself: its own files only, nothing inline. */
export const SCORM_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * The SCORM package's launch page: the module and its check, self-contained (its stylesheet and
 * script are files beside it). Links that lead to the site point at its public address and open
 * a new window, so the LMS's frame keeps the module.
 */
export function scormLaunchPage(
  slug: string,
  module: LaunchModule,
  bodyHtml: string,
  siteUrl: string,
): string {
  const live = absoluteUrl(paths.training(slug), siteUrl);
  const link = (href: string, text: string) =>
    `<a href="${esc(outward(href, siteUrl))}" target="_blank" rel="noopener">${esc(text)}</a>`;
  const reviewed = module.lastReviewed.toISOString().slice(0, 10);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${SCORM_CSP}">
<title>${esc(module.title)}</title>
<link rel="stylesheet" href="${SCORM_FILES.style}">
<script src="${SCORM_FILES.script}"></script>
</head>
<body>
<main class="scorm" id="main">
<p class="scorm__lms" role="status" data-scorm-status>Looking for your learning platform…</p>
<h1>${esc(module.title)}</h1>
<p class="lead">${esc(module.summary)}</p>
<p class="scorm__meta">${module.duration} minutes · last reviewed <time datetime="${reviewed}">${reviewed}</time> · ${link(live, 'the live page')}</p>
<h2>Objectives</h2>
<ul>${module.objectives.map((o) => `<li>${esc(o)}</li>`).join('')}</ul>
<h2>Steps</h2>
<ol>${module.steps.map((s) => `<li><strong>${esc(s.title)}.</strong> ${esc(s.detail)}</li>`).join('')}</ol>
<div class="scorm__body">${outwardLinks(bodyHtml, siteUrl)}</div>
${module.links.length ? `<h2>Links</h2>\n<ul>${module.links.map((l) => `<li>${link(l.url, l.title)}</li>`).join('')}</ul>` : ''}
${module.check.length ? `<h2 id="check">Knowledge check</h2>\n${checkFormHtml(slug, module.check)}` : ''}
</main>
</body>
</html>
`;
}

/** A link target as seen from inside the package: site paths on the public address. */
function outward(href: string, siteUrl: string): string {
  return href.startsWith('/') ? absoluteUrl(href, siteUrl) : href;
}

/** The body's links, made absolute and opened in a new window; in-page anchors stay. */
function outwardLinks(html: string, siteUrl: string): string {
  return html.replace(/<a ([^>]*?)href="([^"#][^"]*)"/g, (_, before: string, href: string) => {
    const target = outward(href.replace(/&amp;/g, '&'), siteUrl);
    return `<a ${before}href="${esc(target)}" target="_blank" rel="noopener"`;
  });
}
