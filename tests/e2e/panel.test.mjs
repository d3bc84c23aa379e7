// The results panel (www/lib/panel.js) through a session on a plain news
// page (the reference article), as the bookmarklet runs it: content, no
// layout shift, click-to-reveal, toggles, keyboard, dark mode, hostile page
// CSS, export (JSON, Web Annotation, quotes CSV), screenshots, and what
// reader mode hides besides boilerplate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, open, ROOT } from './harness.mjs';
import { installHelpers } from './page-helpers.mjs';
import { parseCsv } from './csv.mjs';

let env;
before(async () => {
  env = await start();
  // Test instrumentation only: the panel's shadow root is closed so that
  // pages cannot reach into it; the tests open it to look inside.
  await env.context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      return attach.call(this, { ...init, mode: 'open' });
    };
  });
});
after(() => env.close());

const SCREENSHOTS = join(ROOT, 'target', 'screenshots');

/** The reference article, annotated by a session with the in-page backend. */
async function annotated({ viewport, mode = 'highlight' } = {}) {
  const { page, errors } = await open(env, 'www/articles/reference.html');
  if (viewport) await page.setViewportSize(viewport);
  await page.evaluate(installHelpers);
  const layout = () =>
    page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
      rects: [...document.body.querySelectorAll('*')].slice(0, 80).map((e) => JSON.stringify(e.getBoundingClientRect())),
    }));
  const before = await layout();
  const result = await page.evaluate(async (mode) => {
    const { inPageBackend } = await import('/www/lib/in-page.js');
    window.session = await import('/www/lib/session.js');
    window.backend = await inPageBackend();
    window.result = await window.session.start(document.body, window.backend, { mode });
    return window.result;
  }, mode);
  const panel = page.locator('newsmark-panel');
  await panel.waitFor();
  return { page, errors, result, panel, before, after: await layout() };
}

test('panel: lists quotes by speaker, entities by type, boilerplate; overlays without moving the page', async () => {
  const { page, errors, result, panel, before, after } = await annotated();
  assert.deepEqual(after, before, 'no layout shift: the panel is an overlay');
  assert.equal(await panel.locator('[role=complementary]').count(), 1);
  assert.equal(await page.evaluate(() => document.querySelector('newsmark-panel').parentNode === document.documentElement), true);

  // The story's headline, byline and date head the panel.
  assert.ok(result.headline && result.byline, 'the reference page has both');
  assert.equal(result.published, '2020-01-06T17:30:00Z', 'as its JSON-LD declares');
  assert.deepEqual(await panel.locator('.story > *').allTextContents(), [
    result.headline.text,
    `${result.byline.text} · published 2020-01-06`,
  ]);

  const quotes = panel.locator('section[aria-label=Quotes] li button');
  assert.equal(await quotes.count(), result.quotes.length);
  const speakers = new Set(result.quotes.map((q) => q.speaker_name ?? 'Speaker not found'));
  assert.equal(await panel.locator('section[aria-label=Quotes] details').count(), speakers.size);

  const ORDER = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT'];
  const types = ORDER.filter((type) => result.entities.some((e) => e.type === type));
  const summaries = await panel.locator('section[aria-label=Entities] summary').allTextContents();
  assert.deepEqual(
    summaries.map((s) => s.trim()),
    types.map((type) => `${type} (${result.entities.filter((e) => e.type === type).length})`),
  );
  const names = await panel.locator('section[aria-label=Entities] li button').allTextContents();
  const canonical = new Set(result.entities.map((e) => e.canonical));
  assert.equal(names.length, canonical.size, 'one line per canonical name');
  const stoltenberg = result.entities.filter((e) => e.canonical === 'Jens Stoltenberg').length;
  assert.ok(names.includes(`Jens Stoltenberg ×${stoltenberg}`), 'mentions counted under the canonical name');

  assert.equal(await panel.locator('section[aria-label=Boilerplate] li').count(), result.boilerplate.length);
  assert.deepEqual(errors, []);
});

for (const mode of ['highlight', 'wrap']) {
  test(`panel: clicking an item scrolls to it and flashes it (${mode} mode)`, async () => {
    const { page, errors, result, panel } = await annotated({ viewport: { width: 1000, height: 320 }, mode });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The last boilerplate block (the footer) is far below the fold.
    const last = result.boilerplate.length - 1;
    assert.ok(last > 0);
    await panel.locator('section[aria-label=Boilerplate] li button').nth(last).click();
    const flashed = await page.waitForFunction(
      () => {
        const flash = CSS.highlights.get('newsmark-flash');
        if (!flash) return null;
        const range = [...flash][0];
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= innerHeight ? { text: range.toString(), y: scrollY } : null;
      },
      null,
      { timeout: 5000 },
    );
    const { text, y } = await flashed.jsonValue();
    assert.equal(text.replace(/\s+/g, ' ').trim(), result.boilerplate[last].text);
    assert.ok(y > 0, 'the page scrolled');
    // The flash goes away by itself.
    await page.waitForFunction(() => !CSS.highlights.has('newsmark-flash'), null, { timeout: 5000 });
    assert.deepEqual(errors, []);
  });
}

test('panel: toggles hide a kind, switch reader mode and the outline, without repainting', async () => {
  const { page, errors, panel } = await annotated();
  const sheet = () => page.evaluate(() => [...document.adoptedStyleSheets.at(-1).cssRules].map((r) => r.cssText).join('\n'));
  const ranges = () => page.evaluate(() => CSS.highlights.get('newsmark-per').size);
  const perRanges = await ranges();
  assert.match(await sheet(), /::highlight\(newsmark-per\)/);

  await panel.getByLabel('People (PER)').uncheck();
  assert.doesNotMatch(await sheet(), /::highlight\(newsmark-per\)/, 'people are no longer styled');
  assert.equal(await ranges(), perRanges, 'nothing was repainted');
  await panel.getByLabel('People (PER)').check();
  assert.match(await sheet(), /::highlight\(newsmark-per\)/);

  const region = (name) =>
    page.evaluate((name) => {
      const el = document.querySelector(`[data-newsmark-region=${name}]`);
      const style = getComputedStyle(el);
      return { display: style.display, opacity: style.opacity, outline: style.outlineStyle };
    }, name);
  assert.equal((await region('boilerplate')).opacity, '0.45', 'boilerplate is dimmed');
  assert.equal((await region('article')).outline, 'dashed', 'the article is outlined');
  await panel.getByLabel('Reader mode (hide boilerplate)').check();
  assert.equal((await region('boilerplate')).display, 'none', 'reader mode hides boilerplate');
  assert.notEqual((await region('article')).display, 'none');
  await panel.getByLabel('Article outline').uncheck();
  assert.equal((await region('article')).outline, 'none');
  await panel.getByLabel('Reader mode (hide boilerplate)').uncheck();
  assert.notEqual((await region('boilerplate')).display, 'none');
  assert.deepEqual(errors, []);
});

test('panel: keyboard: focus moves in, Tab walks the controls, Escape closes and gives focus back', async () => {
  const { page, errors, panel } = await annotated();
  const focused = () =>
    page.evaluate(() => {
      const inner = document.querySelector('newsmark-panel')?.shadowRoot?.activeElement;
      return inner ? `${inner.localName}:${inner.textContent || inner.getAttribute('aria-label') || inner.type}` : document.activeElement.localName;
    });
  assert.equal(await focused(), 'h2:newsmark', 'the panel takes focus when it opens');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button:Clear');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'button:×');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'input:checkbox');
  await page.keyboard.press('Space');
  assert.equal(await panel.locator('input[type=checkbox]').first().isChecked(), false, 'space toggles');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('newsmark-panel').count(), 0, 'Escape closes the panel');
  assert.equal(await focused(), 'body');
  assert.ok(await page.evaluate(() => CSS.highlights.size > 0), 'closing the panel leaves the annotations');
  assert.equal(await page.evaluate(() => window.session.stop(document.body)), true);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.deepEqual(errors, []);
});

test('panel: readable in dark mode, and hostile page CSS cannot hide or restyle it', async () => {
  const { page, errors, panel } = await annotated();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addStyleTag({
    content:
      'newsmark-panel { display: none !important; } * { font-size: 40px !important; color: red !important; background: yellow !important; }',
  });
  assert.ok(await panel.locator('.panel').isVisible());
  const style = await panel.locator('.panel').evaluate((el) => {
    const s = getComputedStyle(el);
    return { bg: s.backgroundColor, fg: s.color, size: s.fontSize };
  });
  assert.deepEqual(style, { bg: 'rgb(30, 31, 34)', fg: 'rgb(232, 234, 237)', size: '14px' });
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'panel-dark-hostile.png') });
  assert.deepEqual(errors, []);
});

/** Clicks an export button and returns the downloaded file's text. */
async function downloaded(page, panel, label) {
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: label }).click()]);
  return readFile(await download.path(), 'utf8');
}

test('panel: exports the CLI JSON and W3C Web Annotations that anchor in the page', async () => {
  const { page, errors, result, panel } = await annotated();
  const json = JSON.parse(await downloaded(page, panel, 'Download JSON'));
  assert.deepEqual(json, {
    quotes: result.quotes,
    entities: result.entities,
    boilerplate: result.boilerplate,
    headline: result.headline,
    standfirst: result.standfirst,
    byline: result.byline,
    published: result.published,
    article: result.article,
  });

  const collection = JSON.parse(await downloaded(page, panel, 'Download Web Annotation'));
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const items = collection.first.items;
  assert.equal(items.length, result.quotes.length + result.entities.length + result.boilerplate.length);
  assert.equal(collection.total, items.length);
  const chars = Array.from(result.text);
  const pageText = (await page.evaluate(() => document.body.textContent)).replace(/\s+/g, '');
  const ids = new Set();
  for (const item of items) {
    assert.equal(item.type, 'Annotation');
    assert.equal(item.target.source, page.url());
    ids.add(item.id);
    const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = item.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.ok(quote.exact.length > 0);
    assert.equal(chars.slice(position.start, position.end).join(''), quote.exact, 'position and quote agree');
    assert.ok(result.text.includes(quote.prefix + quote.exact + quote.suffix), 'prefix, exact, suffix are contiguous');
    assert.ok(pageText.includes(quote.exact.replace(/\s+/g, '')), `"${quote.exact}" is in the page`);
  }
  assert.equal(ids.size, items.length, 'annotation ids are unique');
  assert.deepEqual(errors, []);
});

test('panel: the quotes CSV lists who said what, in page order', async () => {
  const { page, errors, result, panel } = await annotated();
  const rows = parseCsv(await downloaded(page, panel, 'Download quotes (CSV)'));
  assert.equal(rows.length, 1 + result.quotes.length);
  assert.deepEqual(
    rows.slice(1).map(([name, , quote, start]) => [name, quote, Number(start)]),
    result.quotes.map((q) => [q.speaker_name ?? '', q.text, q.start]),
  );
  assert.ok(rows.slice(1).every((row) => row[5] === page.url()));
  assert.deepEqual(errors, []);
});

test('panel: the entities CSV lists every mention with its full name', async () => {
  const { page, errors, result, panel } = await annotated();
  const rows = parseCsv(await downloaded(page, panel, 'Download entities (CSV)'));
  assert.deepEqual(
    rows.slice(1).map(([type, name, text, start]) => [type, name, text, Number(start)]),
    result.entities.map((e) => [e.type, e.canonical, e.text, e.start]),
  );
  assert.ok(rows.some(([, name, text]) => name !== text), 'a surname row names the whole person');
  assert.deepEqual(errors, []);
});

test('panel: copying puts the same JSON on the clipboard', async () => {
  const { page, errors, result, panel } = await annotated();
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await panel.getByRole('button', { name: 'Copy JSON' }).click();
  await panel.locator('[role=status]', { hasText: 'Copied.' }).waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.entities.length, result.entities.length);
  assert.deepEqual(errors, []);
});

test('panel: screenshots on the demo (docs/panel.png is made by scripts/panel-screenshot.mjs)', async () => {
  const { page, errors } = await open(env, 'www/index.html');
  await page.waitForFunction(() => window.newsmarkDemo);
  await page.locator('newsmark-panel').waitFor();
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'panel.png') });
  assert.deepEqual(errors, []);
});

test('reader mode also hides what the page hides from assistive technology, and only then', async () => {
  const { page, errors } = await open(env, 'tests/e2e/fixtures/unread.html');
  const state = () =>
    page.evaluate(() => ({
      text: document.body.innerText,
      marked: [...document.querySelectorAll('[data-newsmark-region=unread]')].map((el) => el.id || el.localName),
    }));
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.evaluate(async () => {
    const { inPageBackend } = await import('/www/lib/in-page.js');
    window.session = await import('/www/lib/session.js');
    window.backend = await inPageBackend();
    window.result = await window.session.start(document.body, window.backend, { panel: false });
  });
  let now = await state();
  assert.deepEqual(now.marked, ['top-slot', 'mid-slot'], 'the outermost aria-hidden subtrees, once each');
  assert.match(now.text, /Advertisement[\s\S]*Advertisement/, 'dimming mode leaves them alone');

  await page.evaluate(() => window.session.start(document.body, window.backend, { panel: false, display: { reader: true } }));
  now = await state();
  assert.doesNotMatch(now.text, /Advertisement|Sponsored/);
  assert.match(now.text, /We have waited long enough/, 'the article stays');

  await page.evaluate(() => window.session.stop(document.body));
  assert.equal(await page.evaluate(() => document.body.innerHTML), before, 'clear() removes every mark');
  assert.deepEqual(errors, []);
});

test('reader mode hides nothing the page hid when no article was found', async () => {
  const { page, errors } = await open(env, 'tests/e2e/fixtures/unread.html');
  // As some pages are while a consent dialog is open: everything aria-hidden.
  const marked = await page.evaluate(async () => {
    for (const child of document.body.children) child.setAttribute('aria-hidden', 'true');
    const { inPageBackend } = await import('/www/lib/in-page.js');
    const session = await import('/www/lib/session.js');
    const result = await session.start(document.body, await inPageBackend(), { panel: false, display: { reader: true } });
    return { article: result.article, marked: document.querySelectorAll('[data-newsmark-region]').length };
  });
  assert.equal(marked.marked, 0);
  assert.match(await page.evaluate(() => document.body.innerText), /We have waited long enough/);
  assert.deepEqual(errors, []);
});
