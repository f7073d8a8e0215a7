import { createEvents, type EventAttributes } from 'ics';

/**
 * iCalendar text from events, written by the `ics` package (line folding, escaping and CRLF are
 * its job, not ours). An empty list still gives a valid, empty calendar.
 */
export function calendarText(events: EventAttributes[]): string {
  if (events.length === 0)
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:administer-to-operate\r\nEND:VCALENDAR\r\n';
  const { error, value } = createEvents(events);
  if (error || !value) throw new Error(`The calendar could not be written: ${String(error)}`);
  return value;
}

/** A calendar date as [year, month, day], month 1–12. */
export type CalendarDay = [number, number, number];

/** The day after a calendar date (an all-day event ends on the next day). */
export function nextDay([year, month, day]: CalendarDay): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, day + 1));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
