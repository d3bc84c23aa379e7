// The demo page: shows an article in #page and annotates it with the same
// session (walk → wasm → paint → results panel) the bookmarklet and the
// extension use. Relative URLs only, so www/ works from any static host.
import { annotate, clear } from './pkg/newsmark.js';
import { COLORS } from './lib/paint.js';
import { inPageBackend } from './lib/in-page.js';
import { start, stop } from './lib/session.js';
import { bookmarkletFor } from './bookmarklet/bookmarklet.js';
import { inertFragment, textFragment } from './inert.js';

const $ = (id) => document.getElementById(id);
const root = $('page');
const status = $('status');
let backend = null;
let annotated = false;

const LEGEND = [
  ['quote', 'quotation'],
  ['speaker', 'speaker'],
  ['per', 'person'],
  ['org', 'organisation'],
  ['loc', 'location'],
  ['misc', 'other name'],
  ['date', 'date / time'],
  ['money', 'money / percent'],
  ['boilerplate', 'boilerplate'],
];

function renderLegend() {
  for (const [kind, label] of LEGEND) {
    const li = document.createElement('li');
    li.style.setProperty('--swatch', COLORS[kind]);
    li.textContent = label;
    $('legend').append(li);
  }
}

/** The bookmarklet, made from this page's own URL: it loads the loader from here. */
function renderBookmarklet() {
  const loader = new URL('bookmarklet/loader.js', document.baseURI).href;
  $('bookmarklet').href = bookmarkletFor(loader);
  $('bookmarklet').addEventListener('click', (e) => {
    e.preventDefault();
    status.value = 'Drag the newsmark link to your bookmarks bar, then click it on a news page.';
  });
  $('bookmarklet-origin').textContent = new URL(loader).origin;
}

const mode = () => document.querySelector('input[name=mode]:checked').value;

async function run() {
  try {
    const t0 = performance.now();
    const result = await start(root, backend, { mode: mode(), source: document.baseURI });
    const ms = performance.now() - t0;
    status.value =
      `Annotated in ${ms.toFixed(1)} ms: ${result.quotes.length} quotes, ` +
      `${result.entities.length} entities, ${result.boilerplate.length} boilerplate blocks`;
    annotated = true;
  } catch (error) {
    status.value = `Could not annotate: ${error.message ?? error}`;
    console.error(error);
  }
}

function reset() {
  stop(root);
  annotated = false;
  status.value = 'Cleared.';
}

function show(fragment) {
  stop(root);
  root.replaceChildren(fragment);
  return run();
}

async function showPage(url) {
  const html = await (await fetch(url)).text();
  await show(inertFragment(html));
}

async function showFile(file) {
  const text = await file.text();
  const isText = /\.txt$/i.test(file.name) || file.type === 'text/plain';
  await show(isText ? textFragment(text) : inertFragment(text));
}

function wire() {
  $('annotate').addEventListener('click', run);
  $('clear').addEventListener('click', reset);
  for (const radio of document.querySelectorAll('input[name=mode]')) {
    radio.addEventListener('change', () => annotated && run());
  }
  $('article').addEventListener('change', (e) => showPage(e.target.value));
  $('use-text').addEventListener('click', () => {
    const text = $('paste').value;
    if (text.trim()) show(textFragment(text));
  });
  $('reset').addEventListener('click', () => {
    $('article').value = 'articles/reference.html';
    showPage('articles/reference.html');
  });
  $('file').addEventListener('change', (e) => e.target.files[0] && showFile(e.target.files[0]));
  // Dropping a file anywhere must not navigate away from the demo.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files[0];
    if (file) showFile(file);
  });
  // Forms inside an inert article must not submit (and reload the page).
  root.addEventListener('submit', (e) => e.preventDefault());
}

renderLegend();
renderBookmarklet();
wire();
backend = await inPageBackend();
$('annotate').disabled = false;
$('clear').disabled = false;
await showPage($('article').value);
// For the browser tests and the console: the wasm API itself (annotate and
// clear paint through the same www/lib/paint.js), and the demo's session.
window.newsmarkDemo = { annotate, clear, root, stop: () => stop(root) };
