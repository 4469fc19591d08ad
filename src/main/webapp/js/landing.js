// The landing page's "Try it without an LMS": shown only when the server's development platform is
// on (GET /dev-platform/status answers 200), with the published modules to choose from. The form
// itself is a plain POST to /dev-platform/start, which starts a real LTI login.
// Messages live in the HTML (hidden paragraphs) so this script holds no UI text.

import { request } from './shared/http.js';

const section = document.getElementById('try-it');
const moduleSelect = document.getElementById('try-module');
const alertRegion = document.getElementById('try-it-alert');

async function developmentPlatformIsOn() {
  try {
    const status = await request('GET', '/dev-platform/status');
    return status.enabled === true;
  } catch {
    return false;
  }
}

async function loadModules() {
  try {
    const catalog = await request('GET', '/api/modules');
    moduleSelect.replaceChildren(...catalog.modules.map((module) => {
      const option = document.createElement('option');
      option.value = module.id;
      option.textContent = `${module.title} (${module.minutes} min)`;
      return option;
    }));
  } catch {
    moduleSelect.replaceChildren();
    const paragraph = document.createElement('p');
    paragraph.textContent = document.getElementById('try-it-failed').textContent.trim();
    alertRegion.replaceChildren(paragraph);
  }
}

if (await developmentPlatformIsOn()) {
  section.hidden = false;
  await loadModules();
}
