import type { APIRoute, GetStaticPaths } from 'astro';
import { getTraining, type TrainingEntry } from '../../lib/content/queries.ts';
import { scormPackage } from '../../lib/scorm/package.ts';

/** /training/<module>.scorm.zip: the module as a SCORM 1.2 package for an LMS. */
export const getStaticPaths = (async () =>
  (await getTraining()).map((module) => ({
    params: { slug: module.id },
    props: { module },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ module: TrainingEntry }> = async ({ props, site }) => {
  const { module } = props;
  const zip = await scormPackage(
    module.id,
    module.data,
    module.rendered?.html ?? '',
    site?.href ?? '/',
  );
  return new Response(new Blob([zip as Uint8Array<ArrayBuffer>]), {
    headers: { 'Content-Type': 'application/zip' },
  });
};
