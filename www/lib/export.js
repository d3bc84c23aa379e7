// Turns a newsmark result into files other tools read: the CLI's JSON,
// W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), and
// spreadsheets (CSV) of who said what and of the names mentioned.
// Pure functions plus two tiny helpers to hand the text to the user; no
// network, ever.

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
// How much text around a quote a TextQuoteSelector carries: enough to tell
// repeated phrases apart, as Hypothesis does (32 characters).
const CONTEXT_CHARS = 32;

/** The report in the CLI's JSON shape (`newsmark annotate --json`). */
export function toJson(result) {
  const { quotes, entities, boilerplate, headline, standfirst, byline, published, article } = result;
  return JSON.stringify({ quotes, entities, boilerplate, headline, standfirst, byline, published, article }, null, 2);
}

/**
 * The report as a Web Annotation collection: one annotation per quote,
 * entity and boilerplate block, each targeting `source` (the page URL) with
 * a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector.
 *
 * Both selectors are over `result.text`: the page's text as newsmark reads
 * it (each block's text with whitespace collapsed, blocks joined by "\n",
 * hidden elements left out). Positions count Unicode code points, like the
 * report's own offsets, and like the model asks ("characters").
 */
export function toWebAnnotation(result, source) {
  const chars = Array.from(result.text);
  const target = (start, end) => ({
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: chars.slice(start, end).join(''),
        prefix: chars.slice(Math.max(0, start - CONTEXT_CHARS), start).join(''),
        suffix: chars.slice(end, end + CONTEXT_CHARS).join(''),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  });
  const tag = (value) => ({ type: 'TextualBody', purpose: 'tagging', value });
  const items = [];
  const add = (name, i, motivation, body, start, end) =>
    items.push({
      id: `${source.split('#')[0]}#newsmark-${name}-${i}`,
      type: 'Annotation',
      motivation,
      body,
      target: target(start, end),
    });
  result.quotes.forEach((q, i) => {
    const body = [tag('quotation')];
    if (q.speaker_name) body.push({ type: 'TextualBody', purpose: 'identifying', value: q.speaker_name });
    add('quote', i, 'identifying', body, q.start, q.end);
  });
  result.entities.forEach((e, i) => {
    const body = [tag(e.type), { type: 'TextualBody', purpose: 'identifying', value: e.canonical }];
    add('entity', i, 'identifying', body, e.start, e.end);
  });
  result.boilerplate.forEach((b, i) => {
    add('boilerplate', i, 'classifying', [tag('boilerplate'), tag(b.kind)], b.start, b.end);
  });
  return JSON.stringify(
    {
      '@context': CONTEXT,
      type: 'AnnotationCollection',
      label: 'newsmark annotations',
      total: items.length,
      first: { type: 'AnnotationPage', startIndex: 0, items },
    },
    null,
    2,
  );
}

// The columns of the spreadsheets: one row per quotation, one per mention
// of a name.
const QUOTE_COLUMNS = ['speaker_name', 'speaker_text', 'quote', 'start', 'end', 'source'];
const ENTITY_COLUMNS = ['type', 'name', 'text', 'start', 'end', 'source'];

// Characters that make a spreadsheet read a cell as a formula. The cells
// hold the page's words, which a hostile page chooses: `=HYPERLINK(…)` in a
// quotation must stay text (OWASP's CSV injection advice: prefix a quote).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function csvField(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header and rows as CSV; lines end in CRLF, as RFC 4180 and spreadsheets expect. */
function toCsv(columns, rows) {
  return [columns, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * The quotations as CSV, one row per quote in page order: the resolved
 * speaker, the words naming them in the text, the quotation, its code point
 * offsets in `result.text`, and the page URL.
 */
export function toQuotesCsv(result, source) {
  const rows = result.quotes.map((q) => [q.speaker_name, q.speaker_text, q.text, q.start, q.end, source]);
  return toCsv(QUOTE_COLUMNS, rows);
}

/**
 * The names as CSV, one row per mention in page order: its type (PER, ORG,
 * LOC, MISC, DATE …), the full name it refers to (`Jens Stoltenberg` for
 * `Stoltenberg`), the words in the text, their code point offsets in
 * `result.text`, and the page URL: a researcher counts mentions per name
 * with a pivot table.
 */
export function toEntitiesCsv(result, source) {
  const rows = result.entities.map((e) => [e.type, e.canonical, e.text, e.start, e.end, source]);
  return toCsv(ENTITY_COLUMNS, rows);
}

/** Offers `text` as a file download; nothing leaves the machine. */
export function download(doc, name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  // Not attached to the page: a detached link downloads just as well and
  // leaves the DOM untouched.
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies `text` to the clipboard; rejects where the page does not allow it. */
export function copy(doc, text) {
  return doc.defaultView.navigator.clipboard.writeText(text);
}
