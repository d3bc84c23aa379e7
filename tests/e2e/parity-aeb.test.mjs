// Parity on real pages: for a fixed sample of AEB pages, the article text
// the wasm build finds in the live DOM of headless Chromium (annotate() on
// the whole document) equals what the native CLI extracts from the saved
// file. Skipped when ../shared/data/aeb is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { start, ROOT } from './harness.mjs';
import { aebIds, aebFile, openAebPage } from './aeb-pages.mjs';

/** How many pages: evenly spaced through the sorted ids, so the sample is fixed. */
const SAMPLE = 10;

const ids = aebIds();
const sample = ids.filter((_, i) => i % Math.floor(ids.length / SAMPLE) === 0).slice(0, SAMPLE);

let env;
let cli = {};
before(async () => {
  if (!sample.length) return;
  env = await start();
  const out = execFileSync(
    join(ROOT, 'target', 'debug', 'newsmark'),
    ['extract', '--format', 'aeb', ...sample.map(aebFile)],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  cli = JSON.parse(out);
});
after(() => env?.close());

for (const id of sample) {
  test(`AEB page ${id}: the browser and the CLI extract the same article`, async () => {
    const page = await openAebPage(env, id);
    const browser = await page.evaluate(
      () => nm.annotate(document.documentElement, { quotes: false, entities: false }).article,
    );
    await page.close();
    // Known difference (as in snapshot.test.mjs): the snapshot replaces the
    // marker characters U+0001–U+0005 in text by U+FFFD.
    const native = cli[id].articleBody.replace(/[\u0001-\u0005]/g, '\uFFFD');
    assert.ok(native.length > 0, 'the CLI finds an article');
    assert.equal(browser, native);
  });
}

test('the AEB sample is there', { skip: sample.length ? false : 'no ../shared/data/aeb' }, () => {
  assert.equal(sample.length, SAMPLE);
});
