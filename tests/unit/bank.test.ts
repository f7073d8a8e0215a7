import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildBank, type BankSource } from '../../src/lib/bank/build.ts';
import { bankSchema } from '../../src/schemas/bank.ts';
import { assessmentFileSchema } from '../../src/schemas/assessment-file.ts';
import { loadContent } from '../../src/lib/validation/load.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sourceFromContent(): BankSource {
  const { content } = loadContent('content');
  const areas = [...content.areas].sort((a, b) => a.data.order - b.data.order);
  return {
    areas: areas.map((a) => ({
      slug: a.id,
      catalogId: a.data.catalogId,
      title: a.data.title,
      shortTitle: a.data.shortTitle,
    })),
    questions: new Map(content.questions.map((q) => [q.id, q.data.questions])),
    maturity: content.maturity[0]!.data,
    roles: content.roles.map((r) => ({ slug: r.id, title: r.data.title })),
  };
}

describe('question bank', () => {
  const source = sourceFromContent();
  const bank = buildBank(source, sha256);

  it('matches its published schema', () => {
    expect(bankSchema.safeParse(bank).success).toBe(true);
  });

  it('lists roles as slugs and options in level order', () => {
    const question = bank.areas[0]!.questions[0]!;
    expect(question.roles.every((r) => /^[a-z-]+$/.test(r))).toBe(true);
    expect(question.options.map((o) => o.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has a version that is stable for the same content and changes with it', () => {
    expect(buildBank(source, sha256).version).toBe(bank.version);
    const changed = structuredClone(source);
    const [slug, questions] = [...changed.questions][0]!;
    (changed.questions as Map<string, typeof questions>).set(slug, [
      { ...questions[0]!, weight: 3 },
      ...questions.slice(1),
    ]);
    expect(buildBank(changed, sha256).version).not.toBe(bank.version);
  });

  it('generates JSON Schemas for the bank and the assessment file', () => {
    expect(z.toJSONSchema(bankSchema)).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['version', 'areas']),
    });
    expect(z.toJSONSchema(assessmentFileSchema)).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['answers']),
    });
  });
});
