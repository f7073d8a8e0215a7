import type { APIRoute } from 'astro';
import { getAreas } from '../../../lib/content/queries.ts';
import { routineFile } from '../../../lib/content/routine-files.ts';

/** An area's operations calendar: one recurring event per routine. */
export async function getStaticPaths() {
  return (await getAreas()).map((area) => ({ params: { slug: area.id } }));
}

export const GET: APIRoute = ({ params, site }) => routineFile('calendar', site, params.slug);
