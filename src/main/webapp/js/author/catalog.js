// The authoring catalog: every module with its state, and a form to begin a new one.

import { el, replaceChildren } from '../player/dom.js';
import { authoringClient, messageFor } from './api.js';
import { sessionToken } from './session.js';

const part = (id) => document.getElementById(id);
const api = authoringClient(sessionToken());

function stateText(module) {
  if (module.state === 'invalid') {
    return `Invalid: ${module.firstError?.message || 'see the editor'}`;
  }
  if (module.state === 'published') {
    return `Published, version ${module.latestVersion}`;
  }
  return module.latestVersion ? `Draft (changes since version ${module.latestVersion})` : 'Draft, never published';
}

function catalogTable(modules) {
  return el('table', { id: 'catalog-table' },
    el('caption', {}, `${modules.length} modules`),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Module'),
      el('th', { scope: 'col' }, 'State'),
      el('th', { scope: 'col' }, 'Source'))),
    el('tbody', {}, modules.map((module) => el('tr', {},
      el('th', { scope: 'row' },
        el('a', { href: `/author/edit.html?module=${encodeURIComponent(module.id)}` }, module.title),
        el('span', { class: 'hint' }, module.id)),
      el('td', { class: `state state-${module.state}` }, stateText(module)),
      el('td', {}, module.publishedFrom === 'EDITOR' ? 'Edited in the browser'
        : module.publishedFrom === 'FILE' ? 'File in content/' : 'Browser draft')))));
}

async function load() {
  try {
    const { json } = await api.catalog();
    replaceChildren(part('catalog'), catalogTable(json.modules));
    const select = part('new-copy');
    replaceChildren(select, el('option', { value: '' }, 'A blank module'),
      json.modules.map((module) => el('option', { value: module.id }, `A copy of “${module.title}”`)));
  } catch (error) {
    replaceChildren(part('catalog'));
    replaceChildren(part('alert'), el('p', {}, messageFor(error)));
  }
}

async function create(event) {
  event.preventDefault();
  const form = event.target;
  replaceChildren(part('alert'));
  const id = form.elements.id.value.trim();
  const title = form.elements.title.value.trim();
  if (!id || !title) {
    replaceChildren(part('alert'), el('p', {}, 'Give the new module an id and a title.'));
    (id ? form.elements.title : form.elements.id).focus();
    return;
  }
  try {
    await api.create(id, title, form.elements.copyOf.value || null);
    window.location.assign(`/author/edit.html?module=${encodeURIComponent(id)}`);
  } catch (error) {
    replaceChildren(part('alert'), el('p', {}, messageFor(error)));
    form.elements.id.focus();
  }
}

part('new-module').addEventListener('submit', create);
load();
