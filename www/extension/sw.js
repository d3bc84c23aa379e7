// The extension's service worker (a background script in Firefox): runs the
// wasm, in the extension's own origin. Chrome applies the PAGE's CSP to wasm
// compiled in a content script, so on strict-CSP sites the analysis must
// happen here ('wasm-unsafe-eval' is in the extension's own CSP, see
// manifest.json). The content script (content.js) only snapshots the page
// and paints the ranges this returns. Nothing is fetched from the network:
// the page's text goes from the tab to this worker and back, nowhere else.
import init, { analyse, skipSelector } from './pkg/newsmark.js';
import { loadSettings } from './settings.js';

// Service workers may not use top-level await: start compiling now, wait
// for it where it is needed.
const ready = init();

/** Annotates the tab, or clears it if it is annotated. Resolves to "annotated" or "cleared". */
async function toggleTab(tabId) {
  await ready;
  const target = { tabId };
  await chrome.scripting.executeScript({ target, files: ['content.js'] });
  const [injection] = await chrome.scripting.executeScript({
    target,
    func: (settings, skip) => globalThis.newsmarkToggle(settings, skip),
    args: [await loadSettings(), skipSelector()],
  });
  const outcome = injection?.result;
  if (outcome?.error) throw new Error(outcome.error);
  return outcome;
}

chrome.action.onClicked.addListener(async (tab) => {
  try {
    await toggleTab(tab.id);
    await chrome.action.setBadgeText({ tabId: tab.id, text: '' });
  } catch (error) {
    // Browser pages (chrome://, the web store) cannot be scripted; say so
    // on the button rather than failing silently.
    await chrome.action.setBadgeText({ tabId: tab.id, text: '!' });
    await chrome.action.setTitle({ tabId: tab.id, title: `newsmark could not run here: ${error.message}` });
  }
});

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (message?.type !== 'newsmark:analyse' || sender.id !== chrome.runtime.id) return false;
  ready
    .then(() => plain(analyse(message.events, message.options)))
    .then(
      (result) => reply({ result }),
      (error) => reply({ error: String(error?.message ?? error) }),
    );
  return true; // the reply comes later
});

/** Typed arrays do not survive extension messaging (JSON): plain arrays do. */
function plain(result) {
  for (const key of ['ranges', 'refs', 'boilerplateElements']) result[key] = Array.from(result[key]);
  return result;
}

// The browser tests call this as a click would (headless Chromium has no
// toolbar to click).
globalThis.newsmarkToggleTab = toggleTab;
