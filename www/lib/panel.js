// The results panel, the same in the demo, the bookmarklet and the
// extension: the story's headline and byline, quotes by speaker, entities by type, the boilerplate that was
// dimmed; toggles per kind; export.
//
// It lives in a CLOSED shadow root on a host appended to <html>, outside
// <body>: page styles cannot reach inside, its styles cannot leak out,
// page scripts cannot read it, and body's DOM is left as it was. It is a
// fixed overlay, so the page never reflows. Styles are a constructed
// stylesheet (CSSOM): a page's `style-src` CSP would block a <style>
// element, even inside a shadow root, but not this.
//
// The panel only renders and reports what the user does; the caller
// (www/lib/session.js) decides what a click or a toggle means.

const HOST_TAG = 'newsmark-panel';

const KIND_LABELS = {
  quote: 'Quotes',
  speaker: 'Speakers',
  per: 'People (PER)',
  org: 'Organisations (ORG)',
  loc: 'Places (LOC)',
  misc: 'Other names (MISC)',
  date: 'Dates',
  time: 'Times',
  money: 'Money',
  percent: 'Percentages',
  boilerplate: 'Boilerplate (dimmed)',
};

// Entity types in the order the panel lists them.
const TYPE_ORDER = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT'];
const typeRank = (type) => (TYPE_ORDER.includes(type) ? TYPE_ORDER.indexOf(type) : TYPE_ORDER.length);

const CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.panel {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1d1f21; --muted: #5f6368; --line: #d7dade; --hover: #f1f3f5; --focus: #1c7ed6;
  height: 100%;
  display: flex; flex-direction: column;
  background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  border-left: 1px solid var(--line); box-shadow: -6px 0 24px rgb(0 0 0 / 18%);
}
@media (prefers-color-scheme: dark) {
  .panel { --bg: #1e1f22; --fg: #e8eaed; --muted: #aab0b6; --line: #3c4043; --hover: #2b2d31; --focus: #74c0fc; }
}
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid var(--line); }
h2 { font-size: 16px; margin: 0; flex: 1; }
h2:focus { outline: none; }
h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 14px 0 6px; }
.body { overflow: auto; padding: 0 12px 12px; flex: 1; }
.summary { color: var(--muted); margin: 8px 0 0; }
.story { margin: 10px 0 0; }
.story strong { display: block; }
.story span { color: var(--muted); }
.story time { white-space: nowrap; }
button {
  font: inherit; color: inherit; background: transparent; border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 8px; cursor: pointer;
}
button:hover { background: var(--hover); }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0 0; padding: 6px 10px; }
legend { color: var(--muted); padding: 0 4px; }
label { display: flex; align-items: center; gap: 6px; padding: 2px 0; cursor: pointer; }
.swatch { width: 12px; height: 12px; border-radius: 3px; background: var(--swatch); flex: none; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
li > button { width: 100%; text-align: left; border-color: transparent; padding: 3px 6px; }
details { margin: 4px 0; }
summary { cursor: pointer; font-weight: 600; padding: 2px 0; }
.count { color: var(--muted); font-weight: normal; }
.tag { font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; margin-right: 4px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
[role=status] { min-height: 1.4em; color: var(--muted); margin: 6px 0 0; }
`;

const el = (doc, tag, props = {}, ...children) => {
  const node = doc.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('aria-') || key === 'role') node.setAttribute(key, value);
    else node[key] = value;
  }
  node.append(...children);
  return node;
};

const shorten = (text, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function groupBy(items, key) {
  const groups = new Map();
  items.forEach((item, index) => {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push({ item, index });
  });
  return groups;
}

/**
 * Opens the panel for `result` (a newsmark report).
 * @param {Document} doc
 * @param {object} o
 * @param {object} o.result the report: quotes, entities, boilerplate
 * @param {object} o.display what is shown now (paint.js DEFAULT_DISPLAY shape)
 * @param {object} o.colors colour per kind
 * @param {(display: object) => void} o.onDisplay a toggle changed
 * @param {(section: string, index: number) => void} o.onReveal an item was clicked
 * @param {(format: "json" | "webanno", how: "download" | "copy") => Promise<void>} o.onExport
 * @param {() => void} o.onClear the user asked to clear the page
 * @returns {{close(): void}}
 */
export function openPanel(doc, o) {
  const host = doc.createElement(HOST_TAG);
  // Inline, !important: a page rule such as `* { display: none !important }`
  // must not hide or move the host.
  for (const [name, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['inset', '0 0 0 auto'],
    ['width', 'min(380px, 92vw)'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ]) {
    host.style.setProperty(name, value, 'important');
  }
  const shadow = host.attachShadow({ mode: 'closed' });
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(CSS);
  shadow.adoptedStyleSheets = [sheet];

  const { result } = o;
  // Declared before the sections are built: they call it.
  const reveal = (section, index, label) => {
    const button = el(doc, 'button', { type: 'button' }, label);
    button.addEventListener('click', () => o.onReveal(section, index));
    return el(doc, 'li', {}, button);
  };

  let display = { ...o.display, hidden: [...o.display.hidden] };
  const status = el(doc, 'p', { role: 'status', 'aria-live': 'polite' });
  const title = el(doc, 'h2', { id: 'nm-title', tabIndex: -1 }, 'newsmark');
  const closeButton = el(doc, 'button', { type: 'button', 'aria-label': 'Close panel (Esc)', title: 'Close panel (Esc)' }, '×');
  const clearButton = el(doc, 'button', { type: 'button', title: 'Remove all annotations from the page' }, 'Clear');
  const panel = el(
    doc,
    'div',
    { className: 'panel', role: 'complementary', 'aria-labelledby': 'nm-title' },
    el(doc, 'header', {}, title, clearButton, closeButton),
    el(
      doc,
      'div',
      { className: 'body' },
      el(
        doc,
        'p',
        { className: 'summary' },
        `${result.quotes.length} quotes · ${result.entities.length} entities · ${result.boilerplate.length} boilerplate blocks`,
      ),
      story(),
      toggles(),
      quotesSection(),
      entitiesSection(),
      boilerplateSection(),
      exportSection(),
      status,
    ),
  );
  shadow.append(panel);
  const previousFocus = doc.activeElement;
  doc.documentElement.append(host);
  title.focus({ preventScroll: true });

  // What the story is, who wrote it and when, where the page says (the
  // front matter: never dimmed, not in the article text; the date as the
  // page's JSON-LD declares it or its byline's <time> gives it, day only).
  function story() {
    const { headline, byline, published } = result;
    const credit = [];
    if (byline) credit.push(shorten(byline.text, 90));
    if (byline && published) credit.push(' · ');
    // The day, kept on one line (a date broken at its hyphen reads badly).
    if (published) credit.push('published ', el(doc, 'time', { dateTime: published }, published.slice(0, 10)));
    if (!headline && !credit.length) return '';
    return el(
      doc,
      'p',
      { className: 'story' },
      headline ? el(doc, 'strong', {}, shorten(headline.text)) : '',
      credit.length ? el(doc, 'span', {}, ...credit) : '',
    );
  }

  function toggles() {
    const present = new Set(['quote', 'boilerplate']);
    if (result.quotes.some((q) => q.speaker_text !== null)) present.add('speaker');
    for (const e of result.entities) present.add(e.type.toLowerCase());
    const box = (label, checked, onChange, color) => {
      const input = el(doc, 'input', { type: 'checkbox', checked });
      input.addEventListener('change', () => onChange(input.checked));
      const swatch = el(doc, 'span', { className: 'swatch' });
      if (color) swatch.style.setProperty('--swatch', color);
      else swatch.style.setProperty('visibility', 'hidden');
      return el(doc, 'label', {}, input, swatch, label);
    };
    const kinds = Object.keys(KIND_LABELS).filter((k) => present.has(k));
    const update = (change) => {
      display = { ...display, ...change };
      o.onDisplay(display);
    };
    return el(
      doc,
      'fieldset',
      {},
      el(doc, 'legend', {}, 'Show'),
      ...kinds.map((kind) =>
        box(
          KIND_LABELS[kind],
          !display.hidden.includes(kind),
          (on) => update({ hidden: on ? display.hidden.filter((k) => k !== kind) : [...display.hidden, kind] }),
          o.colors[kind],
        ),
      ),
      box('Article outline', display.outline, (on) => update({ outline: on })),
      box('Reader mode (hide boilerplate)', display.reader, (on) => update({ reader: on })),
    );
  }

  function quotesSection() {
    const groups = groupBy(result.quotes, (q) => q.speaker_name ?? 'Speaker not found');
    return el(
      doc,
      'section',
      { 'aria-label': 'Quotes' },
      el(doc, 'h3', {}, `Quotes (${result.quotes.length})`),
      ...[...groups].map(([speaker, list]) =>
        el(
          doc,
          'details',
          { open: true },
          el(doc, 'summary', {}, speaker, el(doc, 'span', { className: 'count' }, ` (${list.length})`)),
          el(doc, 'ul', {}, ...list.map(({ item, index }) => reveal('quote', index, shorten(item.text)))),
        ),
      ),
    );
  }

  function entitiesSection() {
    const types = [...groupBy(result.entities, (e) => e.type)].sort(([a], [b]) => typeRank(a) - typeRank(b));
    return el(
      doc,
      'section',
      { 'aria-label': 'Entities' },
      el(doc, 'h3', {}, `Entities (${result.entities.length})`),
      ...types.map(([type, list]) => {
        // One line per canonical name; each click shows its next mention.
        const names = groupBy(
          list.map(({ item, index }) => ({ canonical: item.canonical, index })),
          (m) => m.canonical,
        );
        const swatch = el(doc, 'span', { className: 'swatch' });
        swatch.style.setProperty('--swatch', o.colors[type.toLowerCase()] ?? 'gray');
        swatch.style.setProperty('display', 'inline-block');
        // Long lists start folded, so the sections below stay in reach.
        return el(
          doc,
          'details',
          { open: names.size <= 15 },
          el(doc, 'summary', {}, swatch, ` ${type}`, el(doc, 'span', { className: 'count' }, ` (${list.length})`)),
          el(
            doc,
            'ul',
            {},
            ...[...names].map(([name, mentions]) => {
              let next = 0;
              const button = el(
                doc,
                'button',
                { type: 'button', title: 'Show the next mention' },
                name,
                el(doc, 'span', { className: 'count' }, ` ×${mentions.length}`),
              );
              button.addEventListener('click', () => {
                o.onReveal('entity', mentions[next].item.index);
                next = (next + 1) % mentions.length;
              });
              return el(doc, 'li', {}, button);
            }),
          ),
        );
      }),
    );
  }

  function boilerplateSection() {
    return el(
      doc,
      'section',
      { 'aria-label': 'Boilerplate' },
      el(doc, 'h3', {}, `Boilerplate (${result.boilerplate.length})`),
      el(
        doc,
        'ul',
        {},
        ...result.boilerplate.map((b, index) => {
          const li = reveal('boilerplate', index, shorten(b.text, 90));
          li.firstChild.prepend(el(doc, 'span', { className: 'tag' }, b.kind));
          return li;
        }),
      ),
    );
  }

  function exportSection() {
    const action = (label, format, how) => {
      const button = el(doc, 'button', { type: 'button' }, label);
      button.addEventListener('click', async () => {
        try {
          await o.onExport(format, how);
          status.textContent = how === 'copy' ? 'Copied.' : 'Downloaded.';
        } catch (error) {
          status.textContent = `Could not ${how}: ${error.message ?? error}`;
        }
      });
      return button;
    };
    return el(
      doc,
      'section',
      { 'aria-label': 'Export' },
      el(doc, 'h3', {}, 'Export'),
      el(
        doc,
        'div',
        { className: 'actions' },
        action('Download JSON', 'json', 'download'),
        action('Copy JSON', 'json', 'copy'),
        action('Download Web Annotation', 'webanno', 'download'),
        action('Copy Web Annotation', 'webanno', 'copy'),
        action('Download quotes (CSV)', 'csv', 'download'),
        action('Download entities (CSV)', 'entitiesCsv', 'download'),
      ),
    );
  }

  const close = () => {
    host.remove();
    if (previousFocus?.isConnected) previousFocus.focus?.({ preventScroll: true });
  };
  // Keys typed in the panel stay in the panel: a page's own shortcuts must
  // not fire while the user navigates the results.
  panel.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Escape') close();
  });
  closeButton.addEventListener('click', close);
  clearButton.addEventListener('click', () => o.onClear());
  return { close };
}
