import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/lib/assessment/file-import.ts';
import { GET as assessmentSchemaEndpoint } from '../../../src/pages/assessment/assessment.schema.json.ts';
import { GET as bankSchemaEndpoint } from '../../../src/pages/assessment/bank.schema.json.ts';
import { bank, fixtureText } from './helpers.ts';

const CORPUS = new URL('../../fixtures/assessment/corpus/', import.meta.url);
const corpus = (kind: 'good' | 'bad') =>
  readdirSync(new URL(`${kind}/`, CORPUS))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, text: readFileSync(new URL(`${kind}/${name}`, CORPUS), 'utf8') }));

/** The schema as the site publishes it: the body of the endpoint's response. */
async function published(endpoint: typeof assessmentSchemaEndpoint): Promise<object> {
  const response = await endpoint({} as Parameters<typeof endpoint>[0]);
  return (await response.json()) as object;
}

// Formats are left to the patterns zod writes beside them, which are exactly zod's own checks.
const ajv = new Ajv2020({ allErrors: true, validateFormats: false });

describe('the published assessment JSON Schema and the importer agree', async () => {
  const validate = ajv.compile(await published(assessmentSchemaEndpoint));

  it.each(corpus('good'))('both accept good/$name', ({ text }) => {
    const imported = importText(text, bank);
    expect(imported.ok ? 'accepted' : imported.error).toBe('accepted');
    expect(validate(JSON.parse(text)), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each(corpus('bad'))('both refuse bad/$name', ({ text }) => {
    expect(importText(text, bank).ok).toBe(false);
    expect(validate(JSON.parse(text))).toBe(false);
  });

  it('has a corpus of at least 60 files, with every refusal reason represented', () => {
    expect(corpus('good').length + corpus('bad').length).toBeGreaterThanOrEqual(60);
  });
});

describe('the published bank JSON Schema', () => {
  it('accepts the sample bank and refuses it with a field missing', async () => {
    const validate = ajv.compile(await published(bankSchemaEndpoint));
    const sample = JSON.parse(fixtureText('bank.json')) as Record<string, unknown>;
    expect(validate(sample), ajv.errorsText(validate.errors)).toBe(true);
    const { version: _version, ...withoutVersion } = sample;
    expect(validate(withoutVersion)).toBe(false);
  });
});
