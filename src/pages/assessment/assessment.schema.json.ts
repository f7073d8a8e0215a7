import { paths } from '../../lib/urls.ts';
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { assessmentFileSchema } from '../../schemas/assessment-file.ts';

/** JSON Schema of an exported assessment file, generated from the zod schema that validates imports. */
export const GET: APIRoute = () =>
  Response.json({
    $id: paths.assessmentSchema,
    title: 'Administer to Operate assessment file (version 1)',
    ...z.toJSONSchema(assessmentFileSchema),
  });
