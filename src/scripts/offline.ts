// Registers the offline service worker (/sw.js, written by src/integrations/offline.ts) and,
// when a new deployment's worker is ready, offers a reload. Until the reader accepts, every page
// keeps coming from the version already in use, so the site is never half old and half new.
import { SKIP_WAITING } from '../lib/offline/service-worker.ts';

const NOTICE = 'A new version of this site is available.';

/** Shows the offer (once); Reload hands over to the new worker, which then reloads the page. */
function offerReload(worker: ServiceWorker) {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('aside');
  notice.className = 'update-notice';
  notice.setAttribute('aria-label', 'New version');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button';
  reload.textContent = 'Reload';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'button button--quiet';
  later.textContent = 'Not now';
  notice.append(status);
  document.body.append(notice);

  reload.addEventListener('click', () => {
    reload.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    worker.postMessage(SKIP_WAITING);
  });
  // The new version then arrives once every tab of the site is closed.
  later.addEventListener('click', () => notice.remove());
  // Filled after insertion, so screen readers announce it as a status message.
  requestAnimationFrame(() => {
    status.textContent = NOTICE;
    notice.append(reload, later);
  });
}

async function register() {
  const registration = await navigator.serviceWorker.register('/sw.js', { updateViaCache: 'none' });
  // Only a page already served by a worker has an old version to replace: the first visit does not.
  const replaces = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && replaces()) offerReload(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && replaces()) offerReload(worker);
    });
  });
  // A tab left open for days looks for a new deployment whenever the reader comes back to it.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => {});
  });
}

// Loaded once the page has loaded (src/integrations/offline.ts), so that neither this script nor
// precaching the site slows a visit down. Without a worker (a private window, a browser that
// blocks it) the site works online as before.
register().catch(() => {});
