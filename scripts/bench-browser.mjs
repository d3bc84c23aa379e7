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
} finally {
  await env.close();
}
