// Times annotate() on the demo page in headless Chromium: median of N runs
// per mode, after a warm-up. Needs a built www/pkg (scripts/build-wasm.sh).
//
//   node scripts/bench-browser.mjs [runs]
import { start, open } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 30);
const env = await start();
try {
  const { page } = await open(env, 'www/index.html');
  await page.waitForFunction(() => window.newsmarkDemo);
  for (const mode of ['highlight', 'wrap']) {
    const timings = await page.evaluate(
      ({ mode, runs }) => {
        const { annotate, clear, root } = window.newsmarkDemo;
        const all = [];
        for (let i = 0; i < runs + 3; i++) {
          clear(root);
          const t = annotate(root, { mode }).timings;
          if (i >= 3) all.push(t);
        }
        clear(root);
        return all;
      },
      { mode, runs },
    );
    const median = (key) => {
      const v = timings.map((t) => t[key]).sort((a, b) => a - b);
      return v[v.length >> 1].toFixed(2);
    };
    const words = await page.evaluate(() => window.newsmarkDemo.root.textContent.split(/\s+/).length);
    console.log(
      `${mode.padEnd(9)} median of ${runs} (ms, ${words} words): extract ${median('extract')}  ` +
        `analyse ${median('analyse')}  paint ${median('paint')}  total ${median('total')}`,
    );
  }
  // What a user of the demo, the bookmarklet or the extension waits for:
  // walk, analyse, paint and the results panel (www/lib/session.js), with
  // the analysis in the page (the extension adds one message round trip).
  const sessions = await page.evaluate(async (runs) => {
    const { root, stop } = window.newsmarkDemo;
    const session = await import('./lib/session.js');
    const { inPageBackend } = await import('./lib/in-page.js');
    const backend = await inPageBackend();
    const all = [];
    for (let i = 0; i < runs + 3; i++) {
      stop();
      const t0 = performance.now();
      await session.start(root, backend);
      if (i >= 3) all.push(performance.now() - t0);
    }
    stop();
    return all.sort((a, b) => a - b);
  }, runs);
  console.log(`session   median of ${runs} (ms): walk + analyse + paint + panel ${sessions[sessions.length >> 1].toFixed(2)}`);
  // The first annotate() after the module loads also reads the entity
  // model and compiles the text patterns: what a reader waits for once per
  // page. Fresh pages, the saved reference article as it is.
  const FRESH_PAGES = 7;
  const firsts = [];
  for (let k = 0; k < FRESH_PAGES; k++) {
    const { page: fresh } = await open(env, 'www/articles/reference.html');
    firsts.push(
      await fresh.evaluate(async () => {
        const nm = await import('/www/pkg/newsmark.js');
        await nm.default();
        const t0 = performance.now();
        nm.annotate(document.body, {});
        const first = performance.now() - t0;
        nm.clear(document.body);
        const t1 = performance.now();
        nm.annotate(document.body, {});
        return [first, performance.now() - t1];
      }),
    );
    await fresh.close();
  }
  const mid = (i) => firsts.map((t) => t[i]).sort((a, b) => a - b)[FRESH_PAGES >> 1].toFixed(2);
  console.log(`fresh page, median of ${FRESH_PAGES} (ms): first annotate() ${mid(0)}, second ${mid(1)}`);
  // Page churn: what newsmark's paint costs the page's own DOM changes (an
  // ad slot refilled, a list grown). On a long page (the demo article 64
  // times over), time CHURN insert/remove pairs of a node outside the
  // article: unpainted, with highlights painted, after clearing them, and
  // how long wrap mode then takes to paint the same page.
  const CHURN = 20000;
  const { page: long } = await open(env, 'www/index.html');
  await long.waitForFunction(() => window.newsmarkDemo);
  const churn = await long.evaluate((n) => {
    const { annotate, clear, root } = window.newsmarkDemo;
    root.innerHTML = Array(64).fill(root.innerHTML).join('');
    const box = document.body.appendChild(document.createElement('div'));
    const time = () => {
      const t0 = performance.now();
      for (let i = 0; i < n; i++) box.appendChild(document.createElement('span')).remove();
      return performance.now() - t0;
    };
    const unpainted = time();
    const { quotes, entities } = annotate(root, { mode: 'highlight' });
    const painted = time();
    clear(root);
    const cleared = time();
    const t0 = performance.now();
    annotate(root, { mode: 'wrap' });
    const wrap = performance.now() - t0;
    clear(root);
    return { items: quotes.length + entities.length, unpainted, painted, cleared, wrap };
  }, CHURN);
  const ms = (v) => v.toFixed(0);
  console.log(
    `page churn (${CHURN} insert/remove pairs, demo article ×64, ${churn.items} quotes and entities; ms): ` +
      `unpainted ${ms(churn.unpainted)}, highlights painted ${ms(churn.painted)}, cleared ${ms(churn.cleared)}; ` +
      `then wrap mode paints in ${ms(churn.wrap)}`,
  );
} finally {
  await env.close();
}
