import type {
  Answer,
  AssessmentFile,
  PlanEntry,
  PlanStatus,
} from '../../schemas/assessment-file.ts';
import type { Bank, BankArea, BankQuestion } from '../../schemas/bank.ts';
import { guidanceLink, isLevel, ownEntry, questionIndex } from './bank.ts';
import type { AssessmentResults } from './scoring.ts';

/**
 * The improvement plan (DESIGN.md, "Repeat rounds"): each recommendation with the owner, due date,
 * status and note the team gave it. Entries are kept by question id, so they survive answer
 * changes; an entry whose question now meets its target shows as met.
 */

/** How a plan row stands against the answers today. */
export type PlanState = 'to-do' | 'met' | 'not-rated';

export interface PlanRow {
  area: BankArea;
  question: BankQuestion;
  answer: Answer | undefined;
  target: number;
  /** weight × (target − level) while below target; 0 otherwise. */
  priority: number;
  /** The next step from the current level, while below target. */
  advice: string | undefined;
  link: string;
  /** The stored entry, or a fresh open one. */
  entry: PlanEntry;
  /** Whether the team recorded anything for it. */
  stored: boolean;
  /** to-do: below target; met: at or above target now; not-rated: "don't know", n/a or no answer now. */
  state: PlanState;
}

export const PLAN_STATUS_WORDS: Readonly<Record<PlanStatus, string>> = {
  open: 'Open',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': "Won't do",
};

const OPEN: PlanEntry = { status: 'open' };

/**
 * The plan: every recommendation in priority order, then the stored entries of questions that
 * are no longer below target (met, or no longer rated), in bank order.
 */
export function planRows(
  results: AssessmentResults,
  assessment: Pick<AssessmentFile, 'plan' | 'answers'>,
  bank: Bank,
): PlanRow[] {
  const todo = results.recommendations.map((rec): PlanRow => {
    const stored = ownEntry(assessment.plan, rec.question.id);
    return {
      area: rec.area,
      question: rec.question,
      answer: rec.level,
      target: rec.target,
      priority: rec.priority,
      advice: rec.advice,
      link: rec.link,
      entry: stored ?? OPEN,
      stored: stored !== undefined,
      state: 'to-do',
    };
  });
  const listed = new Set(todo.map((row) => row.question.id));
  const targets = new Map(results.areas.map((area) => [area.area.slug, area.target]));
  const places = questionIndex(bank);
  const others = Object.entries(assessment.plan ?? {})
    .filter(([id]) => !listed.has(id) && places.has(id))
    .map(([id, entry]) => ({ place: places.get(id)!, entry }))
    .sort(
      (a, b) =>
        a.place.areaIndex - b.place.areaIndex || a.place.questionIndex - b.place.questionIndex,
    )
    .map(({ place, entry }): PlanRow => {
      const answer = ownEntry(assessment.answers, place.question.id);
      const target = targets.get(place.area.slug) ?? bank.defaultTarget;
      return {
        area: place.area,
        question: place.question,
        answer,
        target,
        priority: 0,
        advice: undefined,
        link: guidanceLink(place.area, place.question),
        entry,
        stored: true,
        state: isLevel(answer) && answer >= target ? 'met' : 'not-rated',
      };
    });
  return [...todo, ...others];
}

/** What the plan can be narrowed to: a status (or all) and an owner (or anyone). */
export interface PlanFilter {
  status: PlanStatus | 'all';
  /** An owner's name, "" for anyone, or UNASSIGNED for rows without an owner. */
  owner: string;
}

export const UNASSIGNED = '\u0000unassigned';

export function filterPlan(rows: readonly PlanRow[], filter: PlanFilter): PlanRow[] {
  return rows.filter(
    (row) =>
      (filter.status === 'all' || row.entry.status === filter.status) &&
      (filter.owner === '' ||
        (filter.owner === UNASSIGNED ? !row.entry.owner : row.entry.owner === filter.owner)),
  );
}

/** The owners named in the plan, sorted, for the owner filter. */
export function planOwners(rows: readonly PlanRow[]): string[] {
  const owners = new Set(rows.flatMap((row) => (row.entry.owner ? [row.entry.owner] : [])));
  return [...owners].sort((a, b) => a.localeCompare(b));
}

/** Rows that still need work: below target and neither done nor declined. */
export function openWork(rows: readonly PlanRow[]): PlanRow[] {
  return rows.filter(
    (row) => row.state === 'to-do' && row.entry.status !== 'done' && row.entry.status !== 'wont-do',
  );
}

/** Counts by status, for the plan's summary line. */
export function planCounts(rows: readonly PlanRow[]): Record<PlanStatus | 'met', number> {
  const counts = { open: 0, planned: 0, 'in-progress': 0, done: 0, 'wont-do': 0, met: 0 };
  for (const row of rows) {
    if (row.state === 'met') counts.met += 1;
    else counts[row.entry.status] += 1;
  }
  return counts;
}

/** Priority 1 (most urgent) to 4, as backlog tools number it, from weight × gap (1 to 12). */
export function backlogPriority(priority: number): 1 | 2 | 3 | 4 {
  if (priority >= 6) return 1;
  if (priority >= 4) return 2;
  if (priority >= 2) return 3;
  return 4;
}
