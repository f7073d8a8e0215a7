import type { APIRoute } from 'astro';
import * as z from 'zod/mini';
import { importableFileSchema } from '../../schemas/assessment-file.ts';
import { paths } from '../../lib/urls.ts';

/**
 * JSON Schema of the assessment files this site imports (format versions 1 and 2), generated
 * from the zod schemas the importer uses; a test runs one corpus of files through both.
 */
export const GET: APIRoute = () =>
  Response.json({
    ...z.toJSONSchema(importableFileSchema),
    $id: paths.assessmentSchema,
    title: 'Administer to Operate assessment file (format versions 1 and 2)',
  });
