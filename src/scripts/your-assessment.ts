import { ACTIVE_KEY, STORAGE_KEY } from '../lib/assessment/store/keys.ts';

/**
 * "Your assessment" on an area page. Only a browser that holds assessments loads the rest (the
 * scoring and the bank), after the page has settled, so nobody else pays for it.
 */
export function initYourAssessment() {
  const box = document.querySelector<HTMLElement>('[data-your-assessment]');
  const area = box?.dataset.yourAssessment;
  if (!box || !area) return;
  let stored: string | null;
  let active: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
    active = sessionStorage.getItem(ACTIVE_KEY);
  } catch {
    return;
  }
  if (!stored) return;
  const raw = stored;
  const show = () =>
    void import('./your-assessment-view.ts').then(({ showYourAssessment }) =>
      showYourAssessment(box, { area, raw, active }),
    );
  if ('requestIdleCallback' in window) requestIdleCallback(show, { timeout: 2000 });
  else setTimeout(show, 200);
}
