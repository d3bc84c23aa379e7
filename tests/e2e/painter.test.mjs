// www/lib/paint.js on a fixture page with hand-made ranges: ranges across
// element boundaries, nested ranges, several ranges in one text node,
// non-ASCII text before a range, whitespace between blocks; both modes;
// clear() restores the DOM exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, open } from './harness.mjs';
import { installHelpers } from './page-helpers.mjs';

// [kind, scope selector, from, to, note]
const CASES = [
  ['quote', '#cross', 'a', 'text', 'Ann'],
  ['quote', '#nested', '“', '”', 'Jens Stoltenberg'],
  ['speaker', '#nested', 'He', 'He', 'Jens Stoltenberg'],
  ['per', '#nested', 'Jens', 'Stoltenberg', 'Jens Stoltenberg'],
  ['loc', '#nested', 'Iraq', 'Iraq', 'Iraq'],
  ['loc', '#several', 'Paris', 'Paris', 'Paris'],
  ['loc', '#several', 'Berlin', 'Berlin', 'Berlin'],
  ['loc', '#several', 'Rome', 'Rome', 'Rome'],
  ['per', '#unicode', 'Zoë', 'Zoë', 'Zoë'],
  ['loc', '#unicode', 'القاهرة', 'القاهرة', 'Cairo'],
  ['org', '#unicode', 'NATO', 'NATO', 'NATO'],
  ['boilerplate', '#blocks', 'first', 'second item', 'navigation'],
  ['misc', '#presplit', 'one', 'two', 'one two'],
];

let env;
before(async () => {
  env = await start();
});
after(() => env.close());

async function fixture() {
  const { page, errors } = await open(env, 'tests/e2e/fixtures/painter.html');
  await page.evaluate(installHelpers);
  return { page, errors };
}

/** Paints CASES in `mode`; returns the expected and the painted texts, and the DOM before/after. */
function paintCases({ cases, mode, times }) {
  const root = document.getElementById('fixture');
  const before = { html: document.body.innerHTML, dump: t.dump(root), sheets: document.adoptedStyleSheets.length };
  const nodes = t.nodes(root);
  const { located, list } = t.caseList(root, nodes, cases);
  let used;
  for (let i = 0; i < times; i++) used = t.paint.paint(root, nodes, list, mode);
  const painted = t.painted();
  const nestedInQuote = [...document.querySelectorAll('newsmark-hl[data-kind=per]')].map(
    (el) => el.parentElement.closest('newsmark-hl[data-kind=quote]') !== null,
  );
  const sheetsWhilePainted = document.adoptedStyleSheets.length;
  const bodyWhilePainted = document.body.innerHTML;
  t.paint.clear(root);
  return {
    used,
    located,
    painted,
    nestedInQuote,
    sheetsWhilePainted,
    bodyChanged: bodyWhilePainted !== before.html,
    before,
    after: {
      html: document.body.innerHTML,
      dump: t.dump(root),
      sheets: document.adoptedStyleSheets.length,
      highlights: [...CSS.highlights.keys()],
      leftovers: document.querySelectorAll('newsmark-hl, newsmark-tooltip').length,
    },
  };
}

function assertRestored(r) {
  assert.equal(r.after.html, r.before.html, 'body.innerHTML is restored byte for byte');
  assert.equal(r.after.dump, r.before.dump, 'text nodes are neither left split nor merged');
  assert.equal(r.after.sheets, r.before.sheets, 'the stylesheet is removed');
  assert.deepEqual(r.after.highlights, []);
  assert.equal(r.after.leftovers, 0);
}

for (const times of [1, 2]) {
  test(`highlight mode paints every range exactly and changes no DOM (painted ${times}×)`, async () => {
    const { page, errors } = await fixture();
    const r = await page.evaluate(paintCases, { cases: CASES, mode: 'highlight', times });
    assert.equal(r.used, 'highlight');
    assert.equal(r.bodyChanged, false, 'highlight mode does not touch the DOM');
    assert.equal(r.sheetsWhilePainted, r.before.sheets + 1);
    CASES.forEach(([kind], i) => {
      const texts = r.painted.highlights[`newsmark-${kind}`] ?? [];
      assert.ok(texts.includes(r.located[i].text), `${kind} "${r.located[i].text}" is painted: ${texts}`);
    });
    const total = Object.values(r.painted.highlights).flat().length;
    assert.equal(total, CASES.length, 'painting twice paints once');
    assertRestored(r);
    assert.deepEqual(errors, []);
  });

  test(`wrap mode wraps every range, nests, splits and re-joins text nodes (painted ${times}×)`, async () => {
    const { page, errors } = await fixture();
    const r = await page.evaluate(paintCases, { cases: CASES, mode: 'wrap', times });
    assert.equal(r.used, 'wrap');
    assert.equal(r.bodyChanged, true);
    CASES.forEach(([kind], i) => {
      const w = r.painted.wrappers[i];
      assert.ok(w, `${kind} "${r.located[i].text}" is wrapped`);
      assert.equal(w.kind, kind);
      assert.equal(w.joined, r.located[i].wrapped);
      assert.equal(w.spanned, r.located[i].text);
    });
    assert.equal(Object.keys(r.painted.wrappers).length, CASES.length, 'painting twice paints once');
    assert.deepEqual(r.nestedInQuote, [true, false], 'the person in the quote is a nested wrapper');
    assert.equal(r.painted.wrappers[1].title, 'Quote — Jens Stoltenberg');
    assertRestored(r);
    assert.deepEqual(errors, []);
  });
}

test('a range that does not fit the page is refused before anything is painted', async () => {
  const { page } = await fixture();
  for (const mode of ['highlight', 'wrap']) {
    const r = await page.evaluate((mode) => {
      const root = document.getElementById('fixture');
      const before = t.dump(root);
      const nodes = t.nodes(root);
      const good = [0, 0, 0, 1];
      const bad = [1, 0, 1, nodes[1].length + 1];
      let error = null;
      try {
        t.paint.paint(root, nodes, { ranges: new Uint32Array([...good, ...bad]), kinds: ['per', 'org'], notes: ['', ''] }, mode);
      } catch (e) {
        error = e.message;
      }
      return { error, same: t.dump(root) === before, highlights: CSS.highlights.size };
    }, mode);
    assert.match(r.error ?? '', /does not fit/);
    assert.equal(r.same, true);
    assert.equal(r.highlights, 0);
  }
});

// Chromium 136+ hit-tests highlights with highlightsFromPoint; older
// browsers fall back to the caret under the pointer.
for (const hitTest of ['highlightsFromPoint', 'caret']) {
  test(`hovering a quote in highlight mode shows a tooltip outside <body> (${hitTest})`, async () => {
    const { page, errors } = await fixture();
    const box = await page.evaluate((hitTest) => {
      if (hitTest === 'caret') delete HighlightRegistry.prototype.highlightsFromPoint;
      const root = document.getElementById('fixture');
      const nodes = t.nodes(root);
      const l = t.locate(nodes, root.querySelector('#nested'), '“', '”');
      t.paint.paint(root, nodes, { ranges: new Uint32Array(l.range), kinds: ['quote'], notes: ['Jens Stoltenberg'] });
      const r = document.createRange();
      r.setStart(nodes[l.range[0]], l.range[1] + 2);
      r.setEnd(nodes[l.range[0]], l.range[1] + 4);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }, hitTest);
    await page.mouse.move(box.x, box.y);
    await page.waitForFunction(() => {
      const host = document.documentElement.querySelector(':scope > newsmark-tooltip');
      return host && !host.hidden;
    });
    await page.evaluate(() => t.paint.clear(document.getElementById('fixture')));
    assert.equal(await page.locator('newsmark-tooltip').count(), 0, 'clear removes the tooltip host');
    assert.deepEqual(errors, []);
  });
}

test('highlight mode holds no live Range: the page can change under it, and rangeOf still works', async () => {
  const { page, errors } = await fixture();
  const r = await page.evaluate(({ cases }) => {
    const root = document.getElementById('fixture');
    const nodes = t.nodes(root);
    const { located, list } = t.caseList(root, nodes, cases);
    t.paint.paint(root, nodes, list, 'highlight');
    const ranges = [...CSS.highlights].filter(([name]) => name.startsWith('newsmark-')).flatMap(([, h]) => [...h]);
    const live = t.paint.rangeOf(root, 0);
    const first = { isRange: live instanceof Range, text: live?.toString() };
    // The page empties the text node the first item ends in: its range no
    // longer fits.
    nodes[list.ranges[2]].data = '';
    const gone = t.paint.rangeOf(root, 0);
    t.paint.clear(root);
    return {
      count: ranges.length,
      allStatic: ranges.every((x) => x instanceof StaticRange),
      first,
      want: located[0].text,
      gone,
      left: CSS.highlights.size,
    };
  }, { cases: CASES });
  assert.equal(r.count, CASES.length);
  assert.equal(r.allStatic, true, 'every highlight range is a StaticRange');
  assert.deepEqual(r.first, { isRange: true, text: r.want }, 'rangeOf gives a live Range over the item');
  assert.equal(r.gone, null, 'an item whose text the page removed has no range');
  assert.equal(r.left, 0);
  assert.deepEqual(errors, []);
});

test('without the Highlight API, highlight mode falls back to wrapping', async () => {
  const { page } = await fixture();
  const r = await page.evaluate(() => {
    delete window.Highlight; // as in a browser without CSS Custom Highlights
    const root = document.getElementById('fixture');
    const nodes = t.nodes(root);
    const l = t.locate(nodes, root.querySelector('#several'), 'Rome');
    const used = t.paint.paint(root, nodes, { ranges: new Uint32Array(l.range), kinds: ['loc'], notes: ['Rome'] });
    const wrapped = [...document.querySelectorAll('newsmark-hl')].map((e) => e.textContent);
    t.paint.clear(root);
    return { used, wrapped };
  });
  assert.deepEqual(r, { used: 'wrap', wrapped: ['Rome'] });
});
