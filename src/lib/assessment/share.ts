import type { AssessmentFile } from '../../schemas/assessment-file.ts';
import type { Bank } from '../../schemas/bank.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { deflateRaw, inflateRaw } from './compression.ts';
import { toAssessmentFile } from './file-format.ts';
import { failure, importValue, type ImportResult } from './import-json.ts';
import { importMessages, MAX_IMPORT_BYTES } from './import-messages.ts';

/** The fragment parameter that carries a shared assessment: #share=<payload>. */
export const SHARE_PARAM = 'share';

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
    // Base64 is 4/3 of the bytes, and deflate never inflates ordinary JSON: 2 MB of text is ample.
    const bytes = payload.length <= 2 * MAX_IMPORT_BYTES ? fromBase64Url(payload) : undefined;
    const inflated = bytes ? await inflateRaw(bytes, MAX_IMPORT_BYTES) : undefined;
    const value = inflated ? parseUtf8Json(inflated) : undefined;
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
