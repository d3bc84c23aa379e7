// Shared by the browser tests: a static server for www/ and headless
// Chromium from the system (/usr/bin/chromium), never a downloaded browser.
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What `?strict-csp` adds to any page: no script but the site's own, no wasm, no inline style. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
/** What `?no-wasm-csp` adds: scripts from any local server may run, but no wasm may compile. */
export const NO_WASM_CSP = "script-src 'self' http://127.0.0.1:*; connect-src 'self' http://127.0.0.1:*";

/**
 * Serves the repository root (so tests reach both www/ and their fixtures)
 * on a free port; any URL with `?strict-csp` gets STRICT_CSP, `?no-wasm-csp` NO_WASM_CSP.
 * @returns {Promise<{base: string, close(): Promise<void>}>}
 */
export async function startServer() {
  const server = await serve(ROOT, 0, {
    headers: (url) => {
      if (url.searchParams.has('strict-csp')) return { 'content-security-policy': STRICT_CSP };
      if (url.searchParams.has('no-wasm-csp')) return { 'content-security-policy': NO_WASM_CSP };
      return {};
    },
  });
  return {
    base: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/**
 * Starts a server on a free port and a browser with a throwaway profile,
 * with the unpacked extension in `extension` loaded if given (headless
 * Chromium loads extensions: Playwright's headless is the new headless).
 * @returns {{base: string, context: import('playwright-core').BrowserContext, close(): Promise<void>}}
 */
export async function start({ extension } = {}) {
  const server = await startServer();
  const profile = await mkdtemp(join(tmpdir(), 'newsmark-chromium-'));
  const args = extension
    ? [...ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
    : ARGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  return {
    base: server.base,
    context,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `path`, failing the test on any page error or console error. */
export async function open(env, path) {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Fixture pages have no icon; the browser's automatic request is not an error.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  await page.goto(env.base + path);
  return { page, errors };
}
