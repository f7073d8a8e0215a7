/**
 * Every route of the site (DESIGN.md, "Routes"), in one place: pages, islands, exports, budgets
 * and tests build their links from here. Routes are stable, because trainers link to them; a
 * renamed one keeps a redirect.
 */
export const paths = {
  home: '/',
  introduction: '/introduction/',
  overview: '/overview/',
  about: '/about/',
  /** A stand-alone page of content/pages, such as /about/. */
  page: (slug: string) => `/${slug}/`,

  areas: '/areas/',
  area: (slug: string) => `/areas/${slug}/`,
  /** A section or business process of an area page, for example /areas/licensing/#99-15-010. */
  guidance: (slug: string, anchor: string) => `/areas/${slug}/#${anchor}`,
  /** An area's operations calendar (recurring events) and run book. */
  areaCalendar: (slug: string) => `/areas/${slug}/routines.ics`,
  areaRunbook: (slug: string) => `/areas/${slug}/runbook.md`,
  estateCalendar: '/areas/routines.ics',
  estateRunbook: '/areas/runbook.md',

  roles: '/roles/',
  role: (slug: string) => `/roles/${slug}/`,

  trainingIndex: '/training/',
  training: (slug: string) => `/training/${slug}/`,
  scormPackage: (slug: string) => `/training/${slug}.scorm.zip`,
  linkBuilder: '/training/links/',

  assessment: '/assessment/',
  assessArea: (slug: string) => `/assessment/?areas=${slug}`,
  assessRole: (slug: string) => `/assessment/?role=${slug}`,
  results: '/assessment/results/',
  compare: '/assessment/compare/',
  team: '/assessment/team/',
  print: '/assessment/print/',
  printArea: (slug: string) => `/assessment/print/${slug}/`,
  printRole: (slug: string) => `/assessment/print/role/${slug}/`,
  /** A question in the list of its area page, among the guidance that explains it. */
  areaQuestion: (slug: string, questionId: string) =>
    `/areas/${slug}/#${questionAnchor(questionId)}`,
  bank: '/assessment/bank.json',
  bankSchema: '/assessment/bank.schema.json',
  assessmentSchema: '/assessment/assessment.schema.json',

  glossary: '/glossary/',
  glossaryTerm: (id: string) => `/glossary/#${id}`,
  updates: '/updates/',
  updatesFeed: '/updates.xml',
  resources: '/resources/',
  search: '/search/',
  notFound: '/404.html',
} as const;

/**
 * Whether a built page may be shown in another site's frame (DESIGN.md, "Trainers' kit" and
 * "Hosting, headers and offline"): an area page, a module page, and the assessment (which the
 * link builder only embeds for one area). The hosting header files allow framing on these pages
 * only; every other page keeps frame-ancestors 'none'. Takes a site path without query.
 */
export function embedCapable(path: string): boolean {
  if (path === paths.assessment) return true;
  return /^\/(areas|training)\/[^/]+\/$/.test(path) && path !== paths.linkBuilder;
}

/** Anchor of a question, on the printable questionnaire and in the online one. */
export const questionAnchor = (questionId: string) => `q-${questionId}`;

/**
 * The absolute address of a site path on the public site (SITE_URL at build), for links that
 * leave the site: exports, calendars, QR codes, SCORM packages.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const relative = path.replace(/^\//, '');
  return URL.canParse(relative, base) ? new URL(relative, base).href : path;
}
