// Renders www/extension/icons/icon.svg to the PNG sizes the extension
// manifest names (browsers do not take SVG toolbar icons), with headless
// Chromium. Run it after editing the SVG; the PNGs are committed.
//
//   node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ROOT } from '../tests/e2e/harness.mjs';

const dir = join(ROOT, 'www', 'extension', 'icons');
const svg = await readFile(join(dir, 'icon.svg'), 'utf8');
const env = await start();
try {
  const page = await env.context.newPage();
  for (const size of [16, 32, 48, 128]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: true });
    console.log(`wrote icon-${size}.png`);
  }
} finally {
  await env.close();
}
