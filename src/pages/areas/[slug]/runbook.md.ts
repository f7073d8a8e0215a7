import type { APIRoute } from 'astro';
import { getAreas } from '../../../lib/content/queries.ts';
import { routineFile } from '../../../lib/content/routine-files.ts';

/** An area's run book in Markdown: its routines as task lists, by cadence. */
export async function getStaticPaths() {
  return (await getAreas()).map((area) => ({ params: { slug: area.id } }));
}

export const GET: APIRoute = ({ params, site }) => routineFile('runbook', site, params.slug);
