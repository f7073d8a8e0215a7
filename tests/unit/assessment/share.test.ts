import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  deflateRaw,
  encodeShare,
  fromBase64Url,
  inflateRaw,
  MAX_PAYLOAD_CHARS,
  shareFragment,
  sharePayloadOf,
  toBase64Url,
} from '../../../src/lib/assessment/share.ts';
import { LIMITS } from '../../../src/schemas/limits.ts';
import { bank, fixtureFile } from './helpers.ts';

const DAMAGED = 'This share link is damaged or incomplete. Ask for the link again.';
const file = fixtureFile('valid-v2.json');
const TOO_LARGE =
  'This share link holds more than 1.0 MB once unpacked, more than any assessment: it was not opened.';
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

  it('stop inflating past 1 MB, so a small link cannot expand into a huge one, and say it is too large', async () => {
    const bomb = await deflateRaw(new Uint8Array(LIMITS.importBytes * 4));
    expect(bomb.byteLength).toBeLessThan(10_000);
    expect(await inflateRaw(bomb, LIMITS.importBytes)).toBe('too-large');
    expect(await decodeShare(toBase64Url(bomb), bank)).toEqual({ ok: false, error: TOO_LARGE });
    const exact = await deflateRaw(new Uint8Array(LIMITS.importBytes));
    expect((await inflateRaw(exact, LIMITS.importBytes)) as Uint8Array).toHaveLength(
      LIMITS.importBytes,
    );
  });

  it('refuse a payload longer than any real link before decoding it', async () => {
    const huge = 'A'.repeat(MAX_PAYLOAD_CHARS + 4);
    expect(await decodeShare(`#share=${huge}`, bank)).toEqual({ ok: false, error: TOO_LARGE });
    // Just under the guard, the same characters are decoded (and found damaged).
    expect(await decodeShare(`#share=${'A'.repeat(MAX_PAYLOAD_CHARS)}`, bank)).toEqual({
      ok: false,
      error: DAMAGED,
    });
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
