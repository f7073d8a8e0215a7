import type { Bank } from '../../../schemas/bank.ts';
import { importJson, type FileLike, type ImportResult } from '../file-import.ts';
import { decodeShare } from '../share.ts';
import type { AssessmentStore } from './persistent.ts';

/** What the page says after an import or a share link: exactly what happened, never more. */
export interface ImportOutcome {
  ok: boolean;
  /** One sentence: imported and saved, imported but not saved, or why the file was refused. */
  message: string;
  /** What the file's contents mean here (another bank version, retired answers…). */
  warnings: string[];
  /** The new assessment, when one was created. */
  assessmentId?: string;
}

/** Reads a file and stores it as a new assessment (never over another one). */
export async function importFileInto(
  store: AssessmentStore,
  input: string | FileLike,
  bank: Bank,
): Promise<ImportOutcome> {
  return storeImported(store, await importJson(input, bank), 'file');
}

/** Reads a share link's fragment and stores it as a new assessment. */
export async function importShareInto(
  store: AssessmentStore,
  fragment: string,
  bank: Bank,
): Promise<ImportOutcome> {
  return storeImported(store, await decodeShare(fragment, bank), 'link');
}

function storeImported(
  store: AssessmentStore,
  result: ImportResult,
  from: 'file' | 'link',
): ImportOutcome {
  if (!result.ok) return { ok: false, message: result.error, warnings: [] };
  const dispatched = store.dispatch({ type: 'import', file: result.assessment });
  const stored = store
    .getSnapshot()
    .state.assessments.find((assessment) => assessment.id === dispatched.createdId);
  if (!dispatched.changed || !stored)
    return {
      ok: false,
      message: `The ${from} could not be added as an assessment.`,
      warnings: result.warnings,
    };
  const renamed =
    stored.title === result.assessment.title ? '' : ` (another assessment already has its title)`;
  const message = dispatched.saved
    ? `Imported as “${stored.title}”${renamed}, a new assessment saved in this browser.`
    : `Opened as “${stored.title}”${renamed} in this page only: it could not be saved in this browser's storage. Export it to keep it.`;
  return { ok: true, message, warnings: result.warnings, assessmentId: stored.id };
}
