import { describe, expect, it } from 'vitest';
import {
  HASHED_FILES,
  SEARCH_CHUNKS,
  precacheUrl,
} from '../../../src/lib/offline/service-worker.ts';

describe('the offline service worker', () => {
  it('precaches a page under the address links use, so hosts send it with its headers', () => {
    expect(precacheUrl('index.html')).toBe('/');
    expect(precacheUrl('areas/licensing/index.html')).toBe('/areas/licensing/');
    expect(precacheUrl('404.html')).toBe('/404.html');
    expect(precacheUrl('assessment/bank.json')).toBe('/assessment/bank.json');
  });

  it('takes hashed assets as they are and caches only the search index chunks as used', () => {
    expect(HASHED_FILES.test('_astro/Base.astro_astro_type_script_index_0_lang.ClNxp531.js')).toBe(
      true,
    );
    expect(HASHED_FILES.test('pagefind/pagefind.js')).toBe(false);
    expect(SEARCH_CHUNKS.test('http://x/pagefind/index/en_1a2b3c.pf_index')).toBe(true);
    expect(SEARCH_CHUNKS.test('http://x/pagefind/fragment/en_1a2b3c.pf_fragment')).toBe(true);
    expect(SEARCH_CHUNKS.test('http://x/pagefind/pagefind-entry.json')).toBe(false);
  });
});
