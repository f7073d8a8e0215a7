/**
 * When a page is due for review: its last review plus its review interval (DESIGN.md, "Content
 * and its validation"). The build marks pages already overdue; a small script marks the ones
 * that fall due after the build, since a static page can stay online for months.
 */

/** The calendar day a page is due for review: `months` after the last review, in UTC. */
export function reviewDue(lastReviewed: Date, months: number): Date {
  const due = new Date(
    Date.UTC(lastReviewed.getUTCFullYear(), lastReviewed.getUTCMonth() + months, 1),
  );
  // Keep the day of the month, or the month's last day when it is shorter (31 Aug + 6 → 28 Feb).
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(lastReviewed.getUTCDate(), lastDay));
  return due;
}

/** True once the due day has passed (the due day itself is still on time). */
export function isOverdue(due: Date, today: Date): boolean {
  return isoDay(today) > isoDay(due);
}

/** A date as YYYY-MM-DD, the form pages show and `<time datetime>` takes. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
