import type { z } from 'astro/zod';
import { slugRef } from '../../schemas/common.ts';
import { areaSchema } from '../../schemas/area.ts';
import { questionFileSchema } from '../../schemas/question.ts';
import { roleSchema } from '../../schemas/role.ts';
import { trainingSchema } from '../../schemas/training.ts';
import { pageSchema } from '../../schemas/page.ts';
import { processSchema } from '../../schemas/process.ts';
import { resourceSchema } from '../../schemas/resource.ts';
import { maturitySchema } from '../../schemas/maturity.ts';

/** How each collection is stored under content/ and which schema checks it. */
export const collectionSpecs = {
  areas: { dir: 'areas', extension: '.mdx', schema: areaSchema(slugRef) },
  questions: { dir: 'questions', extension: '.yaml', schema: questionFileSchema(slugRef) },
  roles: { dir: 'roles', extension: '.md', schema: roleSchema(slugRef) },
  training: { dir: 'training', extension: '.mdx', schema: trainingSchema(slugRef) },
  pages: { dir: 'pages', extension: '.mdx', schema: pageSchema },
  processes: { file: 'processes.yaml', schema: processSchema },
  resources: { file: 'resources.yaml', schema: resourceSchema(slugRef) },
  maturity: { single: 'maturity.yaml', schema: maturitySchema },
} as const;

type Specs = typeof collectionSpecs;
export type CollectionKey = keyof Specs;

/** A validated entry: its id, where it came from, its data, and a way back to a field's line. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
  bodyOffset?: number;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  prefix?: readonly PropertyKey[];
}

/** Every collection of content/, validated entry by entry. */
export type ContentSet = {
  [K in CollectionKey]: Entry<z.output<Specs[K]['schema']>>[];
};
