// Paints newsmark's ranges into a page, and removes them again.
//
// Shared by the wasm build (imported from Rust) and the extension, so no
// wasm here. Input: the text nodes of a snapshot (www/lib/snapshot.js) and
// a paint list from the core: `ranges`, four numbers per range
// ([startNode, startOffset, endNode, endOffset], offsets in UTF-16 units),
// and per range a `kind` and a `note`.
//
// Besides the ranges, the elements holding the article and the boilerplate
// (`articleElement`, `boilerplateElements`: indices into the snapshot's
// elements) get a `data-newsmark-region` attribute, so that the article can
// be outlined and boilerplate dimmed or hidden (reader mode) by the
// stylesheet alone; nothing is ever removed from the page, and clear()
// removes exactly the attributes it set. When an article was found, the
// subtrees the page hides from assistive technology are marked too
// (UNREAD): the snapshot never enters them, so the core cannot call them
// boilerplate, yet they are often visible clutter (ad slots labelled
// "Advertisement", duplicate overlay links), and reader mode hides them.
//
// How things look (which kinds show, reader mode, outline, colours) is one
// constructed stylesheet per document, rebuilt by setDisplay(): toggling a
// kind never repaints. Constructed stylesheets are CSSOM, not markup, so a
// page's `style-src` CSP does not block them (a <style> element it would).
//
// Two modes:
// * "highlight" (default): the CSS Custom Highlight API. The page's DOM is
//   not touched at all; ranges are registered in CSS.highlights and styled
//   by a constructed stylesheet in document.adoptedStyleSheets.
// * "wrap" (where CSS.highlights is missing, or when asked): text is wrapped
//   in <newsmark-hl data-kind=…> elements, splitting text nodes as needed,
//   in the manner of the Hypothesis client's highlighter. clear() puts
//   every split node back together, so the DOM is restored byte for byte.
//
// All or nothing: every range is checked before anything changes, and a
// failure while wrapping rolls back what was done.

const WRAP_TAG = 'newsmark-hl';
const TOOLTIP_TAG = 'newsmark-tooltip';
const REGION = 'data-newsmark-region';
// The part of builder::SKIP_SELECTOR that hides visible elements: the rest
// (scripts, [hidden], display: none …) is never shown anyway.
const UNREAD = '[aria-hidden=true]';
const FLASH = 'newsmark-flash';
const FLASH_MS = 1500;

/** One colour per kind; the demo's legend reads these too. */
export const COLORS = {
  quote: '#e6b800',
  speaker: '#e8590c',
  per: '#1c7ed6',
  org: '#7048e8',
  loc: '#2f9e44',
  misc: '#c2255c',
  date: '#0c8599',
  time: '#0c8599',
  money: '#5c940d',
  percent: '#5c940d',
  boilerplate: '#868e96',
};

/** Highlights of higher priority paint over lower ones (an entity in a quote). */
const PRIORITY = { boilerplate: 0, quote: 1, speaker: 2 };
const ENTITY_PRIORITY = 3;

const tint = (color, percent) => `color-mix(in srgb, ${color} ${percent}%, transparent)`;

function kindStyle(kind, color) {
  switch (kind) {
    case 'quote':
      return `background-color: ${tint(color, 35)};`;
    case 'speaker':
      return `background-color: ${tint(color, 25)}; text-decoration: underline 3px ${color};`;
    case 'boilerplate':
      return `color: ${color}; background-color: ${tint(color, 12)};`;
    default:
      return `background-color: ${tint(color, 18)}; text-decoration: underline 2px ${color};`;
  }
}

/**
 * What the stylesheet shows. `hidden`: kinds not shown; `reader`: hide
 * boilerplate elements instead of dimming them; `outline`: outline the
 * article; `colors`: overrides of COLORS.
 */
export const DEFAULT_DISPLAY = Object.freeze({ hidden: [], reader: false, outline: true, colors: {} });

function styles(display) {
  const colors = { ...COLORS, ...display.colors };
  const hidden = new Set(display.hidden);
  const rules = [`::highlight(${FLASH}) { background-color: #ffd43b; color: #000; }`];
  if (display.reader) {
    rules.push(`[${REGION}=boilerplate], [${REGION}=unread] { display: none !important; }`);
  }
  else if (!hidden.has('boilerplate')) rules.push(`[${REGION}=boilerplate] { opacity: 0.45; }`);
  if (display.outline) {
    rules.push(
      `[${REGION}=article] { outline: 2px dashed ${tint(colors.quote, 70)} !important; outline-offset: 6px; }`,
    );
  }
  for (const [kind, color] of Object.entries(colors)) {
    if (hidden.has(kind) || !(kind in COLORS)) continue;
    const style = kindStyle(kind, color);
    rules.push(`::highlight(newsmark-${kind}) { ${style} }`);
    rules.push(`${WRAP_TAG}[data-kind="${kind}"] { ${style} }`);
    if (!(kind in PRIORITY)) {
      // Entity type badges, wrap mode only: pseudo-elements change neither
      // the DOM nor the text the page reads.
      rules.push(
        `${WRAP_TAG}[data-kind="${kind}"]::after { content: "${kind.toUpperCase()}"; ` +
          `color: ${color}; font: 600 0.6em/1 system-ui, sans-serif; ` +
          `vertical-align: super; margin-left: 0.15em; }`,
      );
    }
  }
  return rules.join('\n');
}

/** The text a tooltip or title shows for a painted range. */
export function describe(kind, note) {
  switch (kind) {
    case 'quote':
      return note ? `Quote — ${note}` : 'Quote — speaker not found';
    case 'speaker':
      return `Speaker: ${note}`;
    case 'boilerplate':
      return `Boilerplate (${note})`;
    default:
      return `${kind.toUpperCase()}: ${note}`;
  }
}

// Paint state per root; the stylesheet per document with the number of
// roots using it (removed with the last one); the display per document.
const painted = new WeakMap();
const sheets = new WeakMap();
const displays = new WeakMap();

/**
 * Paints `list` under `root`, replacing what was painted there before.
 * `elements` are the snapshot's elements (for the article and boilerplate
 * regions; without them only ranges are painted).
 * Throws, with the page untouched, if any range does not fit its nodes.
 * @returns {"highlight" | "wrap"} the mode actually used
 */
export function paint(root, nodes, list, mode = 'highlight', elements = []) {
  clear(root);
  const items = checkedItems(root, nodes, list);
  const regions = checkedRegions(elements, list).concat(unreadRegions(root, elements, list));
  const view = root.ownerDocument.defaultView;
  const state =
    mode === 'highlight' && canHighlight(view)
      ? paintHighlights(root, items)
      : paintWrappers(root, nodes, items);
  const unmark = markRegions(regions);
  const undo = state.undo;
  state.undo = () => {
    unmark();
    undo();
  };
  adoptStyles(root.ownerDocument);
  painted.set(root, state);
  return state.mode;
}

/** Removes what paint() did under `root`; does nothing if nothing was painted. */
export function clear(root) {
  const state = painted.get(root);
  if (!state) return;
  painted.delete(root);
  state.undo();
  releaseStyles(root.ownerDocument);
}

/** Changes what is shown (see DEFAULT_DISPLAY) in `doc`, now and for later paints. */
export function setDisplay(doc, display) {
  const merged = { ...DEFAULT_DISPLAY, ...display };
  displays.set(doc, merged);
  sheets.get(doc)?.sheet.replaceSync(styles(merged));
}

/**
 * A new DOM Range over item `index` of the paint list painted under `root`
 * (null if there is none): what a results panel scrolls to.
 */
export function rangeOf(root, index) {
  return painted.get(root)?.rangeOf(index) ?? null;
}

/** Scrolls `range` to the middle of the view and flashes it briefly. */
export function flash(range) {
  const doc = range.startContainer.ownerDocument;
  const view = doc.defaultView;
  const target = range.startContainer.parentElement ?? range.commonAncestorContainer;
  const reduced = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView?.({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
  if (!canHighlight(view)) return;
  const highlight = new view.Highlight(range);
  highlight.priority = 10;
  view.CSS.highlights.set(FLASH, highlight);
  setTimeout(() => {
    if (view.CSS.highlights.get(FLASH) === highlight) view.CSS.highlights.delete(FLASH);
  }, FLASH_MS);
}

function canHighlight(view) {
  return Boolean(view.CSS?.highlights) && typeof view.Highlight === 'function';
}

function checkedRegions(elements, { articleElement = null, boilerplateElements = [] }) {
  const regions = [];
  const add = (index, name) => {
    // Without the snapshot's elements there is nothing to mark; an index
    // that names no element is a bug, like a range that does not fit.
    if (elements.length === 0) return;
    const el = elements[index];
    if (el?.nodeType !== Node.ELEMENT_NODE) throw new Error(`newsmark: element ${index} is not in the page`);
    if (!el.hasAttribute(REGION)) regions.push([el, name]);
  };
  if (articleElement !== null && articleElement !== undefined) add(articleElement, 'article');
  for (const index of boilerplateElements) add(index, 'boilerplate');
  return regions;
}

// The outermost UNREAD subtrees under `root`, if the page has an article
// to read instead (a page whose whole content is aria-hidden, as some are
// while a consent dialog is open, must not vanish in reader mode).
function unreadRegions(root, elements, { articleElement = null }) {
  if (elements.length === 0 || articleElement === null || articleElement === undefined) return [];
  return [...root.querySelectorAll(UNREAD)]
    .filter((el) => !el.parentElement.closest(UNREAD) && !el.hasAttribute(REGION))
    .map((el) => [el, 'unread']);
}

function markRegions(regions) {
  for (const [el, name] of regions) el.setAttribute(REGION, name);
  return () => {
    for (const [el] of regions) el.removeAttribute(REGION);
  };
}

function checkedItems(root, nodes, { ranges, kinds, notes }) {
  if (ranges.length !== kinds.length * 4 || notes.length !== kinds.length) {
    throw new Error('newsmark: paint list lengths disagree');
  }
  const items = [];
  for (let i = 0; i < kinds.length; i++) {
    const [sn, so, en, eo] = ranges.slice(i * 4, i * 4 + 4);
    const start = nodes[sn];
    const end = nodes[en];
    const fits = (node, offset) =>
      node?.nodeType === Node.TEXT_NODE && root.contains(node) && offset <= node.length;
    if (!/^[a-z]+$/.test(kinds[i]) || !fits(start, so) || !fits(end, eo)) {
      throw new Error(`newsmark: range ${i} does not fit the page`);
    }
    if (sn > en || (sn === en && so > eo)) {
      throw new Error(`newsmark: range ${i} is reversed`);
    }
    items.push({ kind: kinds[i], note: notes[i], sn, so, en, eo, start, end });
  }
  return items;
}

function adoptStyles(doc) {
  let entry = sheets.get(doc);
  if (!entry) {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(styles(displays.get(doc) ?? DEFAULT_DISPLAY));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    entry = { sheet, users: 0 };
    sheets.set(doc, entry);
  }
  entry.users++;
}

function releaseStyles(doc) {
  const entry = sheets.get(doc);
  if (!entry || --entry.users > 0) return;
  sheets.delete(doc);
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== entry.sheet);
}

// ---- highlight mode -------------------------------------------------------

/**
 * Highlights hold StaticRanges, not live Ranges. The browser updates every
 * live Range of a document on each node the page inserts or removes,
 * anywhere, for as long as the Range lives (until garbage collection, even
 * after it leaves the highlight). With the 5,000 ranges of a long page,
 * 20,000 insert/remove pairs elsewhere in it took 8–11 s in Chromium
 * instead of under 0.1 s, and wrap mode right after clearing slowed the
 * same way (`node scripts/bench-browser.mjs`, "page churn"). A static range
 * costs nothing while the page changes; if the page rewrites the text
 * under one, the browser skips painting it.
 */
function paintHighlights(root, items) {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const registry = view.CSS.highlights;
  const byName = new Map(); // highlight name -> StaticRange[]
  const itemOf = new Map(); // StaticRange -> item, for the tooltip
  const all = [];
  for (const item of items) {
    const range = new view.StaticRange({
      startContainer: item.start,
      startOffset: item.so,
      endContainer: item.end,
      endOffset: item.eo,
    });
    all.push(range);
    const name = `newsmark-${item.kind}`;
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name).push(range);
    itemOf.set(range, item);
  }
  // Nothing above changed the page; from here on nothing can fail.
  for (const [name, ranges] of byName) {
    let highlight = registry.get(name);
    if (!highlight) {
      highlight = new view.Highlight();
      const kind = name.slice('newsmark-'.length);
      highlight.priority = PRIORITY[kind] ?? ENTITY_PRIORITY;
      registry.set(name, highlight);
    }
    for (const range of ranges) highlight.add(range);
  }
  const tooltip = hoverTooltip(root, itemOf);
  return {
    mode: 'highlight',
    rangeOf: (index) => (all[index] ? liveRange(doc, all[index]) : null),
    undo() {
      tooltip.remove();
      for (const [name, ranges] of byName) {
        const highlight = registry.get(name);
        if (!highlight) continue;
        for (const range of ranges) highlight.delete(range);
        if (highlight.size === 0) registry.delete(name);
      }
    },
  };
}

/**
 * Shows what is under the pointer (a quote's speaker, an entity's name) in a
 * tooltip. Highlights are not elements, so there is no `title` to set and
 * no event target: hit-test with CSS.highlights.highlightsFromPoint
 * (Chromium 136+) or, without it, with the caret position under the pointer.
 * The tooltip lives in a closed shadow root on a host appended to <html>,
 * outside <body>: page styles cannot reach it and body's DOM stays as it was.
 */
function hoverTooltip(root, itemOf) {
  const doc = root.ownerDocument;
  const registry = doc.defaultView.CSS.highlights;
  let host = null;
  let bubble = null;
  let frame = 0;
  let probe = null;

  const itemsAt = (x, y) => {
    if (typeof registry.highlightsFromPoint === 'function') {
      // Entries are {highlight, ranges}; the ranges are the ones under the point.
      return registry
        .highlightsFromPoint(x, y)
        .flatMap((hit) => hit.ranges ?? [])
        .map((range) => itemOf.get(range))
        .filter(Boolean);
    }
    const caret = doc.caretPositionFromPoint?.(x, y);
    if (!caret) return [];
    // Static ranges cannot be hit-tested: each is copied into one live
    // Range, made here and dropped with the tooltip.
    probe ??= doc.createRange();
    return [...itemOf]
      .filter(([range]) => liveRange(doc, range, probe)?.isPointInRange(caret.offsetNode, caret.offset))
      .map(([, item]) => item);
  };

  const show = (text, x, y) => {
    if (!host) {
      host = doc.createElement(TOOLTIP_TAG);
      host.style.cssText =
        'all: initial; position: fixed; z-index: 2147483647; pointer-events: none;';
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = new doc.defaultView.CSSStyleSheet();
      style.replaceSync(
        'div { font: 13px/1.4 system-ui, sans-serif; color: #fff; background: #222; ' +
          'padding: 4px 8px; border-radius: 4px; white-space: pre; ' +
          'box-shadow: 0 2px 6px rgb(0 0 0 / 30%); }',
      );
      shadow.adoptedStyleSheets = [style];
      bubble = doc.createElement('div');
      bubble.setAttribute('role', 'tooltip');
      shadow.append(bubble);
      doc.documentElement.append(host);
    }
    bubble.textContent = text;
    host.style.left = `${x + 12}px`;
    host.style.top = `${y + 16}px`;
    host.hidden = false;
  };
  const hide = () => {
    if (host) host.hidden = true;
  };

  const onMove = (event) => {
    const { clientX: x, clientY: y } = event;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const lines = itemsAt(x, y).map((item) => describe(item.kind, item.note));
      if (lines.length) show([...new Set(lines)].join('\n'), x, y);
      else hide();
    });
  };
  const onLeave = () => {
    cancelAnimationFrame(frame);
    hide();
  };
  root.addEventListener('pointermove', onMove, { passive: true });
  root.addEventListener('pointerleave', onLeave, { passive: true });
  return {
    remove() {
      cancelAnimationFrame(frame);
      root.removeEventListener('pointermove', onMove);
      root.removeEventListener('pointerleave', onLeave);
      host?.remove();
    },
  };
}

/**
 * A live Range over static range `r` (in `into`, else a new one), or null
 * if the page has changed so that it no longer fits (setStart or setEnd
 * throws then).
 */
function liveRange(doc, r, into = doc.createRange()) {
  try {
    into.setStart(r.startContainer, r.startOffset);
    into.setEnd(r.endContainer, r.endOffset);
    return into;
  } catch {
    return null;
  }
}

// ---- wrap mode ------------------------------------------------------------

/**
 * The pieces of each item, one per text node it touches: a DOM range may
 * cross element boundaries, a wrapper may not (Range.surroundContents would
 * throw), so each node gets its own wrappers. Text nodes that are only
 * whitespace are left alone: between blocks (say, between two <li>) a
 * wrapper would be misplaced, and there is nothing to see.
 */
function piecesByNode(nodes, items) {
  const byNode = new Map();
  items.forEach((item, id) => {
    for (let n = item.sn; n <= item.en; n++) {
      const node = nodes[n];
      const start = n === item.sn ? item.so : 0;
      const end = n === item.en ? item.eo : node.length;
      if (start >= end || !/\S/.test(node.data)) continue;
      if (!byNode.has(node)) byNode.set(node, []);
      byNode.get(node).push({ start, end, item, id });
    }
  });
  return byNode;
}

function paintWrappers(root, nodes, items) {
  const doc = root.ownerDocument;
  const wrappers = [];
  const splits = []; // [original node, ...nodes split off it], in order
  const undo = () => {
    for (const wrapper of wrappers.reverse()) {
      wrapper.replaceWith(...wrapper.childNodes);
    }
    // Join exactly the nodes we split: root.normalize() would also merge
    // text nodes the page itself keeps apart.
    for (const [original, ...added] of splits) {
      original.appendData(added.map((n) => n.data).join(''));
      for (const n of added) n.remove();
    }
  };
  try {
    for (const [node, pieces] of piecesByNode(nodes, items)) {
      const fragments = splitAt(node, pieces);
      if (fragments.length > 1) splits.push(fragments.map((f) => f.node));
      // Outer (longer) pieces first, so an inner piece's fragments are
      // already siblings inside the outer wrapper when it is wrapped.
      pieces.sort((a, b) => a.start - b.start || b.end - a.end);
      for (const piece of pieces) {
        const covered = fragments
          .filter((f) => f.start >= piece.start && f.end <= piece.end)
          .map((f) => f.node);
        // Pieces that cross (rather than nest) leave their fragments in
        // different parents: wrap each run of adjacent siblings on its own.
        for (const run of siblingRuns(covered)) {
          const wrapper = doc.createElement(WRAP_TAG);
          wrapper.dataset.kind = piece.item.kind;
          wrapper.dataset.id = String(piece.id);
          wrapper.title = describe(piece.item.kind, piece.item.note);
          run[0].before(wrapper);
          wrapper.append(...run);
          wrappers.push(wrapper);
        }
      }
    }
  } catch (error) {
    undo();
    throw error;
  }
  const rangeOf = (index) => {
    const mine = wrappers.filter((w) => w.dataset.id === String(index));
    if (mine.length === 0) return null;
    const range = doc.createRange();
    range.setStartBefore(mine[0]);
    range.setEndAfter(mine.at(-1));
    return range;
  };
  return { mode: 'wrap', undo, rangeOf };
}

/**
 * Splits `node` at every piece boundary; returns the fragments in order,
 * each with its offsets in the original text. Splitting from the end keeps
 * `node` itself as the first fragment, so references the page holds to it
 * stay valid, and earlier offsets are not shifted by later splits.
 */
function splitAt(node, pieces) {
  const cuts = new Set();
  for (const { start, end } of pieces) cuts.add(start).add(end);
  cuts.delete(0);
  cuts.delete(node.length);
  const offsets = [...cuts].sort((a, b) => b - a);
  const fragments = [];
  let end = node.length;
  for (const offset of offsets) {
    fragments.push({ node: node.splitText(offset), start: offset, end });
    end = offset;
  }
  fragments.push({ node, start: 0, end });
  return fragments.reverse();
}

function siblingRuns(nodes) {
  const runs = [];
  for (const node of nodes) {
    const run = runs.at(-1);
    if (run && run.at(-1).nextSibling === node) run.push(node);
    else runs.push([node]);
  }
  return runs;
}
