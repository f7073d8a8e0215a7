import { isOverdue } from '../lib/freshness.ts';

/** Shows the overdue notice of a page whose review fell due after the site was built. */
export function initFreshness() {
  for (const element of document.querySelectorAll<HTMLElement>('[data-review-due]')) {
    const due = new Date(`${element.dataset.reviewDue}T00:00:00Z`);
    const notice = element.querySelector<HTMLElement>('[data-overdue]');
    if (notice && !Number.isNaN(due.getTime()) && isOverdue(due, new Date())) notice.hidden = false;
  }
}
