import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/lib/assessment/base64url.ts';
import { deflateRaw, inflateRaw } from '../../../src/lib/assessment/compression.ts';
import { MAX_IMPORT_BYTES } from '../../../src/lib/assessment/import-messages.ts';
import {
  decodeShare,
  encodeShare,
  shareFragment,
  sharePayloadOf,
} from '../../../src/lib/assessment/share.ts';
import { assessmentFileSchema } from '../../../src/schemas/assessment-file.ts';
import { bank, fixtureText } from './helpers.ts';

const DAMAGED = 'This share link is damaged or incomplete. Ask for the link again.';
const file = assessmentFileSchema.parse(JSON.parse(fixtureText('valid.json')));
const encodeText = async (text: string) =>
  toBase64Url(await deflateRaw(new TextEncoder().encode(text)));

describe('share links', () => {
  it('encode to base64url (URL-safe, no padding) and decode to the same assessment', async () => {
    const payload = await encodeShare(file);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(payload.length).toBeLessThan(JSON.stringify(file).length);
    expect(await decodeShare(shareFragment(payload), bank)).toEqual({
      ok: true,
      assessment: file,
      warnings: [],
    });
  });

  it('find the payload in "#share=…", "share=…", among other parameters, or bare', () => {
    expect(sharePayloadOf('#share=abc')).toBe('abc');
    expect(sharePayloadOf('share=abc')).toBe('abc');
    expect(sharePayloadOf('#tab=2&share=abc')).toBe('abc');
    expect(sharePayloadOf('abc')).toBe('abc');
    expect(sharePayloadOf('#')).toBeUndefined();
    expect(sharePayloadOf('#tab=2')).toBeUndefined();
  });

  it('refuse damaged or truncated links with one clear message', async () => {
    const payload = await encodeShare(file);
    for (const fragment of [
      '',
      '#share=',
      '#share=%%%',
      `#share=${payload.slice(0, payload.length / 2)}`,
      '#share=AAAA',
    ]) {
      expect(await decodeShare(fragment, bank)).toEqual({ ok: false, error: DAMAGED });
    }
  });

  it('refuse content that is not JSON, and validate content that is', async () => {
    expect(await decodeShare(await encodeText('not json'), bank)).toEqual({
      ok: false,
      error: DAMAGED,
    });
    expect(await decodeShare(await encodeText('{"a":1}'), bank)).toEqual({
      ok: false,
      error: 'This is not an Administer to Operate assessment file.',
    });
  });

  it('stop inflating past 1 MB, so a small link cannot expand into a huge one', async () => {
    const bomb = await deflateRaw(new Uint8Array(MAX_IMPORT_BYTES * 4));
    expect(bomb.byteLength).toBeLessThan(10_000);
    expect(await inflateRaw(bomb, MAX_IMPORT_BYTES)).toBeUndefined();
    expect(await decodeShare(toBase64Url(bomb), bank)).toEqual({ ok: false, error: DAMAGED });
  });
});

describe('base64url', () => {
  it('round-trips every byte value and rejects other alphabets', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(toBase64Url(new Uint8Array([251, 255]))).toBe('-_8');
    expect(fromBase64Url('a+b/')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined(); // length 4n + 1 is never valid
  });
});
