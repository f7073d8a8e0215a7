import { openProgressStore, type ProgressStore } from '../../lib/training/progress-store.ts';

/** The browser's localStorage, or undefined where reading it throws (storage blocked). */
function localStore(): Storage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
}

/** The progress store on this browser's localStorage, following other tabs' changes. */
export function openBrowserProgress(): ProgressStore {
  const store = openProgressStore({ storage: localStore() });
  addEventListener('storage', (event) => store.handleStorageEvent(event));
  return store;
}
