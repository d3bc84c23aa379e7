// Writes docs/panel.png: the demo site with the results panel open on the
// reference article, in headless Chromium. Needs a built www/pkg.
//
//   node scripts/panel-screenshot.mjs [out.png]
import { join } from 'node:path';
import { start, open, ROOT } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? join(ROOT, 'docs', 'panel.png');
const env = await start();
try {
  const { page } = await open(env, 'www/index.html');
  await page.waitForFunction(() => window.newsmarkDemo);
  await page.locator('newsmark-panel').waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await env.close();
}
