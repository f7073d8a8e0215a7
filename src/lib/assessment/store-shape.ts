// zod/mini, like the file format it extends: this runs in the browser (see assessment-file.ts).
import * as z from 'zod/mini';
import { assessmentFileSchema } from '../../schemas/assessment-file.ts';

/**
 * What the browser keeps, under ONE localStorage key (STORAGE_KEY), as JSON:
 *
 *   {
 *     version: 1,                         // STORE_VERSION; see store-migrations.ts
 *     activeId: string | null,            // the assessment on screen
 *     assessments: StoredAssessment[],    // in the order the user sees them
 *     trash: { assessment, index, wasActive } | null
 *   }
 *
 * A StoredAssessment is the JSON file format (src/schemas/assessment-file.ts) plus `id`, so an
 * export is the stored object without `id`. `trash` holds the last deleted assessment and where
 * it was, until it is restored (undo) or replaced by the next deletion; it survives reloads.
 * The value is validated with storeStateSchema on every read; see store-load.ts for recovery.
 */
export const STORAGE_KEY = 'a2o:assessments';

/** Version of the stored shape above; bump it together with a new entry in store-migrations.ts. */
export const STORE_VERSION = 1;

/** Prefix of the keys under which an unreadable or older value is kept before it is replaced. */
export const BACKUP_KEY_PREFIX = `${STORAGE_KEY}:backup:`;

/** Local identity of a stored assessment; never exported. */
export const assessmentIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{1,64}$/));

export const storedAssessmentSchema = z.extend(assessmentFileSchema, { id: assessmentIdSchema });

export const trashSchema = z.object({
  assessment: storedAssessmentSchema,
  /** Position it had in the list, so undo puts it back where it was. */
  index: z.int().check(z.minimum(0)),
  wasActive: z.boolean(),
});

export const storeStateSchema = z.object({
  version: z.literal(STORE_VERSION),
  activeId: z.nullable(assessmentIdSchema),
  assessments: z.array(storedAssessmentSchema),
  trash: z.nullable(trashSchema),
});

export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;
export type Trash = z.infer<typeof trashSchema>;
export type StoreState = z.infer<typeof storeStateSchema>;

export function emptyStoreState(): StoreState {
  return { version: STORE_VERSION, activeId: null, assessments: [], trash: null };
}

export function activeAssessment(state: StoreState): StoredAssessment | undefined {
  return state.assessments.find((assessment) => assessment.id === state.activeId);
}
