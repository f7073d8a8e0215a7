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
import { glossaryTermSchema } from '../../schemas/glossary.ts';
import { updateSchema } from '../../schemas/update.ts';
import { contentLocations as at } from '../../schemas/locations.ts';

/** Each collection: where it is stored under content/ (schemas/locations.ts) and its schema. */
export const collectionSpecs = {
  areas: { ...at.areas, schema: areaSchema(slugRef) },
  questions: { ...at.questions, schema: questionFileSchema(slugRef) },
  roles: { ...at.roles, schema: roleSchema(slugRef) },
  training: { ...at.training, schema: trainingSchema(slugRef) },
  pages: { ...at.pages, schema: pageSchema },
  processes: { ...at.processes, schema: processSchema },
  resources: { ...at.resources, schema: resourceSchema(slugRef) },
  glossary: { ...at.glossary, schema: glossaryTermSchema },
  updates: { ...at.updates, schema: updateSchema },
  maturity: { ...at.maturity, schema: maturitySchema },
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
