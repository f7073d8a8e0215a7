// Serves the built site (dist/) the way a static host does, with the headers of dist/_headers:
// `npm start` and the browser tests use it, so a header that breaks a page fails a test.
//   node scripts/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1]
// Pages are folders with an index.html; a folder without its slash is redirected to it; an
// unknown address gets 404.html with status 404. Text is gzipped when the browser asks for it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../src/lib/hosting/headers-file.ts';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
/** Files a host reads as configuration and never serves. */
const CONFIG_FILES = new Set(['/_headers', '/_redirects', '/staticwebapp.config.json']);

/**
 * An HTTP server for a built site. `setRoot` points it at another build while it runs, as a new
 * deployment would (the service worker's update test uses it).
 */
export function createSiteServer(root) {
  let dir = resolve(root);
  const zipped = new Map();

  const rules = () => {
    const file = join(dir, '_headers');
    return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8')) : [];
  };

  /** The file a path names, if it is inside the site. */
  const fileOf = (pathname) => {
    const file = resolve(dir, `.${pathname}`);
    return file === dir || file.startsWith(dir + sep) ? file : undefined;
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/400';
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = CONFIG_FILES.has(pathname) ? undefined : fileOf(pathname);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(dir, '404.html');
    }
    const headers = Object.fromEntries(headersFor(rules(), pathname));
    if (!existsSync(file)) {
      response.writeHead(404, headers).end('Not found');
      return;
    }
    const stat = statSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const etag = `W/"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`;
    Object.assign(headers, { 'Content-Type': type, ETag: etag, Vary: 'Accept-Encoding' });
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    let body = readFileSync(file);
    const compressible = /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type);
    if (
      compressible &&
      body.length > 1024 &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      const key = `${file}:${etag}`;
      if (!zipped.has(key)) zipped.set(key, gzipSync(body));
      body = zipped.get(key);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  return Object.assign(server, {
    /** Serves another build from now on. */
    setRoot(next) {
      dir = resolve(next);
    },
  });
}

/** A short fingerprint of a build, printed at start so a log shows which dist/ was served. */
function fingerprint(dir) {
  const sw = join(dir, 'sw.js');
  return existsSync(sw)
    ? createHash('sha256').update(readFileSync(sw)).digest('hex').slice(0, 8)
    : 'no service worker';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const dir = option('dir', 'dist');
  const host = option('host', '127.0.0.1');
  const port = Number(option('port', '4321'));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir} has no built site: run "npm run build" first.`);
    process.exit(1);
  }
  createSiteServer(dir).listen(port, host, () =>
    console.log(
      `Serving ${dir} (${fingerprint(dir)}) at http://${host}:${port}/ with the headers of ${dir}/_headers`,
    ),
  );
}
