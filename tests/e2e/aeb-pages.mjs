// AEB pages in the browser, as a reader with the page's own scripts blocked
// would have them: shared by the parity test and the Readability benchmark.
//
// Each page is served from the test server's origin with a Content-Security-
// Policy that blocks the page's scripts (inline and remote) but lets our own
// modules and wasm run; every request for another origin (images, fonts,
// trackers) is aborted, so nothing leaves the machine.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

export const AEB_DIR = join(ROOT, '..', 'shared', 'data', 'aeb', 'html');

const CSP = "script-src 'self' 'wasm-unsafe-eval'";

/** The AEB page ids, sorted; empty when the data is not there. */
export function aebIds() {
  try {
    return readdirSync(AEB_DIR)
      .filter((f) => f.endsWith('.html.gz'))
      .map((f) => f.slice(0, -'.html.gz'.length))
      .sort();
  } catch {
    return [];
  }
}

export const aebFile = (id) => join(AEB_DIR, `${id}.html.gz`);

export function aebHtml(id) {
  return gunzipSync(readFileSync(aebFile(id))).toString('utf8');
}

/**
 * Opens AEB page `id` in a new tab at `${base}aeb/<id>.html` and loads the
 * newsmark API as window.nm. Returns the page.
 */
export async function openAebPage(env, id) {
  const page = await env.context.newPage();
  const url = `${env.base}aeb/${id}.html`;
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) {
      return route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP },
        body: aebHtml(id),
      });
    }
    return u.startsWith(env.base) ? route.continue() : route.abort();
  });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(async () => {
    const api = await import('/www/pkg/newsmark.js');
    await api.default();
    window.nm = api;
  });
  return page;
}
