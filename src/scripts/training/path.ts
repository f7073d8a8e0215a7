import { isDone, moduleProgress, pathProgress } from '../../lib/training/progress.ts';
import { initLearnerPanel } from './learner.ts';
import { openBrowserProgress } from './open-store.ts';

/**
 * Onboarding paths (role pages, the training index): "2 of 4 modules done" per path and a status
 * beside each module, for the learner this device records for.
 */
export function initPathProgress(): void {
  const paths = [...document.querySelectorAll<HTMLElement>('[data-path-progress]')];
  if (paths.length === 0) return;
  const store = openBrowserProgress();
  const render = () => {
    const { state } = store.getSnapshot();
    for (const el of paths) {
      const { done, total } = pathProgress(state, el.dataset.pathProgress!.split(' '));
      el.textContent = `${done} of ${total} modules done on this device.`;
      el.hidden = false;
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-module-status]')) {
      const progress = moduleProgress(state, el.dataset.moduleStatus!);
      el.textContent = isDone(progress)
        ? 'Done'
        : progress.check
          ? 'Check not passed yet'
          : progress.steps.length > 0
            ? 'Started'
            : 'Not started';
      el.dataset.done = String(isDone(progress));
    }
  };
  // The path's own line says how far the learner is; the panel need not repeat it.
  initLearnerPanel(store, () => '');
  store.subscribe(render);
  render();
}
