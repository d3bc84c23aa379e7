// The options page: which kinds show, their colours, reader mode, outline.
// Everything is stored with chrome.storage.sync (see settings.js).
import { COLORS } from './lib/paint.js';
import { loadSettings, saveSettings } from './settings.js';

const LABELS = {
  quote: 'Quotations',
  speaker: 'Speakers',
  per: 'People',
  org: 'Organisations',
  loc: 'Places',
  misc: 'Other names',
  date: 'Dates',
  time: 'Times',
  money: 'Money',
  percent: 'Percentages',
  boilerplate: 'Boilerplate (navigation, promos, prompts)',
};

const $ = (id) => document.getElementById(id);
const settings = await loadSettings();

async function save() {
  await saveSettings(settings);
  $('status').textContent = 'Saved.';
}

function render() {
  const { display } = settings;
  $('kinds').replaceChildren(
    ...Object.keys(LABELS).map((kind) => {
      const shown = document.createElement('input');
      shown.type = 'checkbox';
      shown.checked = !display.hidden.includes(kind);
      shown.addEventListener('change', () => {
        display.hidden = shown.checked ? display.hidden.filter((k) => k !== kind) : [...display.hidden, kind];
        save();
      });
      const color = document.createElement('input');
      color.type = 'color';
      color.value = display.colors[kind] ?? COLORS[kind];
      color.setAttribute('aria-label', `Colour of ${LABELS[kind]}`);
      color.addEventListener('change', () => {
        display.colors = { ...display.colors, [kind]: color.value };
        save();
      });
      const label = document.createElement('label');
      label.append(shown, LABELS[kind]);
      const li = document.createElement('li');
      li.append(color, label);
      return li;
    }),
  );
  $('reader').checked = display.reader;
  $('outline').checked = display.outline;
}

$('reader').addEventListener('change', (e) => {
  settings.display.reader = e.target.checked;
  save();
});
$('outline').addEventListener('change', (e) => {
  settings.display.outline = e.target.checked;
  save();
});
$('reset-colors').addEventListener('click', () => {
  settings.display.colors = {};
  render();
  save();
});
render();
