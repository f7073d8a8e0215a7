import type { APIRoute } from 'astro';
import { getAreas } from '../../../lib/content/queries.ts';
import { handoutQrResponse } from '../../../lib/content/handout-qr.ts';
import { paths } from '../../../lib/urls.ts';

/** The QR code printed on an area page's handout. */
export async function getStaticPaths() {
  return (await getAreas()).map((area) => ({ params: { slug: area.id } }));
}

export const GET: APIRoute = ({ params, site }) =>
  handoutQrResponse(paths.area(params.slug!), site);
