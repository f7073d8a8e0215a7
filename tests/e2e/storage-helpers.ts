import type { Page } from '@playwright/test';

type Full = { storageFull?: boolean };

/**
 * Makes localStorage refuse writes as a full disk does (a QuotaExceededError), for every key or
 * only `key`: from the first script of each page load when `full`, else once a test calls
 * `setStorageFull(page, true)`. Reads and removals keep working, as they do on a full disk.
 */
export async function simulateFullStorage(
  page: Page,
  { key, full = false }: { key?: string; full?: boolean } = {},
) {
  await page.addInitScript(
    ({ key, full }) => {
      const state = window as unknown as Full;
      state.storageFull = full;
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!.value as (
        this: Storage,
        name: string,
        value: string,
      ) => void;
      Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
        if (state.storageFull && this === localStorage && (key === undefined || name === key))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    },
    { key, full },
  );
}

/** Fills or frees the storage of a page set up by simulateFullStorage, without a reload. */
export async function setStorageFull(page: Page, full: boolean) {
  await page.evaluate((value) => ((window as unknown as Full).storageFull = value), full);
}
