// Functions that run inside the page (passed to page.evaluate), shared by
// the browser tests. They must be self-contained: no closures over Node-side
// variables.

/** Installs window.t: snapshot + locate + dump helpers over the page's modules. */
export async function installHelpers() {
  const { snapshot } = await import('/www/lib/snapshot.js');
  const paint = await import('/www/lib/paint.js');
  const SKIP = 'script, style, [hidden], [aria-hidden=true]';
  // Highlights hold StaticRanges, which have no text of their own.
  const textOf = (r) => {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    return live.toString();
  };
  window.t = {
    /** The text a highlight's (static) range covers. */
    textOf,
    paint,
    snapshot,
    /** The text nodes under `root`, as snapshot() numbers them. */
    nodes: (root) => snapshot(root, SKIP).nodes,
    /**
     * A hand-made paint range from the first `from` to the following `to`
     * inside `scope`, in UTF-16 offsets. Returns the range and the text a
     * painted range must show (raw, and without whitespace-only nodes, which
     * wrap mode leaves alone).
     */
    locate(nodes, scope, from, to = from) {
      const inScope = nodes.map((n) => scope.contains(n));
      let text = '';
      const starts = nodes.map((n, i) => {
        const at = text.length;
        text += inScope[i] ? n.data : '\u0000'.repeat(n.length);
        return at;
      });
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      if (start < 0 || end < start + to.length) throw new Error(`not found: ${from}…${to}`);
      const nodeOf = (pos, isEnd) =>
        starts.findLastIndex((s, i) => (isEnd ? s < pos : s <= pos) && (isEnd || nodes[i].length > 0));
      const sn = nodeOf(start, false);
      const en = nodeOf(end, true);
      let wrapped = '';
      for (let i = sn; i <= en; i++) {
        if (!/\S/.test(nodes[i].data)) continue;
        wrapped += nodes[i].data.slice(i === sn ? start - starts[i] : 0, i === en ? end - starts[i] : undefined);
      }
      return { range: [sn, start - starts[sn], en, end - starts[en]], text: text.slice(start, end), wrapped };
    },
    /**
     * A paint list of `cases` ([kind, scope selector, from, to, note]) under
     * `root`, with what t.locate found for each.
     */
    caseList(root, nodes, cases) {
      const located = cases.map(([, scope, from, to]) => this.locate(nodes, root.querySelector(scope), from, to));
      const list = {
        ranges: new Uint32Array(located.flatMap((l) => l.range)),
        kinds: cases.map((c) => c[0]),
        notes: cases.map((c) => c[4]),
      };
      return { located, list };
    },
    /** Every node under `root` with its text: catches split or merged text nodes that innerHTML hides. */
    dump(root) {
      const out = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let n = walker.currentNode; n; n = walker.nextNode()) {
        out.push(`${n.nodeName}:${n.nodeType === Node.TEXT_NODE ? JSON.stringify(n.data) : ''}`);
      }
      return out.join('\n');
    },
    /**
     * Everything newsmark shows in the page, in a form two runs can be
     * compared by: each highlight's ranges as [text node index, offset,
     * text node index, offset, text] over body's text nodes, the marked
     * regions, and whether a panel is open.
     */
    state() {
      const texts = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) texts.push(walker.currentNode);
      const where = new Map(texts.map((n, i) => [n, i]));
      const highlights = {};
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('newsmark-') || name === 'newsmark-flash') continue;
        highlights[name] = [...highlight]
          .map((r) => [where.get(r.startContainer), r.startOffset, where.get(r.endContainer), r.endOffset, textOf(r)])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
      }
      const regions = [...document.querySelectorAll('[data-newsmark-region]')].map(
        (el) => `${el.dataset.newsmarkRegion} ${el.localName}.${el.className}`,
      );
      return { highlights, regions, panels: document.querySelectorAll('newsmark-panel').length };
    },
    /**
     * What is painted, read back from the page: the text of every range of
     * every newsmark highlight, and per wrapped item (data-id) its kind, the
     * text of its wrappers joined, and the text from its first to its last
     * wrapper (what a reader sees as the item, whitespace between blocks too).
     */
    painted() {
      const highlights = {};
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('newsmark-')) highlights[name] = [...highlight].map(textOf);
      }
      const byId = new Map();
      for (const el of document.querySelectorAll('newsmark-hl')) {
        if (!byId.has(el.dataset.id)) byId.set(el.dataset.id, []);
        byId.get(el.dataset.id).push(el);
      }
      const wrappers = {};
      for (const [id, els] of byId) {
        const span = document.createRange();
        span.setStartBefore(els[0]);
        span.setEndAfter(els.at(-1));
        wrappers[id] = {
          kind: els[0].dataset.kind,
          title: els[0].title,
          joined: els.map((e) => e.textContent).join(''),
          spanned: span.toString(),
        };
      }
      return { highlights, wrappers };
    },
  };
}
