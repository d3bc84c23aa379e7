// The bookmarklet, as the demo site makes it, run on pages of another site
// (another origin): it loads the loader from the demo site, annotates and
// opens the panel, and clears on the second click. On a page whose CSP
// blocks it, the user is told so in the page and nothing else changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, startServer, open } from './harness.mjs';
import { installHelpers } from './page-helpers.mjs';

let env; // the browser, and the server of the pages ("some news site")
let site; // the demo site the bookmarklet comes from
let code; // the bookmarklet's JavaScript
before(async () => {
  env = await start();
  site = await startServer();
  const demo = await env.context.newPage();
  await demo.goto(`${site.base}www/index.html`);
  const href = await demo.getAttribute('#bookmarklet', 'href');
  await demo.close();
  assert.match(href, /^javascript:/);
  // What the browser does with a javascript: URL: percent-decode, run.
  code = decodeURIComponent(href.slice('javascript:'.length));
  assert.ok(code.includes(`${site.base}www/bookmarklet/loader.js`), 'loads the loader from the demo site');
});
after(async () => {
  await env.close();
  await site.close();
});

/** Runs the bookmarklet as a click on the bookmark would (in the page's main world). */
const click = (page) => page.evaluate(code);

test('bookmarklet: annotates a page of another site, and a second click clears it', async () => {
  const { page, errors } = await open(env, 'www/articles/reference.html');
  await page.evaluate(installHelpers);
  const before = await page.evaluate(() => document.body.innerHTML);

  await click(page);
  await page.waitForFunction(() => document.querySelector('newsmark-panel'));
  const painted = await page.evaluate(() => t.state());
  assert.ok(painted.highlights['newsmark-per']?.length > 0);
  assert.ok(painted.highlights['newsmark-boilerplate']?.length > 0);
  assert.equal(painted.panels, 1);
  assert.equal(await page.locator('script[data-newsmark-bookmarklet]').count(), 0, 'the loader tag is gone');

  await click(page);
  const cleared = await page.evaluate(() => ({ state: t.state(), body: document.body.innerHTML }));
  assert.deepEqual(cleared.state, { highlights: {}, regions: [], panels: 0 });
  assert.equal(cleared.body, before);
  assert.deepEqual(errors, []);
});

for (const [name, query] of [
  ['blocks its script', 'strict-csp'],
  ['lets the script run but blocks wasm', 'no-wasm-csp'],
]) {
  test(`bookmarklet: on a page whose CSP ${name}, says so and changes nothing else`, async () => {
    const { page } = await open(env, `www/articles/reference.html?${query}`);
    const before = await page.evaluate(() => ({ body: document.body.innerHTML, sheets: document.adoptedStyleSheets.length }));
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss();
    });

    await click(page);
    const notice = page.locator('newsmark-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /blocks bookmarklets.*Use the newsmark browser extension/);
    assert.ok(await notice.isVisible(), 'the message is visible');
    assert.deepEqual(dialogs, [], 'no alert needed: the message could be shown in the page');

    const after = await page.evaluate(() => ({
      body: document.body.innerHTML,
      sheets: document.adoptedStyleSheets.length,
      highlights: CSS.highlights.size,
      panel: document.querySelector('newsmark-panel'),
      loaderTag: document.querySelector('script[data-newsmark-bookmarklet]'),
    }));
    assert.deepEqual(after, { ...before, highlights: 0, panel: null, loaderTag: null });
  });
}
