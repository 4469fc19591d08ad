// Developer sign-in (dev/index.html): signs in as a made-up person without an LMS and opens the
// player the way an LTI launch would, with the session token in the URL fragment.
// The messages live in the HTML (hidden paragraphs) so this script holds no UI text.

import { request } from './player/api.js';

const form = document.getElementById('sign-in');
const moduleSelect = document.getElementById('module');
const alertRegion = document.getElementById('sign-in-alert');

/** Copies one of the page's hidden messages, or a server's detail, into the alert region. */
function alertWith(messageId, detail) {
  const text = detail || document.getElementById(messageId).textContent.trim();
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  alertRegion.replaceChildren(paragraph);
}

async function loadModules() {
  try {
    const catalog = await request('GET', '/api/modules');
    const options = catalog.modules.map((module) => {
      const option = document.createElement('option');
      option.value = module.id;
      option.textContent = `${module.title} (${module.minutes} min)`;
      return option;
    });
    moduleSelect.replaceChildren(...options);
  } catch {
    moduleSelect.replaceChildren();
    alertWith('modules-failed');
  }
}

async function signIn(event) {
  event.preventDefault();
  alertRegion.replaceChildren();
  const name = form.elements.name.value.trim();
  const role = form.elements.role.value;
  const moduleId = moduleSelect.value;
  if (!name || !moduleId) {
    alertWith('form-incomplete');
    return;
  }
  try {
    const session = await request('POST', '/api/dev/sign-in', { name, role });
    window.location.assign(
      `/play/?module=${encodeURIComponent(moduleId)}#session=${encodeURIComponent(session.token)}`);
  } catch (error) {
    if (error.status === 404) {
      alertWith('sign-in-disabled');
    } else {
      alertWith('sign-in-failed', error.problem?.detail);
    }
  }
}

form.addEventListener('submit', signIn);
loadModules();
