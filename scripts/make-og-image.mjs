// Renders public/og-image.png (1200×630), the picture shown when a link to the site is shared
// in Teams or Slack. Run it after changing the site's name or tagline: node scripts/make-og-image.mjs
import { chromium } from '@playwright/test';
import { ensureChromium } from './find-chromium.mjs';

const html = `<!doctype html><html><body style="margin:0;width:1200px;height:630px;display:flex;flex-direction:column;
justify-content:center;padding:0 90px;box-sizing:border-box;background:#0a5bb5;color:#fff;font-family:system-ui,'Segoe UI',sans-serif">
<svg viewBox="0 0 32 32" width="110" height="110"><rect width="32" height="32" rx="7" fill="#fff"/>
<path d="M9 22 16 9l7 13M11.8 17h8.4" fill="none" stroke="#0a5bb5" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>
<h1 style="font-size:82px;margin:40px 0 16px">Administer to Operate</h1>
<p style="font-size:36px;margin:0;max-width:1000px;line-height:1.3">Run Dynamics 365 well after go-live: guidance for 13 areas,
a maturity self-assessment and onboarding paths.</p></body></html>`;

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-image.png' });
await browser.close();
console.log('Wrote public/og-image.png');
