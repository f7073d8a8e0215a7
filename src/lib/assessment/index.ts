/**
 * The assessment engine: pure TypeScript, no DOM. Islands import from here.
 * Scoring follows DESIGN.md "The maturity model and scoring"; see README.md in this folder.
 */
export { scoreAssessment, type AssessmentResults } from './results.ts';
export type { AreaResult, Completion } from './area-score.ts';
export type { QuestionTrace } from './question-trace.ts';
export type { Recommendation } from './recommendations.ts';
export type { RetiredAnswer } from './retired.ts';
export type { Score } from './score-value.ts';
export { formatScore, roundHalfUp } from './rounding.ts';
export { areasInScope, ignoredScope, type ScopedArea } from './scope.ts';
export { scopeFromUrl, scopeToQuery, type UrlScope } from './scope-url.ts';
export { targetOf } from './targets.ts';
export { ANSWER_WORDS, answerInWords, levelName } from './levels.ts';
export { answerOf, noteOf, optionAt } from './lookup.ts';
export { guidanceLink, questionIndex } from './bank-index.ts';

export { exportJson, exportFileName } from './export-json.ts';
export { importJson, importText, type FileLike, type ImportResult } from './import-json.ts';
export { importMessages, MAX_IMPORT_BYTES } from './import-messages.ts';
export { exportCsv } from './export-csv.ts';
export { exportMarkdown, type MarkdownOptions } from './export-markdown.ts';
export { decodeShare, encodeShare, shareFragment, sharePayloadOf, SHARE_PARAM } from './share.ts';

export { applyAction, type ActionContext, type StoreAction } from './store-actions.ts';
export {
  activeAssessment,
  STORAGE_KEY,
  STORE_VERSION,
  type StoreState,
  type StoredAssessment,
} from './store-shape.ts';
export type { LoadOutcome, LoadReport } from './store-load.ts';
export {
  openAssessmentStore,
  type AssessmentStore,
  type StoreOptions,
  type StoreSnapshot,
} from './persistent-store.ts';
export { describeSaveStatus, type SaveStatus } from './save-status.ts';
export { browserStorage, memoryStorage, type KeyValueStorage } from './storage.ts';
export { defaultTitle, describeScope, sameScope } from './scope-words.ts';
export { scoreSums } from './explain.ts';
export {
  isScopeComplete,
  scopeOf,
  scopeValueOf,
  toggleArea,
  type ScopeValue,
} from './scope-form.ts';
