// The trainer page's strings, from src/main/resources/i18n/trainer.properties.

import { request } from '../player/api.js';

let strings = {};

export async function loadStrings(locale) {
  try {
    const bundle = await request('GET', `/api/i18n/trainer?locale=${encodeURIComponent(locale)}`);
    strings = bundle.strings || {};
    document.documentElement.lang = bundle.locale || 'en';
  } catch {
    strings = {};
  }
  for (const element of document.querySelectorAll('[data-i18n]')) {
    if (strings[element.dataset.i18n]) {
      element.textContent = strings[element.dataset.i18n];
    }
  }
}

/** The text for a key with {0}, {1}, ... filled in; the key itself when the bundle lacks it. */
export function t(key, ...values) {
  const pattern = strings[key] ?? key;
  return pattern.replace(/\{(\d+)\}/g, (whole, index) =>
    Number(index) < values.length ? String(values[Number(index)]) : whole);
}

/** A date and time in the page's language, or a dash. */
export function when(iso) {
  if (!iso) {
    return t('none');
  }
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
