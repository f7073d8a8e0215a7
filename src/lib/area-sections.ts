/**
 * The fixed sections of every area page, in order. Their ids are part of the site's public
 * URLs (trainers link to them), so an id never changes once published.
 */
export const areaSections = [
  { id: 'overview', title: 'What it covers and why it matters' },
  { id: 'who-is-involved', title: 'Who is involved' },
  { id: 'business-processes', title: 'Business processes' },
  { id: 'tools', title: 'Tools and features' },
  { id: 'measures', title: 'How to measure it' },
  { id: 'maturity', title: 'What each maturity level looks like' },
  { id: 'connections', title: 'How it connects' },
  { id: 'resources', title: 'Related resources' },
] as const;

export type AreaSectionId = (typeof areaSections)[number]['id'];

/** Anchor of a business process on its area page: 99.25.040 → "99-25-040". */
export const processAnchor = (catalogId: string): string => catalogId.replaceAll('.', '-');

/** Every anchor an area page has: its sections, its business processes and its body's headings. */
export function areaAnchors(processIds: readonly string[], bodySlugs: readonly string[]): Set<string> {
  return new Set([...areaSections.map((s) => s.id), ...processIds.map(processAnchor), ...bodySlugs]);
}
