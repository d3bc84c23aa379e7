// Injected into the active tab by sw.js on each click (a classic script, as
// all content scripts are: modules come in through import()). It snapshots
// the page and paints the result with the same www/lib files as the demo
// and the bookmarklet (session.js); the analysis itself runs in the service
// worker, because the page's CSP may forbid compiling wasm here.
globalThis.newsmarkToggle ??= async (settings, skipSelector) => {
  try {
    const session = await import(chrome.runtime.getURL('lib/session.js'));
    const backend = {
      skipSelector,
      async analyse(events, options) {
        const reply = await chrome.runtime.sendMessage({ type: 'newsmark:analyse', events, options });
        if (!reply || reply.error) throw new Error(reply?.error ?? 'no reply from the extension');
        return reply.result;
      },
    };
    return await session.toggle(document.body, backend, settings);
  } catch (error) {
    // Errors do not cross back through executeScript everywhere: return it.
    return { error: String(error?.message ?? error) };
  }
};
