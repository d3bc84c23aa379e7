// www/lib/snapshot.js: what it leaves out, and parity with the native HTML
// adapter (the same page gives the same document in the browser and in the
// CLI); plus the wasm API's refusal of bad input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { start, open, ROOT } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

/** Loads the wasm API into the page as window.nm. */
async function loadApi(page) {
  await page.evaluate(async () => {
    const api = await import('/www/pkg/newsmark.js');
    await api.default();
    const { snapshot } = await import('/www/lib/snapshot.js');
    window.nm = { ...api, snapshot };
  });
}

/** What the CLI finds in a file: `command` is `extract` or `annotate`. */
function cli(command, file) {
  const out = execFileSync('cargo', ['run', '--quiet', '--bin', 'newsmark', '--', command, file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

test('hidden, script, style and other skipped content is not in the snapshot', async () => {
  const { page, errors } = await open(env, 'tests/e2e/fixtures/parity.html');
  await loadApi(page);
  const r = await page.evaluate(() => {
    const snap = nm.snapshot(document.documentElement, nm.skipSelector());
    return { events: snap.events, texts: snap.nodes.map((n) => n.data) };
  });
  for (const gone of [
    'script text', 'p { color', 'Parity fixture', 'hidden paragraph', 'aria-hidden paragraph',
    'display none', 'noscript text', 'template text', 'svg text', 'option text', 'textarea text',
    'a comment', "document.write",
  ]) {
    assert.ok(!r.events.includes(gone), `"${gone}" is left out`);
  }
  assert.ok(r.events.includes('Ministers'));
  // Marker characters inside text are replaced one for one (same length,
  // so offsets into the node stay valid).
  assert.ok(r.texts.some((t) => t.includes('\u0001\u0002\u0003\u0004 end.')));
  assert.ok(r.events.includes('\uFFFD\uFFFD\uFFFD\uFFFD end.'));
  assert.equal(r.events.split('\u0004').length - 1, r.texts.length, 'one TEXT record per node');
  assert.deepEqual(errors, []);
});

for (const file of ['tests/e2e/fixtures/parity.html', 'www/articles/reference.html']) {
  test(`the browser and the CLI read the same article from ${file}`, async () => {
    const { page } = await open(env, file);
    await loadApi(page);
    const browser = await page.evaluate(() => {
      const snap = nm.snapshot(document.documentElement, nm.skipSelector());
      const { article, published } = nm.analyse(snap.events, {});
      return { article, published };
    });
    // Known difference: the snapshot must replace its marker characters
    // U+0001–U+0004 in text by U+FFFD; the native adapter keeps them.
    const native = Object.values(cli('extract', join(ROOT, file)))[0].articleBody;
    assert.ok(browser.article.length > 100);
    assert.equal(browser.article, native.replace(/[\u0001-\u0004]/g, '\uFFFD'));
    // The date: the JSON-LD's, or the byline's `<time datetime>` (parity.html).
    assert.equal(browser.published, cli('annotate', join(ROOT, file)).published ?? undefined);
  });
}

test('the byline\'s time element dates a page without JSON-LD, in the browser as in the CLI', async () => {
  const { page } = await open(env, 'tests/e2e/fixtures/parity.html');
  await loadApi(page);
  const published = await page.evaluate(
    () => nm.analyse(nm.snapshot(document.documentElement, nm.skipSelector()).events, {}).published,
  );
  assert.equal(published, '2024-03-05T10:15:00Z');
});

test('a snapshot of a subtree opens its ancestors first', async () => {
  const { page } = await open(env, 'tests/e2e/fixtures/parity.html');
  await loadApi(page);
  const events = await page.evaluate(() => nm.snapshot(document.querySelector('h1'), nm.skipSelector()).events);
  const tags = events.split('\u0001').slice(1).map((r) => r.split('\u0002')[0]);
  assert.deepEqual(tags, ['html', 'body', 'main', 'article', 'h1']);
  assert.ok(events.endsWith('\u0003'.repeat(5)));
});

test('bad options and a bad root are refused without painting anything', async () => {
  const { page } = await open(env, 'www/articles/reference.html');
  await loadApi(page);
  const r = await page.evaluate(() => {
    const before = document.body.innerHTML;
    const errors = [];
    const attempts = [
      () => nm.annotate(document.body, { mode: 'sideways' }),
      () => nm.annotate(document.body, { quotes: 'yes' }),
      () => nm.annotate(document.body, { quote: false }),
      () => nm.annotate(document.body, 42),
      () => nm.annotate(document.createTextNode('not an element'), {}),
      () => nm.analyse('\u0001p', { entities: 1 }),
    ];
    for (const attempt of attempts) {
      try {
        attempt();
        errors.push(null);
      } catch (e) {
        errors.push(String(e.message ?? e));
      }
    }
    // The module still works afterwards.
    const ok = nm.annotate(document.body, { mode: 'wrap' });
    nm.clear(document.body);
    return {
      errors,
      same: document.body.innerHTML === before,
      highlights: CSS.highlights.size,
      works: typeof ok.timings.total === 'number',
    };
  });
  r.errors.forEach((e, i) => assert.ok(e, `attempt ${i} throws`));
  assert.match(r.errors[0], /bad options/);
  assert.equal(r.same, true);
  assert.equal(r.highlights, 0);
  assert.equal(r.works, true);
});
