/**
 * The assessment engine: pure TypeScript, no DOM. Islands import from here. What is used only
 * now and then loads on demand, so it stays out of the pages' first load: exports/index.ts
 * (CSV, Markdown, calendars, backlog files) and exchange.ts (importing files and share links).
 * See README.md in this folder.
 */
export {
  scoreAssessment,
  targetOf,
  type AreaResult,
  type AssessmentResults,
  type Completion,
  type QuestionTrace,
  type Score,
  type ScoreRange,
} from './scoring.ts';
export type { FindOutFirst, Recommendation, RetiredAnswer, UnknownFinding } from './findings.ts';
export {
  answerInWords,
  answerLabel,
  ANSWER_WORDS,
  guidanceLink,
  isLevel,
  levelName,
  optionAt,
  ownEntry,
  percent,
  questionIndex,
  roleTitle,
  summarizeBank,
  type AnswerOption,
  type BankSummary,
  type LevelNames,
} from './bank.ts';
export {
  areasInScope,
  defaultTitle,
  describeScope,
  isScopeComplete,
  questionsInScope,
  sameScope,
  scopeFromUrl,
  scopeOf,
  scopeToQuery,
  scopeValueOf,
  toggleArea,
  type ScopeBank,
  type ScopedArea,
  type ScopeValue,
  type UrlScope,
} from './scope.ts';
export { exportFileName, exportJson } from './file-format.ts';
export type { FileLike, ImportResult } from './file-import.ts';
export {
  filterPlan,
  openWork,
  planCounts,
  planOwners,
  planRows,
  PLAN_STATUS_WORDS,
  UNASSIGNED,
  type PlanFilter,
  type PlanRow,
} from './plan.ts';
export { compareAssessments, type Comparison } from './compare.ts';
// Team rounds (team.ts, team-store.ts, team-workshop.ts) are imported by the team page directly,
// not from here: every app page imports this file, and a bundler puts what a module shared by
// every page exports into the chunk every page loads.
export { cleanTitle, UNTITLED } from './store/actions.ts';
export {
  isEditable,
  STORAGE_KEY,
  ACTIVE_KEY,
  type StoreAction,
  type StoreState,
  type StoredAssessment,
} from './store/types.ts';
export {
  describeSaveStatus,
  openAssessmentStore,
  type AssessmentStore,
  type DispatchResult,
  type SaveStatus,
  type StoreOptions,
  type StoreSnapshot,
} from './store/persistent.ts';
export { browserStorage, memoryStorage, type KeyValueStorage } from './store/storage.ts';
export type { ImportOutcome } from './store/import.ts';
