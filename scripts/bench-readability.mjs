// newsmark's annotate() beside Readability.js's parse() on the median AEB
// page, in the same headless Chromium, in one run: median wall-clock time of
// each over N alternating runs, after a warm-up.
//
// annotate() is the whole thing the page script does: DOM walk, every
// analysis (boilerplate, entities, quotes) and painting, then clear().
// Readability's parse() runs on a clone of the document, as Firefox's reader
// view does (parse() mutates the tree it is given).
//
// The median page is the one of median HTML size among the 181.
// Needs a built www/pkg (`make wasm`) and `npm ci`.
//
//   node scripts/bench-readability.mjs [runs]
import { statSync } from 'node:fs';
import { start } from '../tests/e2e/harness.mjs';
import { aebIds, aebFile, openAebPage } from '../tests/e2e/aeb-pages.mjs';

const runs = Number(process.argv[2] ?? 30);
const WARMUP = 3;

const ids = aebIds();
if (!ids.length) throw new Error('no AEB pages at ../shared/data/aeb/html');
const bySize = ids.map((id) => [statSync(aebFile(id)).size, id]).sort((a, b) => a[0] - b[0]);
const id = bySize[bySize.length >> 1][1];

const env = await start();
try {
  const page = await openAebPage(env, id);
  await page.addScriptTag({ url: '/node_modules/@mozilla/readability/Readability.js' });
  const r = await page.evaluate(
    ({ runs, warmup }) => {
      const root = document.documentElement;
      const nodes = document.getElementsByTagName('*').length;
      const ours = [];
      const parts = { extract: [], analyse: [], paint: [] };
      const theirs = [];
      const clones = [];
      let article = '';
      for (let i = 0; i < runs + warmup; i++) {
        let t = performance.now();
        const report = nm.annotate(root, {});
        const a = performance.now() - t;
        article = report.article;
        nm.clear(root);
        t = performance.now();
        const copy = document.cloneNode(true);
        const c = performance.now() - t;
        new Readability(copy).parse();
        const b = performance.now() - t;
        if (i >= warmup) {
          for (const k in parts) parts[k].push(report.timings[k]);
          ours.push(a);
          theirs.push(b);
          clones.push(c);
        }
      }
      const median = (v) => v.sort((x, y) => x - y)[v.length >> 1];
      const split = Object.entries(parts).map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ');
      return { nodes, ours: median(ours), theirs: median(theirs), clone: median(clones), split, words: article.split(/\s+/).length };
    },
    { runs, warmup: WARMUP },
  );
  console.log(`median AEB page ${id} (${r.nodes} elements, article ${r.words} words), median of ${runs} runs:`);
  console.log(`  newsmark annotate()      ${r.ours.toFixed(2)} ms  (walk + boilerplate + entities + quotes + paint)`);
  console.log(`    of which (medians, ms): ${r.split}`);
  console.log(`  Readability.js parse()   ${r.theirs.toFixed(2)} ms  (on document.cloneNode(true); the clone alone ${r.clone.toFixed(2)} ms)`);
  console.log(`  ratio                    ${(r.theirs / r.ours).toFixed(2)}x`);
} finally {
  await env.close();
}
