/**
 * The export formats, in one chunk that the results page loads on the first export: their code
 * (and the calendar library) stays out of the page's first load.
 */
export { exportAnswersCsv, exportResultsCsv } from './csv.ts';
export { exportMarkdown } from './markdown.ts';
export {
  azureDevOpsCsv,
  jiraCsv,
  planCalendar,
  planCsv,
  planMarkdown,
  DEVOPS_PROCESSES,
  type DevOpsProcess,
} from './plan.ts';
