import type { ProgressStore } from '../../lib/training/progress-store.ts';
import { statusText } from '../../lib/training/progress-store.ts';
import {
  activeLabel,
  addLearner,
  clearActiveLearner,
  learnerList,
  renameLearner,
  switchLearner,
  type ProgressState,
} from '../../lib/training/progress.ts';

/**
 * The learner panel (LearnerPanel.astro): who the device records for, name, switch, a new
 * learner and "clear my progress" (asked once more), and what went wrong with storage.
 */
export function initLearnerPanel(
  store: ProgressStore,
  summary: (state: ProgressState) => string,
): void {
  const panel = document.querySelector<HTMLElement>('[data-learner]');
  if (!panel) return;
  const $ = <T extends Element>(name: string) => panel.querySelector<T>(`[data-learner-${name}]`)!;
  const rename = $<HTMLFormElement>('rename');
  const nameInput = rename.querySelector('input')!;
  const switcher = $<HTMLFormElement>('switch');
  const select = switcher.querySelector('select')!;
  const confirm = $<HTMLElement>('confirm');

  const render = () => {
    const { state, status, notice } = store.getSnapshot();
    const label = activeLabel(state);
    $('name').textContent = label ?? 'a new learner';
    $('summary').textContent = summary(state);
    $('status').textContent = [notice, statusText(status)].filter(Boolean).join(' ');
    if (document.activeElement !== nameInput)
      nameInput.value = (state.active && state.learners[state.active]?.name) || '';
    const list = learnerList(state);
    select.replaceChildren(
      ...list.map(({ id, label }) => new Option(label, id, false, id === state.active)),
    );
    switcher.hidden = list.length < 2;
    $<HTMLButtonElement>('clear').disabled = label === undefined;
    $('confirm-text').textContent =
      `Remove the progress${label ? ` of ${label}` : ''} from this device? This cannot be undone.`;
  };

  rename.addEventListener('submit', (event) => {
    event.preventDefault();
    store.update((state, ctx) => renameLearner(state, ctx, nameInput.value));
    nameInput.blur();
    render();
  });
  switcher.addEventListener('submit', (event) => {
    event.preventDefault();
    store.update((state) => switchLearner(state, select.value));
  });
  $('new').addEventListener('click', () => {
    store.update((state, ctx) => addLearner(state, ctx, undefined));
    nameInput.focus();
  });
  $('clear').addEventListener('click', () => {
    confirm.hidden = false;
    $<HTMLButtonElement>('confirm-no').focus();
  });
  $('confirm-no').addEventListener('click', () => {
    confirm.hidden = true;
    $<HTMLButtonElement>('clear').focus();
  });
  $('confirm-yes').addEventListener('click', () => {
    store.update((state) => clearActiveLearner(state));
    confirm.hidden = true;
    $<HTMLButtonElement>('clear').focus();
  });

  store.subscribe(render);
  render();
  panel.hidden = false;
}
