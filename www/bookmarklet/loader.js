// What the bookmarklet loads (as a module, cross-origin: the demo host must
// send Access-Control-Allow-Origin, which scripts/serve.mjs does). Compiles
// the wasm in the page, then annotates the page body and opens the panel;
// the bookmarklet calls toggle() again on the next click.
import { inPageBackend } from '../lib/in-page.js';
import { toggle } from '../lib/session.js';

const tag = document.querySelector('script[data-newsmark-bookmarklet]');

async function load() {
  try {
    return await inPageBackend();
  } catch (error) {
    // The loader ran but the page's CSP forbids compiling wasm: fail the
    // way a blocked script fails, so the bookmarklet shows its message.
    console.warn('newsmark:', error);
    tag?.dispatchEvent(new Event('error'));
    return null;
  }
}

const backend = await load();
if (backend) {
  tag?.remove();
  window.newsmarkBookmarklet = {
    toggle: () => toggle(document.body, backend).catch((error) => console.error('newsmark:', error)),
  };
  window.newsmarkBookmarklet.toggle();
}
