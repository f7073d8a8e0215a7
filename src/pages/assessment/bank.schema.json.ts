import { paths } from '../../lib/urls.ts';
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { bankSchema } from '../../schemas/bank.ts';

/** JSON Schema of /assessment/bank.json, generated from the zod schema that builds it. */
export const GET: APIRoute = () =>
  Response.json({
    $id: paths.bankSchema,
    title: 'Administer to Operate question bank',
    ...z.toJSONSchema(bankSchema),
  });
