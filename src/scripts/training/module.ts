import { CHECK_HOOKS } from '../../lib/training/check-markup.ts';
import { resultText } from '../../lib/training/grading.ts';
import { isDone, moduleProgress, recordCheck, tickStep } from '../../lib/training/progress.ts';
import { initCheck } from './check.ts';
import { initLearnerPanel } from './learner.ts';
import { openBrowserProgress } from './open-store.ts';

/** What a framed module tells the page around it when its check is passed (DESIGN.md). */
export interface CompletedMessage {
  type: 'a2o:completed';
  module: string;
  /** Percent right. */
  score: number;
}

/**
 * A module page: ticks of its steps and the check's result go to the learner's progress; a
 * passed check inside a frame is posted to the parent (an LMS page, a Teams tab).
 */
export function initModulePage(): void {
  const list = document.querySelector<HTMLElement>('[data-module]');
  const module = list?.dataset.module;
  if (!list || !module) return;
  const store = openBrowserProgress();
  const boxes = [...list.querySelectorAll<HTMLInputElement>('input[data-step]')];
  const form = document.querySelector<HTMLFormElement>(`[${CHECK_HOOKS.form}]`);
  const last = form?.querySelector<HTMLElement>(`[${CHECK_HOOKS.last}]`);

  const render = () => {
    const progress = moduleProgress(store.getSnapshot().state, module);
    for (const box of boxes) box.checked = progress.steps.includes(box.dataset.step!);
    if (last) {
      last.hidden = !progress.check;
      if (progress.check)
        last.textContent = `Your last result on this device (${progress.check.at.slice(0, 10)}): ${resultText(progress.check).split('.')[0]}.`;
    }
  };

  for (const box of boxes)
    box.addEventListener('change', () =>
      store.update((state, ctx) => tickStep(state, ctx, module, box.dataset.step!, box.checked)),
    );
  if (form)
    initCheck(form, (result) => {
      store.update((state, ctx) => recordCheck(state, ctx, module, result));
      if (result.passed && window.parent !== window) {
        const message: CompletedMessage = { type: 'a2o:completed', module, score: result.score };
        // The parent is whatever LMS or tab embeds the page; the message says nothing private.
        window.parent.postMessage(message, '*');
      }
    });

  initLearnerPanel(store, (state) => {
    const progress = moduleProgress(state, module);
    if (isDone(progress)) return 'This module is done: its check is passed.';
    return `${progress.steps.length} of ${boxes.length} steps ticked; the check is ${progress.check ? 'not passed yet' : 'still to do'}.`;
  });
  store.subscribe(render);
  render();
}
