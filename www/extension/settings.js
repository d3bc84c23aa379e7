// The user's settings (options page) in extension storage, with defaults.
// Read by the service worker on every click, written by the options page.
import { DEFAULT_DISPLAY } from './lib/paint.js';

export const DEFAULTS = Object.freeze({ display: DEFAULT_DISPLAY, mode: 'highlight' });

export async function loadSettings() {
  const { settings } = await chrome.storage.sync.get('settings');
  return {
    ...DEFAULTS,
    ...settings,
    display: { ...DEFAULTS.display, ...settings?.display },
  };
}

export function saveSettings(settings) {
  return chrome.storage.sync.set({ settings });
}
