// Version history with each version's file, and a readable diff between two versions.

import { el, replaceChildren } from '../player/dom.js';
import { download, messageFor } from './api.js';

export function createVersions({ api, moduleId, list, form, output }) {
  async function exportVersion(version) {
    try {
      const { text } = await api.exportYaml(moduleId, version);
      download(`${moduleId}.yaml`, text, 'application/yaml');
    } catch (error) {
      output.textContent = messageFor(error);
    }
  }

  async function load() {
    const { json } = await api.versions(moduleId);
    const versions = json.versions;
    replaceChildren(list, versions.length ? el('ul', {}, versions.map((v) => el('li', {},
      `Version ${v.version}, ${new Date(v.publishedAt).toLocaleString()}, ${v.publishedFrom === 'EDITOR' ? 'published in the editor' : 'from its file'} `,
      el('button', { type: 'button', class: 'link-button', onClick: () => exportVersion(v.version) }, `Export version ${v.version}`))))
      : el('p', {}, 'Not published yet.'));
    const options = () => versions.map((v) => el('option', { value: String(v.version) }, `Version ${v.version}`));
    replaceChildren(form.elements.from, options());
    replaceChildren(form.elements.to, options());
    if (versions.length > 1) {
      form.elements.from.value = String(versions[versions.length - 2].version);
      form.elements.to.value = String(versions[versions.length - 1].version);
    }
    form.hidden = versions.length < 2;
    return versions;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const { json } = await api.diff(moduleId, form.elements.from.value, form.elements.to.value);
      replaceChildren(output, json.changes.length ? el('ul', { class: 'diff-list' }, json.changes.map((change) => el('li', {},
        el('strong', {}, `${change.where}: `),
        `${change.field ? `${change.field} ` : ''}${change.kind}`,
        change.before !== null && change.before !== undefined ? [' — was ', el('del', {}, change.before)] : null,
        change.after !== null && change.after !== undefined ? [' — now ', el('ins', {}, change.after)] : null)))
        : el('p', {}, 'These versions are the same.'));
    } catch (error) {
      output.textContent = messageFor(error);
    }
  });

  return { load };
}
