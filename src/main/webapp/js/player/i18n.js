// UI strings come from the server's resource bundle (src/main/resources/i18n/player.properties).
// The few fallbacks below are only for when that bundle cannot be loaded at all.

import { request } from './api.js';

const FALLBACK = {
  'page.loading': 'Loading\u2026',
  'error.noSession': 'Open this lesson from your LMS',
  'error.network': 'The server could not be reached. Please try again.',
  'error.generic': 'Something went wrong. Please try again.',
  'intro.begin': 'Begin',
  continue: 'Continue',
  tryAgain: 'Try again',
};

let strings = {};

/** Loads the strings for a locale and sets the page language to the one actually served. */
export async function loadStrings(locale) {
  try {
    const bundle = await request('GET', `/api/i18n/player?locale=${encodeURIComponent(locale)}`);
    strings = bundle.strings || {};
    document.documentElement.lang = bundle.locale || 'en';
  } catch {
    strings = {};
    document.documentElement.lang = 'en';
  }
  translateStaticText();
}

/** The text for a key with {0}, {1}, ... replaced by the values given. */
export function t(key, ...values) {
  const pattern = strings[key] ?? FALLBACK[key] ?? key;
  return pattern.replace(/\{(\d+)\}/g, (whole, index) =>
    Number(index) < values.length ? String(values[Number(index)]) : whole);
}

/** Elements written in the HTML with data-i18n="key" get their text from the bundle. */
function translateStaticText() {
  for (const element of document.querySelectorAll('[data-i18n]')) {
    const key = element.dataset.i18n;
    if (strings[key]) {
      element.textContent = strings[key];
    }
  }
}
