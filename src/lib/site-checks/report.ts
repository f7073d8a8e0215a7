/** A problem found in the built site, and where. */
export interface SiteProblem {
  /** Where: the content file and page, or the page. */
  place: string;
  /** What is wrong. */
  message: string;
}

/**
 * One line per distinct problem. A problem that repeats on many pages (a broken link in the
 * footer, say) is reported once with the number of pages, so the real cause stands out.
 */
export function formatSiteProblems(problems: readonly SiteProblem[], maxPlaces = 3): string[] {
  const byMessage = new Map<string, string[]>();
  for (const { place, message } of problems)
    byMessage.set(message, [...(byMessage.get(message) ?? []), place]);
  return [...byMessage].map(([message, places]) =>
    places.length <= maxPlaces
      ? places.map((place) => `${place}: ${message}`).join('\n  ')
      : `${message} (on ${places.length} pages, e.g. ${places.slice(0, maxPlaces).join('; ')})`,
  );
}
