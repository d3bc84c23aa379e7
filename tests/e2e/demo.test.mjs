// The demo page (www/index.html) end to end: the wasm build annotates the
// reference article, everything it reports is painted, clear() restores
// the page byte for byte; plus a screenshot for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, open, ROOT } from './harness.mjs';
import { installHelpers } from './page-helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

async function demo() {
  const { page, errors } = await open(env, 'www/index.html');
  await page.waitForFunction(() => window.newsmarkDemo);
  await page.evaluate(installHelpers);
  return { page, errors };
}

/** Annotates twice through the API in `mode`, reads back what is painted, clears. */
function annotateAndClear(mode) {
  const { annotate, clear, root, stop } = window.newsmarkDemo;
  stop(); // the demo annotates on load
  const before = document.body.innerHTML;
  annotate(root, { mode });
  const result = annotate(root, { mode }); // twice = once
  const painted = t.painted();
  clear(root);
  return { result, painted, restored: document.body.innerHTML === before };
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** [kind, text] for everything the result says should be painted. */
function expectedItems(result) {
  return [
    ...result.quotes.map((q) => ['quote', q.text]),
    ...result.quotes.filter((q) => q.speaker_text !== null).map((q) => ['speaker', q.speaker_text]),
    ...result.entities.map((e) => [e.type.toLowerCase(), e.text]),
    ...result.boilerplate.map((b) => ['boilerplate', b.text]),
  ];
}

for (const mode of ['highlight', 'wrap']) {
  test(`demo: everything reported is painted in ${mode} mode, and clear restores the page`, async () => {
    const { page, errors } = await demo();
    const { result, painted, restored } = await page.evaluate(annotateAndClear, mode);

    assert.deepEqual(Object.keys(result).sort(), ['article', 'boilerplate', 'byline', 'entities', 'headline', 'published', 'quotes', 'standfirst', 'text', 'timings']);
    for (const key of ['extract', 'analyse', 'paint', 'total']) {
      assert.equal(typeof result.timings[key], 'number', key);
      assert.ok(result.timings[key] >= 0);
    }
    assert.match(result.article, /Jens Stoltenberg called for restraint/);

    const paintedByKind = {};
    if (mode === 'highlight') {
      for (const [name, texts] of Object.entries(painted.highlights)) {
        paintedByKind[name.slice('newsmark-'.length)] = texts.map(squash);
      }
    } else {
      for (const w of Object.values(painted.wrappers)) {
        (paintedByKind[w.kind] ??= []).push(squash(w.spanned));
      }
    }
    const expected = expectedItems(result);
    for (const [kind, text] of expected) {
      assert.ok(paintedByKind[kind]?.includes(squash(text)), `${kind} "${text}" is painted`);
    }
    const paintedCount = Object.values(paintedByKind).flat().length;
    assert.equal(paintedCount, expected.length, 'one painted range per item, even after annotating twice');
    assert.equal(restored, true, 'body.innerHTML is restored byte for byte');
    assert.deepEqual(errors, []);
  });
}

test('demo: the buttons annotate and clear; screenshot', async () => {
  const { page, errors } = await demo();
  await page.click('#clear');
  assert.match(await page.textContent('#status'), /Cleared/);
  await page.click('#annotate');
  assert.match(await page.textContent('#status'), /^Annotated in [\d.]+ ms/);
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 1);
  await page.click('input[value=wrap]');
  const result = await page.evaluate(() => window.newsmarkDemo.annotate(window.newsmarkDemo.root, { mode: 'wrap' }));
  const wrappers = await page.locator('newsmark-hl').count();
  assert.equal(wrappers > 0, expectedItems(result).length > 0);
  await page.click('input[value=highlight]');
  await page.click('#annotate');
  const dir = join(ROOT, 'target', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, 'demo.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('demo: pasted text is annotated as paragraphs', async () => {
  const { page, errors } = await demo();
  await page.fill('#paste', 'First paragraph here.\n\nSecond “quoted” paragraph.');
  await page.click('#use-text');
  const paragraphs = await page.locator('#page > p').allTextContents();
  assert.deepEqual(paragraphs, ['First paragraph here.', 'Second “quoted” paragraph.']);
  assert.match(await page.textContent('#status'), /^Annotated in/);
  assert.deepEqual(errors, []);
});

test('demo: a dropped HTML file is shown inert (no scripts, handlers or loads)', async () => {
  const { page, errors } = await demo();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const html =
    '<p onclick="window.ran = 1">Kept <img src="http://example.invalid/x.png" onerror="window.ran = 2"> text</p>' +
    '<script>window.ran = 3</script><p style="display:none">hidden</p><a href="javascript:window.ran=4">link</a>' +
    '<script type="application/ld+json" onload="window.ran = 5">{"datePublished": "2024-05-01"}</script>';
  await page.setInputFiles('#file', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector('#page p')?.textContent.startsWith('Kept'));
  const r = await page.evaluate(() => {
    const demo = window.newsmarkDemo;
    const stopped = demo.stop();
    // The page's JSON-LD is read as the CLI reads it from the saved file.
    const { published } = demo.annotate(demo.root, {});
    demo.clear(demo.root);
    return { ran: window.ran, published, stopped, html: document.getElementById('page').innerHTML };
  });
  assert.equal(r.ran, undefined);
  assert.equal(r.published, '2024-05-01');
  assert.equal(r.stopped, true, 'the dropped page was annotated');
  assert.equal(
    r.html,
    '<p>Kept  text</p><p hidden="">hidden</p><a>link</a>' +
      '<script type="application/ld+json">{"datePublished": "2024-05-01"}</script>',
  );
  assert.deepEqual(requests.filter((u) => u.includes('example.invalid')), []);
  assert.deepEqual(errors, []);
});

test('demo: each sample page loads and is annotated, and its licence is linked', async () => {
  const { page, errors } = await demo();
  const samples = await page.locator('#article option').evaluateAll((options) => options.map((o) => o.value));
  assert.ok(samples.length >= 4, 'the reference article and at least three saved pages');
  for (const sample of samples.slice(1)) {
    await page.selectOption('#article', sample);
    await page.waitForFunction(
      () => /^Annotated in/.test(document.getElementById('status').value) && document.querySelector('newsmark-panel'),
    );
    const found = await page.evaluate(() => ({
      status: document.getElementById('status').value,
      regions: document.querySelectorAll('[data-newsmark-region]').length,
    }));
    assert.match(found.status, /[1-9]\d* entities/, `${sample}: entities found`);
    assert.ok(found.regions > 0, `${sample}: article or boilerplate marked`);
    await page.evaluate(() => {
      document.getElementById('status').value = '';
    });
  }
  for (const file of ['LICENSE.md', 'NOTICE']) {
    assert.equal(await page.locator(`a[href="articles/samples/${file}"]`).count(), 1);
    assert.equal((await page.request.get(`${env.base}www/articles/samples/${file}`)).status(), 200);
  }
  assert.deepEqual(errors, []);
});
