import { useSyncExternalStore } from 'react';
import {
  browserStorage,
  openAssessmentStore,
  type AssessmentStore,
  type StoreSnapshot,
} from '../../lib/assessment/index.ts';

let store: AssessmentStore | undefined;

/** The page's one store of assessments, opened on first use and kept in step with other tabs. */
export function getStore(): AssessmentStore {
  if (!store) {
    const opened = openAssessmentStore({ storage: browserStorage() });
    addEventListener('storage', (event) => opened.handleStorageEvent(event));
    store = opened;
  }
  return store;
}

const serverSnapshot = (): StoreSnapshot | undefined => undefined;

/** The stored assessments, re-rendering on every change (in this tab or another). */
export function useStoreSnapshot(): StoreSnapshot | undefined {
  return useSyncExternalStore(
    (listener) => getStore().subscribe(listener),
    () => getStore().getSnapshot(),
    serverSnapshot,
  );
}
