// Entity-tagger speed in headless Chromium: newsmark's wasm (tokenizer,
// model, rules, consistency: `tagEntities`) and, when installed
// (`npm install --no-save compromise`), the compromise library on the same
// text in the same page. Needs a built www/pkg (scripts/build-wasm.sh).
//
//   node scripts/bench-ner.mjs [copies-of-the-reference-article]
import { existsSync } from 'node:fs';
import { start, open, ROOT } from '../tests/e2e/harness.mjs';

const copies = Number(process.argv[2] ?? 40);
const compromise = existsSync(`${ROOT}node_modules/compromise/builds/compromise.js`);
const env = await start();
try {
  const { page } = await open(env, 'www/index.html');
  await page.waitForFunction(() => window.newsmarkDemo);
  // compromise's browser build (UMD) defines `window.nlp`.
  if (compromise) await page.addScriptTag({ url: '/node_modules/compromise/builds/compromise.js' });
  const result = await page.evaluate(
    async ({ copies, compromise }) => {
      const wasm = await import('/www/pkg/newsmark.js');
      const article = await (await fetch('/www/articles/reference.txt')).text();
      const text = Array(copies).fill(article).join('\n');
      const tokens = wasm.countTokens(text);
      // Tokens per second: the median of 7 timed runs after 2 warm-ups.
      const rate = (f) => {
        const times = [];
        for (let i = 0; i < 9; i++) {
          const t0 = performance.now();
          f();
          if (i >= 2) times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        return Math.round(tokens / (times[times.length >> 1] / 1000));
      };
      const out = { tokens, newsmark: rate(() => wasm.tagEntities(text)) };
      if (compromise) {
        const nlp = window.nlp;
        out.compromise = rate(() => {
          const doc = nlp(text);
          doc.people().out('array');
          doc.places().out('array');
          doc.organizations().out('array');
        });
      }
      return out;
    },
    { copies, compromise },
  );
  console.log(`Chromium, ${result.tokens} tokens (${copies} × reference article):`);
  console.log(`  newsmark wasm tagEntities: ${result.newsmark} tokens/s`);
  if (result.compromise) console.log(`  compromise (people/places/organizations): ${result.compromise} tokens/s`);
  else console.log('  compromise: not installed (npm install --no-save compromise)');
} finally {
  await env.close();
}
