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

/**
 * The course page of an LMS that frames a module (the trainers' embed test): an origin of its
 * own, so it never meets the hosting tests' embedder; the test build allows it too.
 */
export const lmsPort = sitePort + 3;
export const lmsOrigin = `http://127.0.0.1:${lmsPort}`;

/** The origins the test build names in EMBED_ORIGINS. */
export const testEmbedOrigins = [embedderOrigin, lmsOrigin];
