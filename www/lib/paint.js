// Paints newsmark's ranges into a page, and removes them again.
//
// Shared by the wasm build (imported from Rust) and the extension, so no
// wasm here. Input: the text nodes of a snapshot (www/lib/snapshot.js) and
// a paint list from the core: `ranges`, four numbers per range
// ([startNode, startOffset, endNode, endOffset], offsets in UTF-16 units),
// and per range a `kind` and a `note`.
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

function styles() {
  const rules = [];
  for (const [kind, color] of Object.entries(COLORS)) {
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

// Paint state per root, and the stylesheet per document with the number of
// roots using it (removed with the last one).
const painted = new WeakMap();
const sheets = new WeakMap();

/**
 * Paints `list` under `root`, replacing what was painted there before.
 * Throws, with the page untouched, if any range does not fit its nodes.
 * @returns {"highlight" | "wrap"} the mode actually used
 */
export function paint(root, nodes, list, mode = 'highlight') {
  clear(root);
  const items = checkedItems(root, nodes, list);
  const view = root.ownerDocument.defaultView;
  const canHighlight = Boolean(view.CSS?.highlights) && typeof view.Highlight === 'function';
  const state =
    mode === 'highlight' && canHighlight
      ? paintHighlights(root, items)
      : paintWrappers(root, nodes, items);
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
    sheet.replaceSync(styles());
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

function paintHighlights(root, items) {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  const registry = view.CSS.highlights;
  const byName = new Map(); // highlight name -> Range[]
  const itemOf = new Map(); // Range -> item, for the tooltip
  for (const item of items) {
    const range = doc.createRange();
    range.setStart(item.start, item.so);
    range.setEnd(item.end, item.eo);
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
    return [...itemOf]
      .filter(([range]) => range.isPointInRange(caret.offsetNode, caret.offset))
      .map(([, item]) => item);
  };

  const show = (text, x, y) => {
    if (!host) {
      host = doc.createElement(TOOLTIP_TAG);
      host.style.cssText =
        'all: initial; position: fixed; z-index: 2147483647; pointer-events: none;';
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent =
        'div { font: 13px/1.4 system-ui, sans-serif; color: #fff; background: #222; ' +
        'padding: 4px 8px; border-radius: 4px; white-space: pre; ' +
        'box-shadow: 0 2px 6px rgb(0 0 0 / 30%); }';
      bubble = doc.createElement('div');
      bubble.setAttribute('role', 'tooltip');
      shadow.append(style, bubble);
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
  return { mode: 'wrap', undo };
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
