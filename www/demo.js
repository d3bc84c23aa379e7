// The demo page: shows an article in #page, annotates it with the wasm
// core, lists what was found. Relative URLs only, so www/ works from any
// static host.
import init, { annotate, clear } from './pkg/newsmark.js';
import { COLORS } from './lib/paint.js';
import { inertFragment, textFragment } from './inert.js';

const $ = (id) => document.getElementById(id);
const root = $('page');
const status = $('status');
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

const mode = () => document.querySelector('input[name=mode]:checked').value;

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

function renderResults(result) {
  const quotes = groupBy(result.quotes, (q) => q.speaker_name ?? '(speaker not found)');
  $('quotes').replaceChildren(
    ...[...quotes].map(([speaker, list]) => {
      const group = element('details');
      group.open = true;
      group.append(element('summary', `${speaker} (${list.length})`));
      const ul = element('ul');
      ul.append(...list.map((q) => element('li', q.text)));
      group.append(ul);
      return group;
    }),
  );
  const types = groupBy(result.entities, (e) => e.type);
  $('entities').replaceChildren(
    ...[...types].map(([type, list]) => {
      const group = element('details');
      group.style.setProperty('--swatch', COLORS[type.toLowerCase()] ?? 'gray');
      group.append(element('summary', `${type} (${list.length})`, 'swatch'));
      const counts = groupBy(list, (e) => e.canonical);
      const ul = element('ul');
      ul.append(...[...counts].map(([name, mentions]) => element('li', `${name} ×${mentions.length}`)));
      group.append(ul);
      return group;
    }),
  );
  const boilerplate = element('ul');
  boilerplate.append(
    ...result.boilerplate.map((b) => {
      const li = element('li');
      li.append(element('span', b.kind, 'tag'), ` ${b.text}`);
      return li;
    }),
  );
  $('boilerplate').replaceChildren(boilerplate);
  $('quote-count').textContent = `(${result.quotes.length})`;
  $('entity-count').textContent = `(${result.entities.length})`;
  $('boilerplate-count').textContent = `(${result.boilerplate.length})`;
}

function run() {
  try {
    const result = annotate(root, { mode: mode() });
    const t = result.timings;
    status.value =
      `Annotated in ${t.total.toFixed(1)} ms ` +
      `(walk ${t.extract.toFixed(1)}, analyse ${t.analyse.toFixed(1)}, paint ${t.paint.toFixed(1)})`;
    renderResults(result);
    annotated = true;
  } catch (error) {
    status.value = `Could not annotate: ${error.message ?? error}`;
    console.error(error);
  }
}

function reset() {
  clear(root);
  annotated = false;
  renderResults({ quotes: [], entities: [], boilerplate: [] });
  status.value = 'Cleared.';
}

function show(fragment) {
  clear(root);
  root.replaceChildren(fragment);
  run();
}

async function showReference() {
  const html = await (await fetch('articles/reference.html')).text();
  show(inertFragment(html));
}

async function showFile(file) {
  const text = await file.text();
  const isText = /\.txt$/i.test(file.name) || file.type === 'text/plain';
  show(isText ? textFragment(text) : inertFragment(text));
}

function wire() {
  $('annotate').addEventListener('click', run);
  $('clear').addEventListener('click', reset);
  for (const radio of document.querySelectorAll('input[name=mode]')) {
    radio.addEventListener('change', () => annotated && run());
  }
  $('use-text').addEventListener('click', () => {
    const text = $('paste').value;
    if (text.trim()) show(textFragment(text));
  });
  $('reset').addEventListener('click', showReference);
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
wire();
await init();
$('annotate').disabled = false;
$('clear').disabled = false;
await showReference();
// For the browser tests and the console: the same API the page uses.
window.newsmarkDemo = { annotate, clear, root };
