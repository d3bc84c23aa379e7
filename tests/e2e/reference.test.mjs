// The reference article on the demo page, annotated by the wasm build in
// headless Chromium: the twelve quotations with their speakers, the main
// entities, the scraping leftovers dimmed — and exactly what the native CLI
// finds in the same page (one core, two adapters).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { start, open, ROOT } from './harness.mjs';
import { installHelpers } from './page-helpers.mjs';

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

const SPEAKERS = [
  'Jens Stoltenberg', 'Jens Stoltenberg', 'Jens Stoltenberg', 'Jens Stoltenberg',
  'Jens Stoltenberg', 'Jens Stoltenberg', 'Jens Stoltenberg', 'Iraq', 'Iraq',
  'Mohammed Hussein Bahr Aluloom', 'Antonio Guterres', 'Antonio Guterres',
];

async function annotatedDemo() {
  const { page, errors } = await open(env, 'www/index.html');
  await page.waitForFunction(() => window.newsmarkDemo);
  await page.evaluate(installHelpers);
  const result = await page.evaluate(() => {
    const { annotate, root } = window.newsmarkDemo;
    const r = annotate(root, { mode: 'highlight' });
    const painted = (name) => [...(CSS.highlights.get(name) ?? [])].map(t.textOf);
    return { ...r, painted: { quote: painted('newsmark-quote'), boilerplate: painted('newsmark-boilerplate') } };
  });
  assert.deepEqual(errors, []);
  return result;
}

test('the demo page shows the twelve quotations of the reference article with their speakers', async () => {
  const r = await annotatedDemo();
  assert.deepEqual(r.quotes.map((q) => q.speaker_name), SPEAKERS);
  assert.deepEqual(r.painted.quote, r.quotes.map((q) => q.text));
  for (const [text, type] of [['Jens Stoltenberg', 'PER'], ['NATO', 'ORG'], ['Brussels', 'LOC'], ['Iranian', 'MISC']]) {
    assert.ok(r.entities.some((e) => e.text === text && e.type === type), `${text} as ${type}`);
  }
  for (const leftover of ['Let our news meet your inbox', "We're not around right now", 'Log in with your credentials']) {
    assert.ok(r.painted.boilerplate.some((t) => t.includes(leftover)), `${leftover} dimmed`);
    assert.ok(!r.article.includes(leftover), `${leftover} not in the article`);
  }
});

test('the browser finds what the CLI finds in the same page', async () => {
  const r = await annotatedDemo();
  const cli = JSON.parse(
    execFileSync(join(ROOT, 'target/debug/newsmark'), ['annotate', join(ROOT, 'www/articles/reference.html')]),
  );
  const pick = (report) => ({
    quotes: report.quotes.map(({ text, speaker_text, speaker_name }) => [text, speaker_text, speaker_name]),
    entities: report.entities.map(({ text, type, canonical }) => [text, type, canonical]),
    boilerplate: report.boilerplate.map(({ text, kind }) => [text, kind]),
    article: report.article,
  });
  assert.deepEqual(pick(r), pick(cli));
});
