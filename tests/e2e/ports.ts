/**
 * The ports of the browser tests, in one place. E2E_PORT lets two checkouts run their browser
 * tests side by side; the tests that need a second origin take the next two ports.
 */
export const sitePort = Number(process.env.E2E_PORT ?? 4327);

/** A page of another origin that frames the site; the test build names it in EMBED_ORIGINS. */
export const embedderPort = sitePort + 1;
export const embedderOrigin = `http://127.0.0.1:${embedderPort}`;

/** A second server of the site for the offline tests, which stop it and swap its build. */
export const offlinePort = sitePort + 2;
