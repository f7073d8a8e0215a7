import { useSyncExternalStore } from 'react';
import {
  browserStorage,
  openAssessmentStore,
  type AssessmentStore,
  type StoreSnapshot,
  type StoredAssessment,
} from '../../lib/assessment/index.ts';

let store: AssessmentStore | undefined;

/** The page's one store of assessments, opened on first use and kept in step with other tabs. */
export function getStore(): AssessmentStore {
  if (!store) {
    const opened = openAssessmentStore({
      storage: browserStorage('localStorage'),
      tabStorage: browserStorage('sessionStorage'),
    });
    addEventListener('storage', (event) => opened.handleStorageEvent(event));
    // Coming back to the tab, or the network and disk freeing up: try pending writes again.
    addEventListener('focus', () => opened.retry());
    store = opened;
  }
  return store;
}

const serverSnapshot = (): StoreSnapshot | undefined => undefined;

/**
 * The stored assessments, re-rendering on every change (in this tab or another). Undefined on
 * the server and during hydration, so the first render matches the HTML the server sent.
 */
export function useStoreSnapshot(): StoreSnapshot | undefined {
  return useSyncExternalStore(
    (listener) => getStore().subscribe(listener),
    () => getStore().getSnapshot(),
    serverSnapshot,
  );
}

/** The assessment this tab shows, if any. */
export function activeOf(snapshot: StoreSnapshot): StoredAssessment | undefined {
  return snapshot.state.assessments.find((a) => a.id === snapshot.activeId);
}
