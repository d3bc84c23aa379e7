// Takes a snapshot of the page under `root` in the format that
// src/adapters/snapshot.rs decodes: one string of open / close / text
// records, plus the text nodes in the order of their records (the n-th
// text record is nodes[n], which is how paint ranges find their nodes) and
// the elements in the order of their open records (elements[n] is the
// core's element n + 1: element 0 is the builder's own root).
//
// Shared by the wasm build (imported from Rust) and the extension's content
// script, which cannot compile wasm on strict-CSP pages and sends the string
// to its service worker instead. So: no wasm here, and no layout reads
// (getComputedStyle and friends would force a style recalc on big pages).

const OPEN = '\u0001';
const FIELD = '\u0002';
const CLOSE = '\u0003';
const TEXT = '\u0004';
const DATA = '\u0005';
// The markers cannot appear inside a record. Each is one UTF-16 unit, as is
// U+FFFD, so replacing them keeps every offset into the node's text valid.
const MARKERS = /[\u0001-\u0005]/g;
// builder::STRUCTURED_DATA_SELECTOR: JSON-LD, sent whole from the document.
export const STRUCTURED_DATA = "script[type='application/ld+json']";
const clean = (s) => s.replace(MARKERS, '\uFFFD');

// Attrs::NAMES in src/document.rs, in that order.
const ATTRS = ['id', 'class', 'role', 'itemprop', 'itemtype', 'datetime'];
// The fields of an element without attributes (most elements of a page):
// six empty values, built once instead of six getAttribute calls.
const NO_ATTRS = FIELD.repeat(ATTRS.length);

// Only a <time> element's datetime is read (the core looks at no other),
// which spares a getAttribute call on every other element with attributes.
const TIME_ONLY = 'datetime';

function openRecord(el) {
  let record = OPEN + el.localName;
  if (!el.hasAttributes()) return record + NO_ATTRS;
  for (const name of ATTRS) {
    const read = name !== TIME_ONLY || el.localName === 'time';
    record += FIELD + (read ? clean(el.getAttribute(name) ?? '') : '');
  }
  return record;
}

/**
 * @param {Element} root the subtree to read
 * @param {string} skipSelector subtrees never entered (builder::SKIP_SELECTOR)
 * @returns {{events: string, nodes: Text[], elements: Element[]}}
 */
export function snapshot(root, skipSelector) {
  let events = '';
  const nodes = [];
  const elements = [];
  const open = (el) => {
    events += openRecord(el);
    elements.push(el);
  };
  for (const script of root.ownerDocument.querySelectorAll(STRUCTURED_DATA)) {
    events += DATA + clean(script.textContent);
  }
  // Open the ancestors first, so the element chain (html > body > …) is the
  // one the native HTML adapter sees for the same page.
  const ancestors = [];
  for (let el = root.parentElement; el; el = el.parentElement) ancestors.push(el);
  for (let i = ancestors.length - 1; i >= 0; i--) open(ancestors[i]);

  if (!root.matches(skipSelector)) {
    // One native querySelectorAll instead of a matches() call per element:
    // the selector has many parts, and the walk visits every element.
    const skipped = new Set(root.querySelectorAll(skipSelector));
    // Whether the walk enters `node`: elements not skipped, and text (not
    // comments or processing instructions).
    const entered = (node) =>
      node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && !skipped.has(node));
    // Depth first over the node properties (faster than a TreeWalker with a
    // filter, which calls back into JS for every node), with explicit
    // closes: descend while possible; otherwise close the current element
    // and move to its next entered sibling, climbing until there is one.
    // Iterative, so deep pages cannot overflow a stack.
    let node = root;
    open(root);
    for (;;) {
      let child = node.nodeType === Node.ELEMENT_NODE ? node.firstChild : null;
      while (child && !entered(child)) child = child.nextSibling;
      if (child) {
        node = child;
      } else {
        let next = null;
        while (node !== root) {
          if (node.nodeType === Node.ELEMENT_NODE) events += CLOSE;
          next = node.nextSibling;
          while (next && !entered(next)) next = next.nextSibling;
          if (next) break;
          node = node.parentNode;
        }
        if (!next) break;
        node = next;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        events += TEXT + clean(node.data);
        nodes.push(node);
      } else {
        open(node);
      }
    }
    events += CLOSE;
  }
  for (let i = 0; i < ancestors.length; i++) events += CLOSE;
  return { events, nodes, elements };
}
