// Turns the user's own HTML or text into inert nodes for the demo page.
//
// DOMParser never runs scripts, but nodes moved into the live page would
// still load images, run inline event handlers (<img onerror=…>) and follow
// javascript: links. So everything that can fetch or execute is dropped and
// only the attributes the annotator reads survive: the page is annotated,
// never run, and nothing is sent anywhere.

import { STRUCTURED_DATA } from './lib/snapshot.js';

const DROP =
  'script, style, link, meta, base, iframe, frame, frameset, object, embed, ' +
  'img, picture, source, video, audio, track, canvas, svg, math, template, noscript';

// The attributes builder.rs and SKIP_SELECTOR look at, and harmless ones
// that keep the text readable.
const KEEP = new Set([
  'id', 'class', 'role', 'itemprop', 'itemtype', 'itemscope', 'hidden', 'aria-hidden',
  'aria-label', 'lang', 'dir', 'title', 'datetime', 'colspan', 'rowspan', 'type', 'placeholder',
]);

// Inline styles can fetch (url(…)); keep only the fact that one hid its element.
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;


/**
 * The <body> of `html`, made inert, as a fragment of the current document,
 * followed by the page's JSON-LD.
 */
export function inertFragment(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  // JSON-LD is data a browser never runs, and the CLI reads it from a saved
  // page (the publisher's article body and publication date): it is carried
  // over, as fresh elements holding only the JSON text, so the demo reads
  // the page as the CLI does.
  const data = [...parsed.querySelectorAll(STRUCTURED_DATA)].map((script) => script.textContent);
  for (const el of parsed.body.querySelectorAll(DROP)) el.remove();
  for (const el of parsed.body.querySelectorAll('*')) {
    const hidden = HIDING_STYLE.test(el.getAttribute('style') ?? '');
    for (const { name } of [...el.attributes]) {
      if (!KEEP.has(name)) el.removeAttribute(name);
    }
    if (hidden) el.setAttribute('hidden', '');
  }
  const fragment = document.createDocumentFragment();
  fragment.append(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  for (const json of data) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = json;
    fragment.append(script);
  }
  return fragment;
}

/** Plain text as paragraphs: blank lines (or, if there are none, lines) separate them. */
export function textFragment(text) {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const byBlank = normalized.split(/\n\s*\n/);
  const paragraphs = byBlank.length > 1 ? byBlank : normalized.split('\n');
  const fragment = document.createDocumentFragment();
  for (const paragraph of paragraphs) {
    if (!paragraph.trim()) continue;
    const p = document.createElement('p');
    p.textContent = paragraph.trim();
    fragment.append(p);
  }
  return fragment;
}
