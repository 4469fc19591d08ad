// Speakers' portraits: drawings under /img/portraits/, named per module and speaker in
// portraits.json (the speaker's name is the part of a scene's `speaker` before the comma). A scene
// whose speaker has none shows the name alone.

import { request } from '../shared/http.js';

let manifest = { modules: {}, portraits: {} };

/** Loads the list once; without it every scene simply shows no portrait. */
export async function loadPortraits() {
  try {
    manifest = await request('GET', '/img/portraits/portraits.json');
  } catch {
    manifest = { modules: {}, portraits: {} };
  }
}

/** The portrait ({src, alt}) of a scene's speaker in a module, or null. */
export function portraitFor(moduleId, speaker) {
  const name = (speaker || '').split(',')[0].trim();
  const slug = manifest.modules?.[moduleId]?.[name];
  return (slug && manifest.portraits?.[slug]) || null;
}
