import { cadenceSchema } from '../schemas/area.ts';

/**
 * The fixed sections of every area page, in order. Their ids are part of the site's public
 * URLs (trainers link to them), so an id never changes once published.
 */
export const areaSections = [
  { id: 'overview', title: 'What it covers and why it matters' },
  { id: 'who-is-involved', title: 'Who is involved' },
  { id: 'business-processes', title: 'Business processes' },
  { id: 'routines', title: 'Routines: the recurring work' },
  { id: 'limits', title: 'Numbers to know' },
  { id: 'tools', title: 'Tools and features' },
  { id: 'measures', title: 'How to measure it' },
  { id: 'maturity', title: 'What each maturity level looks like' },
  { id: 'questions', title: 'Questions in the self-assessment' },
  { id: 'training', title: 'Hands-on modules' },
  { id: 'connections', title: 'How it connects' },
  { id: 'resources', title: 'Related resources' },
] as const;

/** Anchor of the "Your assessment" box, shown where this browser holds an assessment. */
export const YOUR_ASSESSMENT_ANCHOR = 'your-assessment';

/** Anchor of one cadence's routines: "routines-daily". */
export const routinesAnchor = (cadence: string): string => `routines-${cadence}`;

/** Anchor of a business process on its area page: 99.25.040 → "99-25-040". */
export const processAnchor = (catalogId: string): string => catalogId.replaceAll('.', '-');

/** Every anchor an area page has: its sections, its business processes and its body's headings. */
export function areaAnchors(
  processIds: readonly string[],
  bodySlugs: readonly string[],
): Set<string> {
  const connections = ['connected-areas', 'upstream', 'downstream'];
  return new Set([
    ...areaSections.map((s) => s.id),
    YOUR_ASSESSMENT_ANCHOR,
    ...cadenceSchema.options.map(routinesAnchor),
    ...connections,
    ...processIds.map(processAnchor),
    ...bodySlugs,
  ]);
}

/** The h3 headings of the "How it connects" section, present only when the area has such links. */
export function connectionHeadings(data: {
  related: readonly unknown[];
  endToEnd: readonly { direction: 'upstream' | 'downstream' }[];
}) {
  return [
    {
      slug: 'connected-areas',
      text: 'Other administer to operate areas',
      show: data.related.length > 0,
    },
    {
      slug: 'upstream',
      text: 'Upstream: processes that shape this area',
      show: data.endToEnd.some((e) => e.direction === 'upstream'),
    },
    {
      slug: 'downstream',
      text: 'Downstream: processes that rely on it',
      show: data.endToEnd.some((e) => e.direction === 'downstream'),
    },
  ].filter((h) => h.show);
}

/**
 * The "On this page" entries of an area page, in page order. Routines, numbers and modules are
 * sections only where the area has any.
 */
export function areaToc(
  data: Parameters<typeof connectionHeadings>[0] & {
    processes: readonly { id: string; title: string }[];
    routines: readonly unknown[];
    limits: readonly unknown[];
  },
  bodyHeadings: readonly { depth: number; slug: string; text: string }[],
  moduleCount: number,
) {
  const h2 = (id: string) => ({
    depth: 2,
    slug: id,
    text: areaSections.find((s) => s.id === id)!.title,
  });
  return [
    h2('overview'),
    ...bodyHeadings.filter((h) => h.depth === 3),
    h2('who-is-involved'),
    h2('business-processes'),
    ...data.processes.map((p) => ({
      depth: 3,
      slug: processAnchor(p.id),
      text: `${p.id} ${p.title}`,
    })),
    ...(data.routines.length > 0 ? [h2('routines')] : []),
    ...(data.limits.length > 0 ? [h2('limits')] : []),
    h2('tools'),
    h2('measures'),
    h2('maturity'),
    h2('questions'),
    ...(moduleCount > 0 ? [h2('training')] : []),
    h2('connections'),
    ...connectionHeadings(data).map(({ slug, text }) => ({ depth: 3, slug, text })),
    h2('resources'),
  ];
}
