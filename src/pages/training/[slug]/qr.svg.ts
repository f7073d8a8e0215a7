import type { APIRoute } from 'astro';
import { getTraining } from '../../../lib/content/queries.ts';
import { handoutQrResponse } from '../../../lib/content/handout-qr.ts';
import { paths } from '../../../lib/urls.ts';

/** The QR code printed on a module page's handout. */
export async function getStaticPaths() {
  return (await getTraining()).map((module) => ({ params: { slug: module.id } }));
}

export const GET: APIRoute = ({ params, site }) =>
  handoutQrResponse(paths.training(params.slug!), site);
