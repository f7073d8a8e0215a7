import {
  gradeCheck,
  resultText,
  unansweredText,
  type CheckResult,
  type QuestionGrade,
} from '../../lib/training/grading.ts';
import { CHECK_HOOKS } from '../../lib/training/check-markup.ts';

const hook = (name: keyof typeof CHECK_HOOKS) => `[${CHECK_HOOKS[name]}]`;

/**
 * Grades a knowledge-check form (markup from src/lib/training/check-markup.ts) on submit: shows
 * the explanation of each chosen answer with "Right." or "Not right.", announces the result in
 * the form's live region, and hands the result on. Changing an answer clears its verdict.
 */
export function initCheck(form: HTMLFormElement, onGraded: (result: CheckResult) => void): void {
  const questions = [...form.querySelectorAll<HTMLFieldSetElement>(hook('question'))];
  const key = questions.map((q) => Number(q.getAttribute(CHECK_HOOKS.question)));
  const live = form.querySelector<HTMLElement>(hook('result'))!;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = questions.map((q) => {
      const chosen = q.querySelector<HTMLInputElement>('input:checked');
      return chosen ? Number(chosen.value) : undefined;
    });
    const grading = gradeCheck(key, answers);
    if (!grading.complete) {
      announce(live, unansweredText(grading.unanswered), undefined);
      questions[grading.unanswered[0]!]?.querySelector('input')?.focus();
      return;
    }
    questions.forEach((q, i) => showVerdict(q, grading.result.questions[i]));
    form.setAttribute('data-graded', '');
    announce(live, resultText(grading.result), grading.result.passed);
    onGraded(grading.result);
  });

  form.addEventListener('change', (event) => {
    const question = (event.target as Element).closest<HTMLFieldSetElement>(hook('question'));
    if (question) showVerdict(question, undefined);
  });
}

/** Sets the live region's text; cleared first so the same result is announced again. */
function announce(live: HTMLElement, text: string, passed: boolean | undefined) {
  live.textContent = '';
  if (passed === undefined) live.removeAttribute('data-passed');
  else live.dataset.passed = String(passed);
  setTimeout(() => (live.textContent = text), 50);
}

function showVerdict(question: HTMLFieldSetElement, grade: QuestionGrade | undefined) {
  question.querySelectorAll<HTMLElement>('.check__option').forEach((option, index) => {
    const why = option.querySelector<HTMLElement>(hook('why'))!;
    const input = option.querySelector('input')!;
    const chosen = grade?.chosen === index;
    why.hidden = !chosen;
    if (!chosen) {
      option.removeAttribute('data-verdict');
      input.removeAttribute('aria-describedby');
      return;
    }
    option.dataset.verdict = grade.correct ? 'right' : 'wrong';
    input.setAttribute('aria-describedby', why.id);
    let verdict = why.querySelector('.check__verdict');
    if (!verdict) {
      verdict = document.createElement('span');
      verdict.className = 'check__verdict';
      why.prepend(verdict);
    }
    verdict.textContent = grade.correct ? 'Right. ' : 'Not right. ';
  });
}
