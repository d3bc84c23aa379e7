// The browser extension (dist/extension, built by scripts/build-extension.sh)
// loaded unpacked into headless Chromium: the toolbar action annotates and
// clears a page, also one served with a strict CSP (no wasm, no foreign
// scripts, no inline styles), and it paints exactly what the in-page wasm
// API paints on the same page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { start, open, ROOT } from './harness.mjs';
import { installHelpers } from './page-helpers.mjs';

const DIST = join(ROOT, 'dist', 'extension');
const PAGE = 'www/articles/reference.html';

let env;
let sw;
let copy;
before(async () => {
  // A click on the toolbar button grants activeTab: access to that one tab
  // until it navigates. Headless Chromium has no toolbar to click, so the
  // test's copy of the extension gets that access to the test server up
  // front; the shipped manifest has no host permissions (checked below).
  copy = await mkdtemp(join(tmpdir(), 'newsmark-extension-'));
  await cp(DIST, copy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  await writeFile(join(copy, 'manifest.json'), JSON.stringify(manifest));
  env = await start({ extension: copy });
  sw = env.context.serviceWorkers()[0] ?? (await env.context.waitForEvent('serviceworker'));
});
after(async () => {
  await env.close();
  await rm(copy, { recursive: true, force: true });
});

/** Does what a click on the toolbar button does, for the tab showing `page`. */
function clickAction(page) {
  return sw.evaluate(async (url) => {
    const tab = (await chrome.tabs.query({})).findLast((t) => t.url === url);
    return globalThis.newsmarkToggleTab(tab.id);
  }, page.url());
}

/** The text inside the panel's closed shadow root, read through the DevTools protocol (which pierces it). */
async function panelText(page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  await cdp.detach();
  const out = [];
  const walk = (node, inside) => {
    const here = inside || node.nodeName === 'NEWSMARK-PANEL';
    if (here && node.nodeType === 3) out.push(node.nodeValue);
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, here);
  };
  walk(root, false);
  return out.join(' ');
}

async function openPage(path) {
  const { page, errors } = await open(env, path);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.evaluate(installHelpers);
  requests.length = 0;
  return { page, errors, requests };
}

test('extension: the shipped manifest asks for activeTab, scripting and storage only', async () => {
  const manifest = JSON.parse(await readFile(join(DIST, 'manifest.json'), 'utf8'));
  assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'scripting', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.equal(manifest.content_scripts, undefined, 'nothing runs on a page until the user asks');
  assert.match(manifest.content_security_policy.extension_pages, /'wasm-unsafe-eval'/);
  assert.ok(manifest.browser_specific_settings.gecko.id);
  assert.equal(manifest.commands._execute_action.suggested_key.default, 'Alt+Shift+N');
});

test('extension: the zip holds exactly the unpacked folder', async () => {
  const listed = execFileSync('unzip', ['-Z1', join(ROOT, 'dist', 'newsmark-extension.zip')], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => name && !name.endsWith('/'))
    .sort();
  const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
  assert.deepEqual(listed, files);
  for (const needed of ['manifest.json', 'sw.js', 'content.js', 'options.html', 'lib/snapshot.js', 'lib/paint.js', 'pkg/newsmark_bg.wasm']) {
    assert.ok(files.includes(needed), needed);
  }
});

for (const [name, path] of [
  ['a plain page', PAGE],
  ['a page with a strict CSP', `${PAGE}?strict-csp`],
]) {
  test(`extension: the action annotates and clears ${name}`, async () => {
    const { page, errors, requests } = await openPage(path);
    const before = await page.evaluate(() => document.body.innerHTML);

    assert.equal(await clickAction(page), 'annotated');
    const painted = await page.evaluate(() => t.state());
    assert.ok(painted.highlights['newsmark-per']?.length > 0, 'people are highlighted');
    assert.ok(painted.highlights['newsmark-boilerplate']?.length > 0, 'boilerplate is dimmed');
    assert.ok(painted.regions.some((r) => r.startsWith('article ')), 'the article is outlined');
    assert.equal(painted.panels, 1);
    const text = await panelText(page);
    assert.match(text, /Jens Stoltenberg/);
    assert.match(text, /Quotes \(\d+\)/);
    assert.match(text, /Entities \(\d+\)/);

    if (path.includes('strict-csp')) {
      await mkdir(join(ROOT, 'target', 'screenshots'), { recursive: true });
      // caret: 'initial': hiding the caret makes Playwright touch inputs' style attributes.
      await page.screenshot({ path: join(ROOT, 'target', 'screenshots', 'extension-strict-csp.png'), caret: 'initial' });
    }

    assert.equal(await clickAction(page), 'cleared');
    const cleared = await page.evaluate(() => ({ state: t.state(), body: document.body.innerHTML }));
    assert.deepEqual(cleared.state, { highlights: {}, regions: [], panels: 0 });
    assert.equal(cleared.body, before, 'body.innerHTML is restored byte for byte');
    assert.deepEqual(
      requests.filter((url) => !url.startsWith('chrome-extension:')),
      [],
      'the page is never sent anywhere (the extension only loads its own files)',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('extension: paints exactly what the in-page wasm API paints on the same page', async () => {
  const { page, errors } = await openPage(PAGE);
  const inPage = await page.evaluate(async () => {
    const wasm = await import('/www/pkg/newsmark.js');
    await wasm.default();
    const report = wasm.annotate(document.body);
    const state = t.state();
    wasm.clear(document.body);
    return { state, counts: [report.quotes.length, report.entities.length, report.boilerplate.length] };
  });
  // The same session code with the wasm in the page: its panel lists what
  // the report says, so equal panels mean equal reports.
  await page.evaluate(async () => {
    const { inPageBackend } = await import('/www/lib/in-page.js');
    window.session = await import('/www/lib/session.js');
    await window.session.start(document.body, await inPageBackend());
  });
  const inPagePanel = await panelText(page);
  await page.evaluate(() => window.session.stop(document.body));

  assert.equal(await clickAction(page), 'annotated');
  const viaExtension = await page.evaluate(() => t.state());
  const text = await panelText(page);
  await clickAction(page);

  assert.ok(Object.keys(inPage.state.highlights).length >= 3);
  assert.deepEqual(viaExtension.highlights, inPage.state.highlights);
  assert.deepEqual(viaExtension.regions, inPage.state.regions);
  const [quotes, entities, boilerplate] = inPage.counts;
  assert.match(text, new RegExp(`${quotes} quotes · ${entities} entities · ${boilerplate} boilerplate`));
  assert.equal(text, inPagePanel, 'the same panel: the same report');
  assert.deepEqual(errors, []);
  await page.close();
});

test('extension: the options page stores settings that the next annotation uses', async () => {
  const id = new URL(sw.url()).host;
  const options = await env.context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByLabel('Reader mode on by default').check();
  await options.locator('#kinds li', { hasText: 'People' }).getByRole('checkbox').uncheck();
  await options.locator('#status', { hasText: 'Saved.' }).waitFor();
  const stored = await sw.evaluate(() => chrome.storage.sync.get('settings'));
  assert.equal(stored.settings.display.reader, true);
  assert.deepEqual(stored.settings.display.hidden, ['per']);

  const { page, errors } = await openPage(PAGE);
  assert.equal(await clickAction(page), 'annotated');
  const shown = await page.evaluate(() => ({
    boilerplate: getComputedStyle(document.querySelector('[data-newsmark-region=boilerplate]')).display,
    perStyled: [...document.adoptedStyleSheets]
      .flatMap((s) => [...s.cssRules])
      .some((r) => r.cssText.includes('::highlight(newsmark-per)')),
  }));
  assert.deepEqual(shown, { boilerplate: 'none', perStyled: false });
  await clickAction(page);
  await sw.evaluate(() => chrome.storage.sync.clear());
  assert.deepEqual(errors, []);
  await Promise.all([page.close(), options.close()]);
});

test('extension: real saved news pages (strict CSP) are annotated and restored exactly', async () => {
  for (const name of ['bbc-1', 'cnn', 'ars-1']) {
    // The pages' own (remote) images and stylesheets are refused by the
    // CSP: console errors here are the page's, not newsmark's.
    const { page } = await openPage(`www/articles/samples/${name}.html?strict-csp`);
    const before = await page.evaluate(() => document.body.innerHTML);
    assert.equal(await clickAction(page), 'annotated', name);
    const painted = await page.evaluate(() => t.state());
    assert.ok(Object.keys(painted.highlights).length > 0, `${name}: something is highlighted`);
    assert.ok(painted.regions.length > 0, `${name}: regions are marked`);
    assert.equal(await clickAction(page), 'cleared', name);
    assert.equal(await page.evaluate(() => document.body.innerHTML), before, `${name}: restored byte for byte`);
    await page.close();
  }
});
