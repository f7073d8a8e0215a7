import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { LIMITS } from '../../schemas/limits.ts';
import { toAssessmentFile } from './file-format.ts';
import { failure, importMessages, importValue, type ImportResult } from './file-import.ts';

/**
 * Share links (DESIGN.md): the assessment in the URL fragment, which browsers never send to a
 * server, as raw DEFLATE (`CompressionStream('deflate-raw')`) in base64url.
 */

/** The fragment parameter that carries a shared assessment: #share=<payload>. */
export const SHARE_PARAM = 'share';

/** Raw DEFLATE (no zlib header): the shortest output, which matters in a URL. */
const FORMAT = 'deflate-raw';

/**
 * The longest payload worth decoding. Base64 is 4/3 of the bytes, and ordinary JSON deflates to
 * well under half, so 2 MB of text covers any link that can inflate to at most 1 MB.
 */
export const MAX_PAYLOAD_CHARS = 2 * LIMITS.importBytes;

/** The assessment, compressed and base64url-encoded, for a URL fragment (never sent to a server). */
export async function encodeShare(assessment: AssessmentFile): Promise<string> {
  const json = JSON.stringify(toAssessmentFile(assessment));
  return toBase64Url(await deflateRaw(new TextEncoder().encode(json)));
}

/** "#share=<payload>", ready to append to the assessment page's address. */
export function shareFragment(payload: string): string {
  return `#${SHARE_PARAM}=${payload}`;
}

/** The payload of a fragment such as "#share=…" (or the bare payload); undefined if there is none. */
export function sharePayloadOf(fragment: string): string | undefined {
  const body = fragment.replace(/^#/, '');
  if (!body.includes('=')) return body || undefined;
  return new URLSearchParams(body).get(SHARE_PARAM) || undefined;
}

/** Reads a share link fragment like importJson reads a file: validated, never throws. */
export async function decodeShare(fragment: string, bank: Bank): Promise<ImportResult> {
  try {
    const payload = sharePayloadOf(fragment) ?? '';
    if (payload.length > MAX_PAYLOAD_CHARS) return failure(importMessages.linkTooLarge);
    const bytes = fromBase64Url(payload);
    if (!bytes) return failure(importMessages.damagedLink);
    const inflated = await inflateRaw(bytes, LIMITS.importBytes);
    if (inflated === 'too-large') return failure(importMessages.linkTooLarge);
    const value = inflated && parseUtf8Json(inflated);
    return value ? importValue(value.json, bank) : failure(importMessages.damagedLink);
  } catch {
    return failure(importMessages.damagedLink);
  }
}

function parseUtf8Json(bytes: Uint8Array): { json: unknown } | undefined {
  try {
    return { json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return undefined;
  }
}

// ---- base64url (RFC 4648 §5, no padding) -------------------------------------------------

// btoa/atob work on "binary strings"; spreading too many bytes at once overflows the call stack.
const CHUNK = 0x8000;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes of a base64url text; undefined when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

// ---- raw DEFLATE ---------------------------------------------------------------------------

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream(FORMAT));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Inflates raw DEFLATE data, stopping at maxBytes of output so a tiny link cannot expand into
 * gigabytes. "too-large" past maxBytes; undefined when the data is damaged or truncated.
 */
export async function inflateRaw(
  bytes: Uint8Array<ArrayBuffer>,
  maxBytes: number,
): Promise<Uint8Array | 'too-large' | undefined> {
  try {
    const reader = new Blob([bytes])
      .stream()
      .pipeThrough(new DecompressionStream(FORMAT))
      .getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return 'too-large';
      }
      chunks.push(next.value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  } catch {
    return undefined;
  }
}
