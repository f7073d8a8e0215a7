import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentAreas, exactScore, levelOf, shown, type Exact } from './scoring-oracle.ts';

/**
 * An oracle for the team round, written from DESIGN.md ("Team rounds") apart from the engine:
 * it reads the questions, their weights and roles from content/ itself, keeps scores as exact
 * numerator/denominator pairs (scoring-oracle.ts) and takes medians by hand.
 */

export type OracleAnswer = number | 'na' | 'unknown';

export interface OracleRespondent {
  name: string;
  /** Area slugs; empty for every area. */
  scope: string[];
  focusRole?: string;
  answers: Record<string, OracleAnswer>;
  notes?: Record<string, string>;
}

export interface OracleQuestion {
  id: string;
  title: string;
  weight: number;
  roles: string[];
  areaSlug: string;
  catalogId: string;
}

/** Every question of content/, in catalog order, with what the team rules need. */
export function contentQuestions(): OracleQuestion[] {
  return contentAreas().flatMap((area) => {
    const file = parse(readFileSync(`content/questions/${area.slug}.yaml`, 'utf8')) as {
      questions: { id: string; title: string; weight?: number; roles: string[] }[];
    };
    return file.questions.map((q) => ({
      id: q.id,
      title: q.title,
      weight: q.weight ?? 1,
      roles: q.roles,
      areaSlug: area.slug,
      catalogId: area.catalogId,
    }));
  });
}

/** The questions a respondent's file covers: its areas, narrowed to its role. */
export function questionsOf(r: OracleRespondent, all: readonly OracleQuestion[]): OracleQuestion[] {
  return all.filter(
    (q) =>
      (r.scope.length === 0 || r.scope.includes(q.areaSlug)) &&
      (!r.focusRole || q.roles.includes(r.focusRole)),
  );
}

const isLevel = (a: OracleAnswer | undefined): a is number => typeof a === 'number';

export interface OracleTeamQuestion extends OracleQuestion {
  answers: (OracleAnswer | undefined)[];
  median: number | undefined;
  spread: number | undefined;
  discuss: boolean;
  answeredBy: number;
  counts: { levels: number[]; na: number; unknown: number; unanswered: number };
  consensus: OracleAnswer | undefined;
}

export interface OracleTeamArea {
  slug: string;
  catalogId: string;
  /** As shown: "2.7", or "—" without a score. */
  consensus: string;
  level: number | undefined;
  min: string;
  median: string;
  max: string;
  scoredBy: number;
}

const less = (x: Exact, y: Exact) => x.sum * y.weights < y.sum * x.weights;

/** The figures of a round, with the facilitator's changes (null: no answer). */
export function teamOracle(
  respondents: readonly OracleRespondent[],
  changes: Record<string, OracleAnswer | null> = {},
) {
  const all = contentQuestions();
  const inRound = all.filter((q) =>
    respondents.some((r) => questionsOf(r, all).some((x) => x.id === q.id)),
  );
  const questions: OracleTeamQuestion[] = inRound.map((q) => {
    const answers = respondents.map((r) => r.answers[q.id]);
    const levels = answers.filter(isLevel).sort((a, b) => a - b);
    const median = levels.length ? levels[Math.ceil(levels.length / 2) - 1] : undefined;
    const spread = levels.length ? levels.at(-1)! - levels[0]! : undefined;
    const draft =
      median ??
      (answers.includes('unknown') ? 'unknown' : answers.includes('na') ? 'na' : undefined);
    const consensus = q.id in changes ? (changes[q.id] ?? undefined) : draft;
    return {
      ...q,
      answers,
      median,
      spread,
      discuss: spread !== undefined && spread >= 2,
      answeredBy: answers.filter((a) => a !== undefined).length,
      counts: {
        levels: [1, 2, 3, 4, 5].map((l) => answers.filter((a) => a === l).length),
        na: answers.filter((a) => a === 'na').length,
        unknown: answers.filter((a) => a === 'unknown').length,
        unanswered: answers.filter((a) => a === undefined).length,
      },
      consensus,
    };
  });
  const consensusAnswers = Object.fromEntries(
    questions.flatMap((q) => (q.consensus === undefined ? [] : [[q.id, q.consensus]])),
  );
  const areaSlugs = [...new Set(questions.map((q) => q.areaSlug))];
  const areas: OracleTeamArea[] = areaSlugs.map((slug) => {
    const own = respondents
      .map((r) =>
        exactScore(
          questionsOf(r, all).filter((q) => q.areaSlug === slug),
          r.answers,
        ),
      )
      .filter((s): s is Exact => s !== undefined)
      .sort((x, y) => (less(x, y) ? -1 : less(y, x) ? 1 : 0));
    const m = Math.floor(own.length / 2);
    const median =
      own.length === 0
        ? undefined
        : own.length % 2
          ? own[m]!
          : {
              sum: own[m - 1]!.sum * own[m]!.weights + own[m]!.sum * own[m - 1]!.weights,
              weights: 2 * own[m - 1]!.weights * own[m]!.weights,
            };
    const consensus = exactScore(
      questions.filter((q) => q.areaSlug === slug),
      consensusAnswers,
    );
    return {
      slug,
      catalogId: questions.find((q) => q.areaSlug === slug)!.catalogId,
      consensus: consensus ? shown(consensus) : '—',
      level: consensus && levelOf(consensus),
      min: own[0] ? shown(own[0]) : '—',
      median: median ? shown(median) : '—',
      max: own.length ? shown(own.at(-1)!) : '—',
      scoredBy: own.length,
    };
  });
  const place = (id: string) => all.findIndex((q) => q.id === id);
  const priority = (q: OracleTeamQuestion) => (q.spread ?? 0) * q.weight;
  const toDiscuss = questions
    .filter((q) => q.discuss)
    .sort((x, y) => priority(y) - priority(x) || place(x.id) - place(y.id));
  return { questions, areas, toDiscuss, consensusAnswers };
}
