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
import type { RefFactory } from './schemas/common.ts';

// Astro's reference() has the same output shape as our RefFactory; the cast only widens its type.
const ref = reference as unknown as RefFactory;
// Files starting with "_" are drafts and never published.
const published = (extension: string) => [`**/*.${extension}`, '!**/_*'];

export const collections = {
  areas: defineCollection({
    loader: glob({ pattern: published('mdx'), base: './content/areas' }),
    schema: areaSchema(ref),
  }),
  questions: defineCollection({
    loader: glob({ pattern: published('yaml'), base: './content/questions' }),
    schema: questionFileSchema(ref),
  }),
  roles: defineCollection({
    loader: glob({ pattern: published('md'), base: './content/roles' }),
    schema: roleSchema(ref),
  }),
  training: defineCollection({
    loader: glob({ pattern: published('mdx'), base: './content/training' }),
    schema: trainingSchema(ref),
  }),
  pages: defineCollection({
    loader: glob({ pattern: published('mdx'), base: './content/pages' }),
    schema: pageSchema,
  }),
  processes: defineCollection({ loader: file('./content/processes.yaml'), schema: processSchema }),
  resources: defineCollection({
    loader: file('./content/resources.yaml'),
    schema: resourceSchema(ref),
  }),
  maturity: defineCollection({
    // One entry, "model": the file holds the levels and the default target together.
    loader: file('./content/maturity.yaml', {
      parser: (text) => ({ model: parseYaml(text) as Record<string, unknown> }),
    }),
    schema: maturitySchema,
  }),
};
