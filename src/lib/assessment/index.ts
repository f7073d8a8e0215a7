/**
 * The assessment engine: pure TypeScript, no DOM. Islands import from here. What is used only
 * now and then loads on demand, so it stays out of the pages' first load: exports/index.ts
 * (CSV, Markdown, calendars, backlog files) and exchange.ts (importing files and share links).
 * See README.md in this folder.
 */
export {
  scoreAssessment,
  type AreaResult,
  type AssessmentResults,
  type Completion,
} from './scoring.ts';
export {
  answerInWords,
  answerLabel,
  levelName,
  ownEntry,
  percent,
  roleTitle,
  summarizeBank,
  type BankSummary,
  type LevelNames,
} from './bank.ts';
export {
  defaultTitle,
  describeScope,
  isScopeComplete,
  sameScope,
  scopeFromUrl,
  scopeOf,
  scopeValueOf,
  toggleArea,
  type ScopeBank,
  type ScopeValue,
  type UrlScope,
} from './scope.ts';
export { exportFileName, exportJson } from './file-format.ts';
export type { ImportResult } from './file-import.ts';
export {
  filterPlan,
  planCounts,
  planOwners,
  planRows,
  PLAN_STATUS_WORDS,
  UNASSIGNED,
  type PlanFilter,
  type PlanRow,
} from './plan.ts';
export { compareAssessments, type Comparison } from './compare.ts';
export { respondentName, teamRound, consensusFile, type TeamRound } from './team.ts';
export type { StoredAssessment } from './store/types.ts';
export {
  describeSaveStatus,
  openAssessmentStore,
  type AssessmentStore,
  type StoreSnapshot,
} from './store/persistent.ts';
export { browserStorage } from './store/storage.ts';
export type { ImportOutcome } from './store/import.ts';
