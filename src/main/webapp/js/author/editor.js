// The module editor: forms beside the scenario map, live validation by the server's validator,
// Markdown previews through the player's renderer and sanitizer, autosave with optimistic
// locking, preview as a learner, publishing, import / export, versions and learners' figures.

import { el, replaceChildren } from '../player/dom.js';
import { authoringClient, download, messageFor } from './api.js';
import { freshId, getAt, renameNode, setAt } from './document.js';
import { nodeForm, settingsForm, valueOf } from './forms.js';
import { createMap } from './graph.js';
import { createLearners } from './learners.js';
import { createPreview } from './preview.js';
import { sessionToken } from './session.js';
import { createVersions } from './versions.js';

const AUTOSAVE_MILLIS = 800;
const part = (id) => document.getElementById(id);
const moduleId = new URLSearchParams(window.location.search).get('module') || '';
const api = authoringClient(sessionToken());

let doc = null;
let etag = null;
let latest = null;
let dirty = false;
let saving = null;
let saveAgain = false;
let saveTimer = null;
let conflict = null;
let errors = [];
let figures = null;
let selectedNode = null;
const previewTimers = new Map();

const map = createMap(part('graph'), part('outline'), { onSelect: (nodeId) => select(nodeId, true) });
const versions = createVersions({ api, moduleId, list: part('versions'), form: part('diff-form'), output: part('diff') });
const learners = createLearners({ api, moduleId, section: part('learners-section'),
  onFigures: (loaded) => { figures = loaded; redraw(); } });
const preview = createPreview({ api, moduleId, section: part('preview-section'),
  variablesPart: part('preview-variables'), screenPart: part('preview'), beforeStart: () => saveNow() });

function showAlert(message, details = []) {
  replaceChildren(part('alert'), message ? el('p', {}, message) : null,
    details.length ? el('ul', {}, details.map((detail) => el('li', {}, detail))) : null);
}

function setSaveState(text) {
  part('save-state').textContent = text;
}

function describe(draft) {
  const published = draft.latestVersion
    ? (draft.changedSincePublished ? `changes since version ${draft.latestVersion}` : `same as published version ${draft.latestVersion}`)
    : 'never published';
  return `${draft.valid ? 'Valid' : `${draft.errors.length} problem(s)`}, ${published}.`;
}

// ---- Validation ----

function nodeIndex(nodeId) {
  return (doc.nodes || []).findIndex((node) => node.id === nodeId);
}

function goToError(error) {
  const match = /^\/nodes\/(\d+)/.exec(error.field || '');
  const index = match ? Number(match[1]) : nodeIndex(error.node);
  if (index >= 0 && doc.nodes[index]) {
    select(doc.nodes[index].id, false);
  } else {
    showSettings(false);
  }
  const controls = [...part('form').querySelectorAll('[data-path]')];
  const target = controls.find((c) => c.dataset.path === error.field)
    || controls.filter((c) => error.field && error.field.startsWith(`${c.dataset.path}/`)).pop()
    || controls.find((c) => error.field && c.dataset.path.startsWith(`${error.field}/`))
    || part('form-heading');
  target.focus();
}

function renderProblems() {
  if (!errors.length) {
    replaceChildren(part('problems'), el('p', { class: 'ok' }, 'No problems: this draft can be published.'));
    return;
  }
  replaceChildren(part('problems'), el('ul', { class: 'problems-list' }, errors.map((error) => el('li', {},
    el('button', { type: 'button', class: 'link-button', onClick: () => goToError(error) },
      error.node ? `In “${error.node}”` : 'In the settings'),
    `: ${error.message}`))));
}

function markFieldErrors() {
  const form = part('form');
  form.querySelectorAll('.field-error').forEach((message) => message.remove());
  for (const control of form.querySelectorAll('[data-path]')) {
    const own = errors.filter((error) => error.field === control.dataset.path);
    const hint = control.getAttribute('aria-describedby')?.split(' ').filter((id) => !id.endsWith('-error')).join(' ') || '';
    if (own.length) {
      const messageId = `${control.id}-error`;
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', `${hint} ${messageId}`.trim());
      control.after(el('p', { class: 'field-error', id: messageId }, own.map((error) => error.message).join(' ')));
    } else {
      control.removeAttribute('aria-invalid');
      if (hint) {
        control.setAttribute('aria-describedby', hint);
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
  }
}

function applyCheck(draft) {
  errors = draft.errors || [];
  latest = draft.latestVersion;
  renderProblems();
  markFieldErrors();
  redraw();
  return draft;
}

function redraw() {
  map.draw(doc, { errors, figures: part('show-learners').checked ? figures : null, selectedId: selectedNode });
}

// ---- Forms ----

function renderForm(focusPath) {
  const form = part('form');
  const index = selectedNode === null ? -1 : nodeIndex(selectedNode);
  if (index < 0) {
    selectedNode = null;
    part('form-heading').textContent = 'Module settings';
    replaceChildren(form, settingsForm(doc));
  } else {
    const node = doc.nodes[index];
    part('form-heading').textContent = `${node.type === 'end' ? 'Ending' : 'Scene'} “${node.title || node.id}”`;
    replaceChildren(form, nodeForm(doc, index));
  }
  form.querySelectorAll('[data-path$="/id"]').forEach((control) => { control.dataset.original = control.value; });
  form.querySelectorAll('[data-kind=md]').forEach((control) => renderMarkdown(control));
  markFieldErrors();
  if (focusPath) {
    form.querySelector(`[data-path="${CSS.escape(focusPath)}"]`)?.focus();
  }
}

function renderMarkdown(control) {
  clearTimeout(previewTimers.get(control.id));
  previewTimers.set(control.id, setTimeout(async () => {
    const target = document.querySelector(`[data-preview-for="${CSS.escape(control.id)}"]`);
    if (!target) {
      return;
    }
    try {
      const { json } = await api.render(control.value);
      // The server's renderer escaped raw HTML and its sanitizer kept only a few safe tags.
      target.innerHTML = json.html;
    } catch {
      target.textContent = '';
    }
  }, 250));
}

function select(nodeId, focusHeading) {
  selectedNode = nodeId;
  renderForm();
  redraw();
  if (focusHeading) {
    part('form-heading').focus();
  }
}

function showSettings(focusHeading) {
  selectedNode = null;
  renderForm();
  redraw();
  if (focusHeading) {
    part('form-heading').focus();
  }
}

function changed() {
  dirty = true;
  setSaveState('Unsaved changes…');
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => saveNow(), AUTOSAVE_MILLIS);
}

function onInput(event) {
  const control = event.target;
  if (!control.dataset?.path) {
    return;
  }
  setAt(doc, control.dataset.path, valueOf(control.dataset.kind, control));
  if (/^\/nodes\/\d+\/media\//.test(control.dataset.path)) {
    const mediaPath = control.dataset.path.replace(/\/(src|alt)$/, '');
    const media = getAt(doc, mediaPath);
    if (media && Object.keys(media).length === 0) {
      setAt(doc, mediaPath, undefined);
    }
  }
  if (control.dataset.kind === 'md') {
    renderMarkdown(control);
  }
  changed();
}

function onChange(event) {
  const control = event.target;
  const path = control.dataset?.path || '';
  if (/^\/nodes\/\d+\/id$/.test(path) && control.dataset.original && control.value && control.value !== control.dataset.original) {
    renameNode(doc, control.dataset.original, control.value);
    selectedNode = control.value;
    renderForm(path);
    redraw();
    changed();
  }
}

function onAction(event) {
  const button = event.target.closest('button[data-action]');
  if (!button) {
    return;
  }
  const index = nodeIndex(selectedNode);
  const node = doc.nodes?.[index];
  switch (button.dataset.action) {
    case 'add-choice': {
      node.choices = node.choices || [];
      const target = doc.nodes.find((n) => n.type === 'end')?.id || '';
      node.choices.push({ id: freshId(doc, 'choice'), text: '', next: target, consequence: '', coaching: '' });
      renderForm(`/nodes/${index}/choices/${node.choices.length - 1}/text`);
      break;
    }
    case 'remove-choice':
      node.choices.splice(Number(button.dataset.choice), 1);
      renderForm();
      part('form-heading').focus();
      break;
    case 'move-choice-up': {
      const j = Number(button.dataset.choice);
      [node.choices[j - 1], node.choices[j]] = [node.choices[j], node.choices[j - 1]];
      renderForm(`/nodes/${index}/choices/${j - 1}/text`);
      break;
    }
    case 'remove-node':
      doc.nodes.splice(index, 1);
      showSettings(true);
      break;
    case 'preview-node':
      preview.open(doc, selectedNode);
      return;
    case 'add-variable': {
      const name = part('new-variable').value.trim();
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
        showAlert('A variable name is letters, digits and underscores, starting with a letter.');
        part('new-variable').focus();
        return;
      }
      doc.variables = doc.variables || {};
      doc.variables[name] = { type: 'integer', initial: 0 };
      renderForm(`/variables/${name}/type`);
      break;
    }
    case 'remove-variable':
      delete doc.variables[button.dataset.name];
      if (!Object.keys(doc.variables).length) {
        delete doc.variables;
      }
      renderForm();
      part('form-heading').focus();
      break;
    default:
      return;
  }
  redraw();
  changed();
}

function addNode(type) {
  doc.nodes = doc.nodes || [];
  const id = freshId(doc, type === 'end' ? 'ending' : 'scene');
  doc.nodes.push(type === 'end'
    ? { id, type: 'end', title: '', debrief: '', score: 0, reflection: '' }
    : { id, type: 'scene', text: '', choices: [] });
  selectedNode = id;
  renderForm(`/nodes/${doc.nodes.length - 1}/id`);
  redraw();
  changed();
}

// ---- Saving, conflicts ----

async function saveNow({ keepalive = false } = {}) {
  clearTimeout(saveTimer);
  if (conflict || !dirty || !doc) {
    return saving;
  }
  if (saving) {
    saveAgain = true;
    return saving;
  }
  dirty = false;
  setSaveState('Saving…');
  saving = api.save(moduleId, etag, doc, keepalive)
    .then(({ json, etag: tag }) => {
      etag = tag;
      applyCheck(json);
      setSaveState(`Saved at ${new Date().toLocaleTimeString()} (revision ${tag}). ${describe(json)}`);
    })
    .catch((error) => {
      dirty = true;
      if (error.status === 412) {
        showConflict(error.problem);
      } else if (error.status === 0) {
        setSaveState('Not saved: the server cannot be reached. Trying again in a few seconds…');
        saveTimer = setTimeout(() => saveNow(), 5000);
      } else {
        setSaveState('Not saved.');
        showAlert(messageFor(error));
      }
    })
    .finally(() => {
      saving = null;
      if (saveAgain) {
        saveAgain = false;
        saveNow();
      }
    });
  return saving;
}

function showConflict(problem) {
  conflict = { mine: JSON.parse(JSON.stringify(doc)), theirs: problem.current };
  setSaveState('Not saved: someone else saved this draft.');
  part('conflict-text').textContent = problem.detail;
  part('conflict-mine-copy').hidden = true;
  part('conflict').hidden = false;
  part('conflict-theirs').focus();
}

function loadTheirs() {
  const { theirs } = conflict;
  // What the trainer has typed up to now, including after the conflict was shown.
  const mine = JSON.parse(JSON.stringify(doc));
  conflict = null;
  doc = theirs.document;
  etag = theirs.revision;
  dirty = false;
  part('conflict-mine-text').value = JSON.stringify(mine, null, 2);
  part('conflict-mine-copy').hidden = false;
  part('conflict-mine-text').dataset.mine = JSON.stringify(mine);
  applyCheck(theirs);
  renderForm();
  setSaveState(`Showing their version (revision ${theirs.revision}). Yours is kept below.`);
  part('conflict-mine-text').focus();
}

function keepMine(mine) {
  const theirs = conflict ? conflict.theirs : null;
  if (theirs) {
    etag = theirs.revision;
  }
  conflict = null;
  doc = mine;
  part('conflict').hidden = true;
  renderForm();
  dirty = true;
  saveNow();
  part('form-heading').focus();
}

// ---- Publish, import, export ----

async function publish() {
  await saveNow();
  if (saving) {
    await saving;
  }
  if (conflict) {
    return;
  }
  if (errors.length) {
    showAlert('Fix the problems listed under Validation before publishing.');
    part('problems-heading').focus();
    return;
  }
  try {
    const { json } = await api.publish(moduleId, etag);
    showAlert('');
    setSaveState(`Published as version ${json.version}. Managers who already started keep their version.`);
    await reload();
  } catch (error) {
    showAlert(messageFor(error), (error.problem?.errors || []).map((e) => e.message));
  }
}

async function exportYaml() {
  await saveNow();
  try {
    const { text } = await api.exportYaml(moduleId);
    download(`${moduleId}.yaml`, text, 'application/yaml');
  } catch (error) {
    showAlert(messageFor(error));
  }
}

async function importYaml(event) {
  const file = event.target.files[0];
  event.target.value = '';
  if (!file) {
    return;
  }
  await saveNow();
  try {
    const { json, etag: tag } = await api.importYaml(moduleId, etag, await file.text());
    doc = json.document;
    etag = tag;
    applyCheck(json);
    renderForm();
    showAlert('');
    setSaveState(`Imported ${file.name} (revision ${tag}). ${describe(json)}`);
  } catch (error) {
    if (error.status === 412) {
      showConflict(error.problem);
      return;
    }
    showAlert(`${file.name} was not imported, and the draft is unchanged: ${messageFor(error)}`,
      (error.problem?.errors || []).map((e) => `Line ${e.line}, column ${e.column}: ${e.message}`));
  }
}

async function reload() {
  const { json, etag: tag } = await api.draft(moduleId);
  doc = json.document;
  etag = tag;
  applyCheck(json);
  const list = await versions.load();
  learners.setVersions(list);
  part('page-heading').textContent = `Edit “${doc.title || moduleId}”`;
  document.title = `${doc.title || moduleId} — Firstline authoring`;
  return json;
}

async function start() {
  part('main').removeAttribute('aria-busy');
  try {
    const draft = await reload();
    renderForm();
    setSaveState(describe(draft));
  } catch (error) {
    showAlert(messageFor(error));
    return;
  }
  const form = part('form');
  form.addEventListener('input', onInput);
  form.addEventListener('change', onChange);
  form.addEventListener('click', onAction);
  form.addEventListener('submit', (event) => event.preventDefault());
  part('edit-settings').addEventListener('click', () => showSettings(true));
  part('add-scene').addEventListener('click', () => addNode('scene'));
  part('add-ending').addEventListener('click', () => addNode('end'));
  part('publish').addEventListener('click', publish);
  part('export').addEventListener('click', exportYaml);
  part('import-file').addEventListener('change', importYaml);
  part('preview-start').addEventListener('click', () => preview.open(doc, null));
  part('preview-close').addEventListener('click', () => { preview.close(); part('preview-start').focus(); });
  part('conflict-theirs').addEventListener('click', loadTheirs);
  part('conflict-mine').addEventListener('click', () => keepMine(doc));
  part('conflict-restore').addEventListener('click', () => {
    keepMine(JSON.parse(part('conflict-mine-text').dataset.mine));
    part('conflict-mine-copy').hidden = true;
  });
  part('show-learners').addEventListener('change', (event) => {
    part('learners-section').hidden = !event.target.checked;
    if (event.target.checked) {
      learners.load(doc);
    } else {
      redraw();
    }
  });
  learners.bind(() => doc);
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      dirty = dirty || !!saveTimer;
      saveNow();
    }
  });
  // Closing or hiding the tab sends what is not saved yet; keepalive lets it outlive the page.
  const flush = () => {
    if (dirty && !conflict) {
      saveNow({ keepalive: true });
    }
  };
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      flush();
    }
  });
}

start();
