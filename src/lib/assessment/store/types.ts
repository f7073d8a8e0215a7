// zod/mini, like the file format it extends: this runs in the browser (see assessment-file.ts).
import * as z from 'zod/mini';
import {
  assessmentFileSchema,
  type Answer,
  type AssessmentFile,
  type PlanEntry,
} from '../../../schemas/assessment-file.ts';
import { STORAGE_KEY } from './keys.ts';

/**
 * What the browser keeps, and what can be done to it.
 *
 * Shared by every tab, under ONE localStorage key (STORAGE_KEY), as JSON:
 *
 *   { version: 2, assessments: StoredAssessment[] }   // in the order the user sees them
 *
 * A StoredAssessment is the file format (src/schemas/assessment-file.ts) plus a local `id`, so
 * an export is the stored object without `id`. Which assessment a tab shows is the tab's own
 * choice, kept in sessionStorage under ACTIVE_KEY: choosing, creating or importing in one tab
 * never changes what another shows. Deleted assessments are not kept anywhere in storage: undo
 * lives in the memory of the page that deleted (see persistent.ts).
 */
export { ACTIVE_KEY, STORAGE_KEY } from './keys.ts';

/** Version of the stored shape; see load.ts for how older ones are read. */
export const STORE_VERSION = 2;

/** Prefix of the keys under which an unreadable stored value is kept before it is replaced. */
export const BACKUP_KEY_PREFIX = `${STORAGE_KEY}:backup:`;

/** Backups kept at most; older ones are removed when a new one is made. */
export const MAX_BACKUPS = 3;

/** Local identity of a stored assessment; never exported. */
export const assessmentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));

export const storedAssessmentSchema = z.extend(assessmentFileSchema, { id: assessmentIdSchema });

export const storeStateSchema = z.strictObject({
  version: z.literal(STORE_VERSION),
  assessments: z.array(storedAssessmentSchema),
});

export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;
export type StoreState = z.infer<typeof storeStateSchema>;

export function emptyStoreState(): StoreState {
  return { version: STORE_VERSION, assessments: [] };
}

/** A change to a plan entry: fields to set; `null` removes the entry. */
export type PlanPatch = Partial<PlanEntry> | null;

/** Everything the UI can do to the stored assessments. Every edit names the assessment it changes. */
export type StoreAction =
  | { type: 'create'; title: string; bankVersion: string; scope?: string[]; focusRole?: string }
  | { type: 'rename'; assessmentId: string; title: string }
  | { type: 'duplicate'; assessmentId: string }
  | { type: 'delete'; assessmentId: string }
  /** Undo of a deletion: puts back exactly the assessment that was deleted, where it was. */
  | { type: 'restore'; assessment: StoredAssessment; index: number }
  | { type: 'import'; file: AssessmentFile }
  | {
      type: 'setAnswer';
      assessmentId: string;
      questionId: string;
      answer: Answer;
      bankVersion: string;
    }
  | { type: 'clearAnswer'; assessmentId: string; questionId: string }
  /** Confirms carried-over answers without changing them. */
  | { type: 'keepCarried'; assessmentId: string; questionIds: string[] }
  | { type: 'setNote'; assessmentId: string; questionId: string; note: string }
  | { type: 'setTarget'; assessmentId: string; areaSlug: string; target: number | null }
  | { type: 'setScope'; assessmentId: string; scope: string[]; focusRole?: string }
  | { type: 'setRespondent'; assessmentId: string; name?: string; role?: string }
  | { type: 'setPlan'; assessmentId: string; questionId: string; patch: PlanPatch }
  /** Makes a read-only copy, named, frozen now. */
  | { type: 'freeze'; assessmentId: string; name: string }
  /** A new editable assessment from a milestone: same scope, focus, targets and plan; answers carried over. */
  | { type: 'nextRound'; assessmentId: string; title: string };

/** The action of a given type, for the functions that implement it. */
export type ActionOf<T extends StoreAction['type']> = Extract<StoreAction, { type: T }>;

/** The inputs an action may need besides the state, passed in so actions stay pure. */
export interface ActionContext {
  /** The time of the action (ISO 8601). */
  now: string;
  /** An unused id for an assessment the action creates. */
  newId: string;
}

/** Whether an assessment may be edited: milestones are read-only. */
export function isEditable(assessment: Pick<AssessmentFile, 'milestone'>): boolean {
  return assessment.milestone === undefined;
}

/** The actions that create an assessment; the tab that does it shows the new one. */
export const CREATING_ACTIONS: ReadonlySet<StoreAction['type']> = new Set([
  'create',
  'duplicate',
  'import',
  'nextRound',
]);
