import { getAreas, getRoutines } from './queries.ts';
import { routinesCalendar, routinesRunbook } from '../routines.ts';
import { absoluteUrl, paths } from '../urls.ts';
import { siteInfo } from '../site.ts';

/**
 * The downloadable forms of the routines, per area and for the whole estate: what the area
 * pages offer as "Add to calendar" and "Run book". The calendar starts on the day of the build.
 */

const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' };
const markdownHeaders = { 'Content-Type': 'text/markdown; charset=utf-8' };

/** The estate's calendar or run book, or one area's when `areaId` is given. */
export async function routineFile(kind: 'calendar' | 'runbook', site: URL | undefined, areaId?: string) {
  const siteUrl = site?.href ?? '/';
  const area = areaId ? (await getAreas()).find((a) => a.id === areaId) : undefined;
  const items = await getRoutines(areaId);
  const scope = area ? `${area.data.catalogId} ${area.data.shortTitle}` : 'every area';
  if (kind === 'calendar')
    return new Response(
      routinesCalendar(items, {
        siteUrl,
        from: new Date(),
        name: `${siteInfo.name} routines: ${scope}`,
      }),
      { headers: calendarHeaders },
    );
  const page = absoluteUrl(area ? paths.guidance(area.id, 'routines') : paths.areas, siteUrl);
  return new Response(
    routinesRunbook(items, {
      siteUrl,
      title: area ? `Run book: ${area.data.title} (${area.data.catalogId})` : 'Run book: administer to operate',
      intro: `The recurring work of ${area ? 'this area' : 'all 13 areas'}, from ${siteInfo.name} (${page}). Copy it into your wiki or ticket system and tick each item as it is done.`,
      groupByArea: !area,
    }),
    { headers: markdownHeaders },
  );
}
