import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { countBy, problemAt } from './helpers.ts';

/** Dated updates: unique ids, newest first, none dated after today. */
export function checkUpdates(content: ContentSet, today: Date): Problem[] {
  const updates = content.updates;
  const idCounts = countBy(updates.map((u) => u.id));
  const end = endOfDay(today);
  return updates.flatMap((update, index) => {
    const problems: Problem[] = [];
    if ((idCounts.get(update.id) ?? 0) > 1)
      problems.push(problemAt(update, ['id'], `"${update.id}" is used by more than one update`));
    if (update.data.date > end)
      problems.push(
        problemAt(update, ['date'], 'is in the future: date an update the day it is published'),
      );
    const previous = updates[index - 1];
    if (previous && previous.data.date < update.data.date)
      problems.push(
        problemAt(
          update,
          ['date'],
          `is newer than the entry above it ("${previous.id}"): list updates newest first`,
        ),
      );
    return problems;
  });
}

/** The last moment of the given day in UTC, so an entry dated today is never "in the future". */
export function endOfDay(day: Date): Date {
  const end = new Date(day);
  end.setUTCHours(23, 59, 59, 999);
  return end;
}
