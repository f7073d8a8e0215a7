import { areaSections, processAnchor } from '../../area-sections.ts';
import { bodyHeadings } from '../../headings.ts';
import type { ContentSet } from '../collections.ts';
import type { Problem } from '../problem.ts';
import { countBy, problemAt } from './helpers.ts';
import { endOfDay } from './updates.ts';

type AreaEntry = ContentSet['areas'][number];

/**
 * Rules across areas: unique catalog ids, an order that follows them, sound process lists,
 * routines tied to the area's own processes, and limits checked no later than today.
 */
export function checkAreas(
  content: ContentSet,
  today: Date,
  invalid: ReadonlySet<string>,
): Problem[] {
  const { areas } = content;
  // With an area left out for its own problems, the order of the others cannot be judged.
  const complete = ![...invalid].some((key) => key.startsWith('areas/'));
  return [
    ...checkCatalogIds(areas),
    ...(complete ? checkOrder(areas) : []),
    ...areas.flatMap(checkProcesses),
    ...areas.flatMap(checkBodyHeadings),
    ...areas.flatMap(checkRelated),
    ...areas.flatMap(checkRoutines),
    ...areas.flatMap((area) => checkDates(area, today)),
  ];
}

function checkRoutines(area: AreaEntry): Problem[] {
  const processes = new Set(area.data.processes.map((p) => p.id));
  return area.data.routines.flatMap((routine, index) =>
    processes.has(routine.process)
      ? []
      : [
          problemAt(
            area,
            ['routines', index, 'process'],
            `"${routine.process}" is not a business process of ${area.data.catalogId} ${area.data.title}`,
          ),
        ],
  );
}

function checkDates(area: AreaEntry, today: Date): Problem[] {
  const end = endOfDay(today);
  const future = (date: Date) => date > end;
  return [
    ...(future(area.data.lastReviewed)
      ? [problemAt(area, ['lastReviewed'], 'is in the future: use the day of the review')]
      : []),
    ...area.data.limits.flatMap((limit, index) =>
      future(limit.checked)
        ? [
            problemAt(
              area,
              ['limits', index, 'checked'],
              'is in the future: use the day the number was checked against its source',
            ),
          ]
        : [],
    ),
  ];
}

function checkCatalogIds(areas: AreaEntry[]): Problem[] {
  const counts = countBy(areas.map((a) => a.data.catalogId));
  return areas
    .filter((a) => (counts.get(a.data.catalogId) ?? 0) > 1)
    .map((a) => problemAt(a, ['catalogId'], `"${a.data.catalogId}" is used by more than one area`));
}

function checkOrder(areas: AreaEntry[]): Problem[] {
  const byCatalog = [...areas].sort((a, b) => a.data.catalogId.localeCompare(b.data.catalogId));
  return byCatalog
    .map((area, index) => ({ area, expected: index + 1 }))
    .filter(({ area, expected }) => area.data.order !== expected)
    .map(({ area, expected }) =>
      problemAt(
        area,
        ['order'],
        `is ${area.data.order}, but ${area.data.catalogId} comes ${ordinal(expected)} in catalog order: set it to ${expected}`,
      ),
    );
}

function checkProcesses(area: AreaEntry): Problem[] {
  const counts = countBy(area.data.processes.map((p) => p.id));
  return area.data.processes.flatMap((process, index) => {
    const problems: Problem[] = [];
    if (!process.id.startsWith(`${area.data.catalogId}.`))
      problems.push(
        problemAt(
          area,
          ['processes', index, 'id'],
          `"${process.id}" does not belong to area ${area.data.catalogId}`,
        ),
      );
    if ((counts.get(process.id) ?? 0) > 1)
      problems.push(
        problemAt(area, ['processes', index, 'id'], `"${process.id}" is listed more than once`),
      );
    return problems;
  });
}

function checkBodyHeadings(area: AreaEntry): Problem[] {
  const reserved = new Set([
    ...areaSections.map((s) => s.id),
    ...area.data.processes.map((p) => processAnchor(p.id)),
  ]);
  const bodyStart = area.bodyOffset ?? 0;
  return bodyHeadings(area.body ?? '').flatMap((heading) => {
    const at = { file: area.file, line: bodyStart + heading.line, path: 'body' };
    if (heading.depth < 3)
      return [
        {
          ...at,
          message: `"${heading.text}" is a level-${heading.depth} heading: use "###" (the page supplies the "##" sections)`,
        },
      ];
    if (reserved.has(heading.slug))
      return [
        {
          ...at,
          message: `the heading "${heading.text}" gets the id "${heading.slug}", which the page already uses: reword it`,
        },
      ];
    return [];
  });
}

function checkRelated(area: AreaEntry): Problem[] {
  return area.data.related
    .map((link, index) => ({ link, index }))
    .filter(({ link }) => link.area.id === area.id)
    .map(({ index }) =>
      problemAt(area, ['related', index, 'area'], 'an area cannot be related to itself'),
    );
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}
