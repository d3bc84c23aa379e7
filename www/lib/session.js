// One annotation session per page root: snapshot → analyse → paint → panel,
// and back. Shared by the demo, the bookmarklet and the extension's content
// script; they differ only in the backend that runs the analysis (the wasm
// in this page, or in the extension's service worker), so the walk, the
// paint and the panel are the same code on every path.
import { snapshot } from './snapshot.js';
import { paint, clear, setDisplay, rangeOf, flash, COLORS, DEFAULT_DISPLAY } from './paint.js';
import { openPanel } from './panel.js';
import { toJson, toWebAnnotation, toQuotesCsv, toEntitiesCsv, download, copy } from './export.js';

const sessions = new WeakMap();

/**
 * Annotates `root`, paints it and opens the panel (unless `panel: false`).
 * @param {Element} root
 * @param {{skipSelector: string, analyse(events: string, options: object): object | Promise<object>}} backend
 * @param {{options?: object, display?: object, mode?: string, panel?: boolean, source?: string}} settings
 *   `options`: which analyses run (the wasm API's options); `display`: see
 *   paint.js DEFAULT_DISPLAY; `source`: the URL exports name as their target.
 * @returns the analysis result (report, `text`, paint list)
 */
export async function start(root, backend, settings = {}) {
  stop(root);
  const doc = root.ownerDocument;
  const snap = snapshot(root, backend.skipSelector);
  const result = await backend.analyse(snap.events, settings.options ?? {});
  const display = { ...DEFAULT_DISPLAY, ...settings.display };
  setDisplay(doc, display);
  paint(root, snap.nodes, result, settings.mode ?? 'highlight', snap.elements);
  const index = paintIndex(result);
  const source = settings.source ?? doc.location.href;
  const panel =
    settings.panel === false
      ? null
      : openPanel(doc, {
          result,
          display,
          colors: { ...COLORS, ...display.colors },
          onDisplay: (d) => setDisplay(doc, d),
          onReveal(section, i) {
            const range = rangeOf(root, index.get(`${section}:${i}`));
            if (range) flash(range);
          },
          onExport: (format, how) => exportAs(doc, result, source, format, how),
          onClear: () => stop(root),
        });
  sessions.set(root, { panel });
  return result;
}

/** Removes the paint and the panel; returns whether a session was running. */
export function stop(root) {
  const session = sessions.get(root);
  clear(root);
  if (!session) return false;
  sessions.delete(root);
  session.panel?.close();
  return true;
}

/** Clears if annotated, annotates otherwise (the toolbar button, the bookmarklet). */
export async function toggle(root, backend, settings) {
  if (stop(root)) return 'cleared';
  await start(root, backend, settings);
  return 'annotated';
}

/** `quote:3` → the index of report.quotes[3]'s range in the paint list, and so on. */
function paintIndex({ kinds, refs }) {
  const index = new Map();
  for (let i = 0; i < kinds.length; i++) {
    const kind = kinds[i];
    if (kind === 'speaker') continue;
    const section = kind === 'quote' || kind === 'boilerplate' ? kind : 'entity';
    const key = `${section}:${refs[i]}`;
    if (!index.has(key)) index.set(key, i);
  }
  return index;
}

// Per export format: how to write it, the file name's extension, its type.
const FORMATS = {
  json: { write: (result) => toJson(result), extension: 'json', type: 'application/json' },
  webanno: { write: toWebAnnotation, extension: 'jsonld', type: 'application/ld+json' },
  csv: { write: toQuotesCsv, extension: 'quotes.csv', type: 'text/csv' },
  entitiesCsv: { write: toEntitiesCsv, extension: 'entities.csv', type: 'text/csv' },
};

function exportAs(doc, result, source, format, how) {
  const { write, extension, type } = FORMATS[format];
  const text = write(result, source);
  if (how === 'copy') return copy(doc, text);
  download(doc, `newsmark-${doc.location.hostname || 'page'}.${extension}`, text, type);
  return Promise.resolve();
}
