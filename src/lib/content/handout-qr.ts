import { qrSvg } from '../qr.ts';
import { absoluteUrl } from '../urls.ts';

/** The QR code of a page's public address, as the SVG file its printed handout shows. */
export function handoutQrResponse(pagePath: string, site: URL | undefined): Response {
  return new Response(qrSvg(absoluteUrl(pagePath, site?.href ?? '/'), 'QR code of the live page'), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
}
