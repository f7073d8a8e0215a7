import type { CheckQuestion } from '../../schemas/training.ts';
import { escapeXml as esc } from '../qr.ts';
import { passMarkText } from './grading.ts';

/**
 * The knowledge check as HTML: one markup for the module page and the SCORM launch page, so the
 * one grading script (src/scripts/training/check.ts) works in both. A plain form: a fieldset and
 * radios per question; the explanations wait, hidden, beside their options. Without JavaScript
 * nothing grades the form, so the answers and every explanation are also in a disclosure.
 */

/** Attribute and class names the grading script looks for. */
export const CHECK_HOOKS = {
  form: 'data-check',
  question: 'data-right',
  why: 'data-why',
  result: 'data-check-result',
  answers: 'data-check-answers',
  last: 'data-check-last',
} as const;

const LETTERS = 'abcde';

/** The key a form is graded with: the index of the right option per question. */
export function checkKey(check: readonly CheckQuestion[]): number[] {
  return check.map((q) => q.options.findIndex((o) => o.correct));
}

export function checkFormHtml(module: string, check: readonly CheckQuestion[]): string {
  const total = check.length;
  const id = (q: number, o?: number) => `${module}-q${q + 1}${o === undefined ? '' : LETTERS[o]}`;
  const questions = check
    .map((q, qi) => {
      const right = q.options.findIndex((o) => o.correct);
      const options = q.options
        .map(
          (o, oi) =>
            `<li class="check__option"><input type="radio" name="${id(qi)}" id="${id(qi, oi)}" value="${oi}"><label for="${id(qi, oi)}">${esc(o.text)}</label>` +
            `<p class="check__why" id="${id(qi, oi)}-why" ${CHECK_HOOKS.why} hidden>${esc(o.explanation)}</p></li>`,
        )
        .join('');
      return (
        `<fieldset class="check__question" ${CHECK_HOOKS.question}="${right}"><legend><span class="check__number">Question ${qi + 1} of ${total}.</span> ${esc(q.question)}</legend>` +
        `<ul class="check__options" role="list">${options}</ul></fieldset>`
      );
    })
    .join('');
  const answers = check
    .map((q) => {
      const items = q.options
        .map(
          (o) =>
            `<li>${o.correct ? '<strong>Right:</strong> ' : 'Not right: '}${esc(o.text)} <span class="check__answer-why">${esc(o.explanation)}</span></li>`,
        )
        .join('');
      return `<li><p>${esc(q.question)}</p><ul>${items}</ul></li>`;
    })
    .join('');
  return (
    `<form class="check" ${CHECK_HOOKS.form} data-module="${esc(module)}" novalidate aria-describedby="${module}-check-rule">` +
    `<p class="check__rule" id="${module}-check-rule">${total} questions, one right answer each. You pass with ${passMarkText(total)}.</p>` +
    `<p class="check__last" ${CHECK_HOOKS.last} hidden></p>` +
    questions +
    `<p class="check__actions"><button type="submit" class="button check__submit">Check my answers</button></p>` +
    `<p class="check__result" role="status" ${CHECK_HOOKS.result}></p>` +
    `<details class="check__answers no-print" ${CHECK_HOOKS.answers}><summary>All answers and explanations</summary><ol>${answers}</ol></details>` +
    `</form>`
  );
}
