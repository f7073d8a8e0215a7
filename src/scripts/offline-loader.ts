// On every page of a build with offline use (src/integrations/offline.ts): loads the registration
// script once the page has loaded, so that no page waits for it and its weight is not up front.
if ('serviceWorker' in navigator) addEventListener('load', () => void import('./offline.ts'));
