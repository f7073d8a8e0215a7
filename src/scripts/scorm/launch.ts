import { CHECK_HOOKS } from '../../lib/training/check-markup.ts';
import {
  findScormApi,
  lessonReport,
  scormTimespan,
  type Scorm12Api,
} from '../../lib/training/scorm.ts';
import { initCheck } from '../training/check.ts';

/**
 * The launch page of a module's SCORM 1.2 package: finds the LMS's API up the frames (or in the
 * window that opened it), starts the session, reports each graded attempt (status and score) and
 * commits it, and finishes the session when the page goes away. Without an LMS the check still
 * grades; the page says that nothing is recorded.
 */

// Loaded in <head> without defer, so the check's no-script disclosure never shows for a moment.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', start);

const started = Date.now();

function start() {
  const status = document.querySelector<HTMLElement>('[data-scorm-status]')!;
  const form = document.querySelector<HTMLFormElement>(`[${CHECK_HOOKS.form}]`);
  const api = connect(status, form !== null);
  if (form)
    initCheck(form, (result) => {
      if (!api) return;
      const report = lessonReport(result, {
        status: api.LMSGetValue('cmi.core.lesson_status'),
        score: api.LMSGetValue('cmi.core.score.raw'),
      });
      api.LMSSetValue('cmi.core.score.min', '0');
      api.LMSSetValue('cmi.core.score.max', '100');
      api.LMSSetValue('cmi.core.score.raw', String(report.score));
      api.LMSSetValue('cmi.core.lesson_status', report.status);
      status.textContent =
        api.LMSCommit('') === 'true'
          ? `Recorded in your learning platform: ${report.status}, score ${report.score} of 100.`
          : `Your learning platform did not accept the result (error ${String(api.LMSGetLastError())}). Try the check again, or tell your trainer.`;
    });
}

function connect(status: HTMLElement, hasCheck: boolean): Scorm12Api | undefined {
  const api = findScormApi(window);
  if (!api || api.LMSInitialize('') !== 'true') {
    status.textContent =
      'No learning platform answered, so nothing is recorded: the check still shows your result here. Open the module from your LMS to record it.';
    return undefined;
  }
  const current = api.LMSGetValue('cmi.core.lesson_status');
  if (!hasCheck)
    api.LMSSetValue(
      'cmi.core.lesson_status',
      lessonReport(undefined, { status: current, score: '' }).status,
    );
  else if (current === 'not attempted' || current === '')
    api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
  api.LMSCommit('');
  status.textContent = hasCheck
    ? 'Connected to your learning platform: your check result is recorded there.'
    : 'Connected to your learning platform: the module is recorded as completed.';
  let finished = false;
  addEventListener('pagehide', () => {
    if (finished) return;
    finished = true;
    api.LMSSetValue('cmi.core.session_time', scormTimespan(Date.now() - started));
    api.LMSFinish('');
  });
  return api;
}
