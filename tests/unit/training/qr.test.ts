import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { escapeXml, qrSvg } from '../../../src/lib/qr.ts';

/** Paints the SVG's path (runs of "M x y h w v1 h-w z") into RGBA pixels, `scale` per module. */
function rasterise(svg: string, scale = 4) {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  const d = /<path fill="#000" d="([^"]+)"/.exec(svg)![1]!;
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++)
      for (let px = Number(x) * scale; px < (Number(x) + Number(w)) * scale; px++)
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
  }
  return { pixels, width };
}

describe('QR codes', () => {
  it('encodes the address so that a scanner reads it back', () => {
    const url = 'https://a2o.contoso.com/training/recovery-drill/';
    const svg = qrSvg(url, 'QR code of this page');
    const { pixels, width } = rasterise(svg);
    expect(jsQR(pixels, width, width)?.data).toBe(url);
  });

  it('is an accessible, compact image', () => {
    const svg = qrSvg('https://a2o.contoso.com/areas/business-continuity/', 'Scan "me" & go');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Scan &quot;me&quot; &amp; go"/);
    // Every guidance page carries one for its handout: it must stay small.
    expect(gzipSync(svg).length).toBeLessThan(1500);
  });

  it('escapes markup', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
