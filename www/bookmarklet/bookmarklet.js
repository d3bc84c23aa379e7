// The bookmarklet: a javascript: URL that loads loader.js from the site it
// was made on, or, once loaded, toggles the annotations. The demo page
// builds the link from its own URL with bookmarkletFor().
//
// Kept short and self-contained, since it runs in pages we know nothing
// about. If the page's Content-Security-Policy blocks the loader (or, later,
// the wasm), the user is told so in the page, or by alert() if even that
// fails: a bookmarklet must never fail silently. The message is styled
// through CSSOM (`style.cssText`), which CSP style-src allows, unlike a
// style attribute. The loader tag goes on <html>, not <body>, so the page's
// body stays as it was.
//
// No comments inside run(): its source text becomes the URL, on one line.

function run(loader) {
  const api = window.newsmarkBookmarklet;
  if (api) return void api.toggle();
  const say = () => {
    const text =
      'newsmark: this site blocks bookmarklets (its Content-Security-Policy). Use the newsmark browser extension instead.';
    try {
      const box = document.createElement('newsmark-notice');
      box.setAttribute('role', 'alert');
      box.textContent = text;
      box.style.cssText =
        'all:initial;position:fixed;z-index:2147483647;top:12px;right:12px;max-width:360px;padding:12px 14px;' +
        'background:#222;color:#fff;font:14px/1.4 system-ui,sans-serif;border-radius:8px;cursor:pointer';
      box.onclick = () => box.remove();
      document.documentElement.append(box);
      setTimeout(() => box.remove(), 10000);
      if (!box.getBoundingClientRect().width) throw new Error('not shown');
    } catch {
      alert(text);
    }
  };
  const script = document.createElement('script');
  script.type = 'module';
  script.src = loader;
  script.dataset.newsmarkBookmarklet = '';
  script.onerror = () => {
    script.remove();
    say();
  };
  document.documentElement.append(script);
}

/** The javascript: URL that loads `loaderUrl` (absolute). */
export function bookmarkletFor(loaderUrl) {
  const code = `(${run})(${JSON.stringify(loaderUrl)})`.replace(/\n\s*/g, ' ');
  return `javascript:${encodeURIComponent(code)}`;
}
