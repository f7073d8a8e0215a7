/**
 * Who may show the embed-capable pages in a frame: Microsoft Teams (and the Microsoft 365 hosts
 * that run Teams tabs), plus the origins a deployment names in EMBED_ORIGINS at build time (an
 * LMS, an intranet). Every other page, and every other origin, gets frame-ancestors 'none'.
 */

/**
 * The frame-ancestors a Teams tab needs, from Microsoft Learn, "Prerequisites and considerations
 * for tabs" (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements, checked
 * 2026-12-01): teams.microsoft.com and *.teams.microsoft.com, and *.cloud.microsoft, the domain the
 * web clients of Teams and Microsoft 365 move to (teams.cloud.microsoft named for clarity).
 */
export const TEAMS_ORIGINS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.cloud.microsoft',
] as const;

/** A CSP host source with a scheme: https://lms.contoso.com, https://*.contoso.com:8443. */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;

/**
 * The origins of EMBED_ORIGINS, separated by spaces or commas. A value that is not an origin
 * (a path, a quote, a missing scheme) fails the build: it would otherwise end up in a header as
 * a broken or wider policy than meant.
 */
export function parseEmbedOrigins(value: string | undefined): string[] {
  const origins = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const wrong = origins.filter((origin) => !ORIGIN.test(origin));
  if (wrong.length)
    throw new Error(
      `EMBED_ORIGINS has ${wrong.map((w) => `"${w}"`).join(', ')}, which ${wrong.length === 1 ? 'is not an origin' : 'are not origins'}: give scheme and host, such as https://lms.contoso.com or https://*.contoso.com, separated by spaces or commas.`,
    );
  return [...new Set(origins.map((origin) => origin.toLowerCase()))];
}
