// The export formats (www/lib/export.js) on results made up to be awkward:
// fields with commas, quotes, line breaks and formula starts. Pure
// functions, no browser; the panel test downloads them from a real page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toQuotesCsv, toEntitiesCsv } from '../../www/lib/export.js';
import { parseCsv } from './csv.mjs';

const quote = (text, speaker_text, speaker_name, start) => ({
  text,
  start,
  end: start + Array.from(text).length,
  speaker_text,
  speaker_start: null,
  speaker_end: null,
  speaker_name,
});

test('export: the quotes CSV has one row per quotation and survives a spreadsheet', () => {
  const result = {
    quotes: [
      quote('“We will win,” he said, “and soon.”', 'he', 'Jens Stoltenberg', 10),
      quote('"a ""so-called"" deal,\nsigned"', null, null, 60),
      quote('=HYPERLINK("http://x.invalid","click")', '+the minister', '@ministry', 120),
    ],
  };
  const text = toQuotesCsv(result, 'https://news.example/story?id=1,2');
  assert.ok(text.endsWith('\r\n'));
  const rows = parseCsv(text);
  assert.deepEqual(rows[0], ['speaker_name', 'speaker_text', 'quote', 'start', 'end', 'source']);
  assert.equal(rows.length, 1 + result.quotes.length);
  const [first, second, third] = rows.slice(1);
  assert.deepEqual(first, ['Jens Stoltenberg', 'he', result.quotes[0].text, '10', String(result.quotes[0].end), 'https://news.example/story?id=1,2']);
  // No speaker: empty cells, not "null".
  assert.deepEqual(second.slice(0, 3), ['', '', result.quotes[1].text]);
  // Cells a spreadsheet would run as formulas are kept as text.
  assert.deepEqual(third.slice(0, 3), ["'@ministry", "'+the minister", `'${result.quotes[2].text}`]);
});

test('export: no quotations, just the header', () => {
  assert.deepEqual(parseCsv(toQuotesCsv({ quotes: [] }, 'about:blank')), [
    ['speaker_name', 'speaker_text', 'quote', 'start', 'end', 'source'],
  ]);
});

test('export: the entities CSV has one row per mention, with the full name it refers to', () => {
  const entity = (type, text, canonical, start) => ({ type, text, canonical, start, end: start + Array.from(text).length });
  const result = {
    entities: [
      entity('PER', 'Jens Stoltenberg', 'Jens Stoltenberg', 0),
      entity('ORG', 'Ben & Jerry’s, Inc.', 'Ben & Jerry’s, Inc.', 40),
      entity('PER', 'Stoltenberg', 'Jens Stoltenberg', 90),
      entity('MISC', '=cmd', '=cmd', 120),
    ],
  };
  const rows = parseCsv(toEntitiesCsv(result, 'https://news.example/a'));
  assert.deepEqual(rows[0], ['type', 'name', 'text', 'start', 'end', 'source']);
  assert.deepEqual(
    rows.slice(1).map((r) => r.slice(0, 4)),
    [
      ['PER', 'Jens Stoltenberg', 'Jens Stoltenberg', '0'],
      ['ORG', 'Ben & Jerry’s, Inc.', 'Ben & Jerry’s, Inc.', '40'],
      ['PER', 'Jens Stoltenberg', 'Stoltenberg', '90'],
      ['MISC', "'=cmd", "'=cmd", '120'],
    ],
  );
});
