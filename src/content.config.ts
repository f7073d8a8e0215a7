import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { areaSchema } from './schemas/area.ts';
import { questionFileSchema } from './schemas/question.ts';
import { roleSchema } from './schemas/role.ts';
import { trainingSchema } from './schemas/training.ts';
import { processSchema } from './schemas/process.ts';
import { maturitySchema } from './schemas/maturity.ts';
import { resourceSchema } from './schemas/resource.ts';
import { pageSchema } from './schemas/page.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { updateSchema } from './schemas/update.ts';
import {
  CONTENT_DIR,
  contentLocations as at,
  publishedGlob,
  type FolderLocation,
} from './schemas/locations.ts';
import type { RefFactory } from './schemas/common.ts';

// Astro's reference() has the same output shape as our RefFactory; the cast only widens its type.
const ref = reference as unknown as RefFactory;
const folder = (location: FolderLocation) =>
  glob({ pattern: publishedGlob(location), base: `./${CONTENT_DIR}/${location.dir}` });
const list = (location: { file: string }) => file(`./${CONTENT_DIR}/${location.file}`);

export const collections = {
  areas: defineCollection({ loader: folder(at.areas), schema: areaSchema(ref) }),
  questions: defineCollection({ loader: folder(at.questions), schema: questionFileSchema(ref) }),
  roles: defineCollection({ loader: folder(at.roles), schema: roleSchema(ref) }),
  training: defineCollection({ loader: folder(at.training), schema: trainingSchema(ref) }),
  pages: defineCollection({ loader: folder(at.pages), schema: pageSchema }),
  processes: defineCollection({ loader: list(at.processes), schema: processSchema }),
  resources: defineCollection({ loader: list(at.resources), schema: resourceSchema(ref) }),
  glossary: defineCollection({ loader: list(at.glossary), schema: glossaryTermSchema }),
  updates: defineCollection({ loader: list(at.updates), schema: updateSchema }),
  maturity: defineCollection({
    // One entry, "model": the file holds the levels and the default target together.
    loader: file(`./${CONTENT_DIR}/${at.maturity.single}`, {
      parser: (text) => ({ model: parseYaml(text) as Record<string, unknown> }),
    }),
    schema: maturitySchema,
  }),
};
