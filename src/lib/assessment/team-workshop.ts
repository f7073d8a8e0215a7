import { answerGroups, type TeamQuestion, type TeamRound } from './team.ts';

/**
 * The workshop view (DESIGN.md, "Team rounds"): one question at a time on a projector, moved by
 * the keys a keyboard or a presentation remote sends.
 */

/** Which questions the workshop walks through. */
export type WorkshopSet = 'discuss' | 'all';

/**
 * The questions of the workshop: those to discuss, biggest disagreement first (every question in
 * questionnaire order when none has a spread of 2 or more), or every question in questionnaire order.
 */
export function workshopQuestions(
  round: Pick<TeamRound, 'questions' | 'toDiscuss'>,
  set: WorkshopSet,
): TeamQuestion[] {
  return set === 'discuss' && round.toDiscuss.length > 0 ? round.toDiscuss : round.questions;
}

/** What a key does in the workshop view. */
export type WorkshopMove = 'next' | 'previous' | 'first' | 'last' | 'reveal';

/**
 * Presentation remotes send PageDown and PageUp (some send the arrow keys, or "b" and "." to
 * blank the screen, which the view leaves alone); a keyboard has the arrows, Home and End.
 */
const KEYS: Readonly<Record<string, WorkshopMove>> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  r: 'reveal',
  R: 'reveal',
};

/** The move of a key, or undefined for a key the view leaves to the browser. */
export function workshopMove(
  key: string,
  modifiers: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {},
): WorkshopMove | undefined {
  if (modifiers.altKey || modifiers.ctrlKey || modifiers.metaKey) return undefined;
  return Object.hasOwn(KEYS, key) ? KEYS[key] : undefined;
}

/** The position after a move, kept within the questions (no wrapping: the end is the end). */
export function workshopStep(index: number, count: number, move: WorkshopMove): number {
  if (count === 0) return 0;
  const last = count - 1;
  const current = Math.min(Math.max(index, 0), last);
  switch (move) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    case 'reveal':
      return current;
  }
}

/** One bar of the revealed distribution. */
export interface DistributionRow {
  /** A level, "na", "unknown", or undefined for unanswered. */
  answer: TeamQuestion['answers'][number];
  /** Who gave it, in respondent order. */
  names: string[];
  count: number;
  /** count / respondents, 0 to 1: the length of the bar. */
  share: number;
}

/** How the respondents answered a question: the five levels, then na, unknown and unanswered. */
export function workshopDistribution(
  round: Pick<TeamRound, 'respondents'>,
  q: Pick<TeamQuestion, 'answers'>,
): DistributionRow[] {
  const total = round.respondents.length;
  return answerGroups(round, q).map(({ answer, names }) => ({
    answer,
    names,
    count: names.length,
    share: total === 0 ? 0 : names.length / total,
  }));
}
