// A static file server for www/ (or any directory): the demo needs nothing
// more, and the browser tests start one on a free port.
//
//   node scripts/serve.mjs [dir]      PORT=8080 by default, 127.0.0.1 only
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.md': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  // Without it the glue's instantiateStreaming fails and falls back to a
  // slower path with a console warning.
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port); resolves to the server.
 * `headers(url)` may add response headers per request URL (the tests serve
 * pages with a strict Content-Security-Policy).
 */
export function serve(dir, port = 0, { headers = () => ({}) } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://x');
      const path = decodeURIComponent(url.pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // The bookmarklet loads loader.js, its modules and the wasm into
        // pages of other sites: module scripts and the wasm fetch are CORS
        // requests. Everything here is public, static and credential-free.
        'access-control-allow-origin': '*',
        ...headers(url),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'www';
  const server = await serve(dir, Number(process.env.PORT ?? 8080));
  console.log(`newsmark demo: http://127.0.0.1:${server.address().port}/  (serving ${dir}; Ctrl-C stops)`);
}
