/**
 * How many A4 pages a printable questionnaire takes, said on the page before anyone prints it.
 * Measured with Chromium's PDF output of the print layout (src/components/print): two questions
 * with their evidence fit a page, and the title and legend take about one more. A browser test
 * holds the estimate to the real page count.
 */
export const QUESTIONS_PER_PRINTED_PAGE = 2;

export function printedPages(questionCount: number): number {
  return Math.ceil(questionCount / QUESTIONS_PER_PRINTED_PAGE) + 1;
}
