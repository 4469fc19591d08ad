// The editing forms: module settings, a scene with its choices, an ending. Every control names
// the JSON pointer it edits (data-path) and how its text becomes a value (data-kind); fields the
// forms do not show stay in the document untouched.

import { el } from '../player/dom.js';
import { getAt } from './document.js';

const controlId = (path) => `f${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** Text of a value as its control shows it. */
function shown(kind, value) {
  if (value === undefined || value === null) {
    return '';
  }
  switch (kind) {
    case 'commas': return Array.isArray(value) ? value.join(', ') : String(value);
    case 'lines': return Array.isArray(value) ? value.join('\n') : String(value);
    case 'when': return Array.isArray(value) ? value.join('; ') : String(value);
    case 'effects': return Object.entries(value).map(([name, v]) => `${name}: ${v}`).join(', ');
    case 'next':
      return Array.isArray(value)
        ? value.map((route) => (route.when ? `when ${Array.isArray(route.when) ? route.when.join('; ') : route.when} goto ${route.goto}` : `goto ${route.goto}`)).join('\n')
        : String(value);
    default: return String(value);
  }
}

/** The value a control's text stands for; undefined removes the field. */
export function valueOf(kind, control) {
  if (kind === 'bool') {
    return control.checked;
  }
  const text = control.value;
  if (text.trim() === '') {
    return undefined;
  }
  switch (kind) {
    case 'int': return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : text;
    case 'effect-value': {
      const raw = text.trim();
      return raw === 'true' || raw === 'false' ? raw === 'true' : (/^-?\d+$/.test(raw) ? Number(raw) : raw);
    }
    case 'commas': return text.split(',').map((s) => s.trim()).filter(Boolean);
    case 'lines': return text.split('\n').map((s) => s.trim()).filter(Boolean);
    case 'when': {
      const parts = text.split(';').map((s) => s.trim()).filter(Boolean);
      return parts.length === 1 ? parts[0] : parts;
    }
    case 'effects': {
      const effects = {};
      for (const pair of text.split(',')) {
        const [name, raw] = pair.split(':').map((s) => (s || '').trim());
        if (name) {
          effects[name] = raw === 'true' || raw === 'false' ? raw === 'true' : (/^-?\d+$/.test(raw) ? Number(raw) : raw);
        }
      }
      return effects;
    }
    case 'next': {
      const lines = text.split('\n').map((s) => s.trim()).filter(Boolean);
      if (lines.length === 1 && !/^(when|goto)\s/.test(lines[0])) {
        return lines[0];
      }
      return lines.map((line) => {
        const match = /^(?:when\s+(.+?)\s+)?goto\s+(\S+)$/.exec(line);
        if (!match) {
          return { goto: line };
        }
        const when = match[1] ? match[1].split(';').map((s) => s.trim()).filter(Boolean) : null;
        return when ? { when: when.length === 1 ? when[0] : when, goto: match[2] } : { goto: match[2] };
      });
    }
    default: return text;
  }
}

function field(doc, { label, path, kind = 'text', hint, multiline, options, list, readonly }) {
  const id = controlId(path);
  const value = getAt(doc, path);
  const hintId = hint ? `${id}-hint` : null;
  let control;
  if (kind === 'bool') {
    control = el('input', { type: 'checkbox', id, checked: value === true });
  } else if (options) {
    control = el('select', { id }, options.map(([optionValue, text]) =>
      el('option', { value: optionValue, selected: String(value ?? '') === optionValue }, text)));
  } else if (multiline || kind === 'md' || kind === 'lines' || kind === 'next') {
    control = el('textarea', { id, rows: kind === 'md' ? 5 : 3 });
    control.value = shown(kind, value);
  } else {
    control = el('input', { id, type: kind === 'int' ? 'number' : 'text', value: shown(kind, value), list, readonly, autocomplete: 'off' });
  }
  control.dataset.path = path;
  control.dataset.kind = kind;
  if (hintId) {
    control.setAttribute('aria-describedby', hintId);
  }
  const parts = [
    el('label', { for: id }, label),
    control,
    hint ? el('span', { id: hintId, class: 'hint' }, hint) : null,
  ];
  if (kind === 'md') {
    parts.push(el('p', { class: 'md-preview-label', id: `${id}-preview-label` }, 'As learners see it:'),
      el('div', { class: 'md-preview', 'data-preview-for': id, role: 'region', 'aria-labelledby': `${id}-preview-label` }));
  }
  return el('div', { class: kind === 'bool' ? 'field check' : 'field' }, parts);
}

export function settingsForm(doc) {
  const nodeOptions = (doc.nodes || []).filter((node) => node.type !== 'end').map((node) => [node.id, node.title ? `${node.title} (${node.id})` : node.id]);
  const variables = Object.entries(doc.variables || {});
  return [
    field(doc, { label: 'Id', path: '/id', readonly: true, hint: 'The id names the module in the LMS; it cannot change.' }),
    field(doc, { label: 'Title', path: '/title' }),
    field(doc, { label: 'Summary', path: '/summary', multiline: true }),
    field(doc, { label: 'Minutes to finish', path: '/minutes', kind: 'int' }),
    field(doc, { label: 'Language', path: '/locale', hint: 'A language tag such as en or fr-CA.' }),
    field(doc, { label: 'Author', path: '/author' }),
    field(doc, { label: 'Tags', path: '/tags', kind: 'commas', hint: 'Separated by commas.' }),
    field(doc, { label: 'Learning objectives', path: '/objectives', kind: 'lines', hint: 'One per line.' }),
    field(doc, { label: 'Managers may step back to the previous scene', path: '/allowBack', kind: 'bool' }),
    el('fieldset', {}, el('legend', {}, 'Scoring'),
      field(doc, { label: 'Mode', path: '/scoring/mode', options: [['ending', 'The score of the ending reached'], ['choices', 'The sum of the choices’ scores']] }),
      field(doc, { label: 'Best possible score', path: '/scoring/maximum', kind: 'int' }),
      field(doc, { label: 'Passing score', path: '/scoring/passing', kind: 'int' })),
    field(doc, { label: 'First scene', path: '/start', options: nodeOptions }),
    el('fieldset', {}, el('legend', {}, 'Variables'),
      variables.length ? null : el('p', { class: 'hint' }, 'No variables yet.'),
      variables.map(([name]) => el('div', { class: 'variable' },
        field(doc, { label: `Type of ${name}`, path: `/variables/${name}/type`, options: [['integer', 'Number'], ['boolean', 'Yes / no']] }),
        field(doc, { label: `Initial value of ${name}`, path: `/variables/${name}/initial`, kind: 'effect-value' }),
        el('button', { type: 'button', class: 'secondary', 'data-action': 'remove-variable', 'data-name': name }, `Remove ${name}`))),
      el('div', { class: 'field' },
        el('label', { for: 'new-variable' }, 'New variable name'),
        el('input', { id: 'new-variable', autocomplete: 'off' })),
      el('button', { type: 'button', class: 'secondary', 'data-action': 'add-variable' }, 'Add variable')),
  ];
}

function choiceFieldset(doc, nodeIndex, choiceIndex, choiceCount) {
  const base = `/nodes/${nodeIndex}/choices/${choiceIndex}`;
  const choice = getAt(doc, base) || {};
  return el('fieldset', { class: 'choice-fields', id: `choice-${nodeIndex}-${choiceIndex}` },
    el('legend', {}, `Choice ${choiceIndex + 1}${choice.id ? `: ${choice.id}` : ''}`),
    field(doc, { label: 'Choice id', path: `${base}/id` }),
    field(doc, { label: 'What the manager does', path: `${base}/text`, multiline: true }),
    field(doc, { label: 'Leads to', path: `${base}/next`, kind: 'next', list: 'node-ids',
      hint: 'A node id; or conditional routes, one per line: "when trust >= 1 goto honest-talk", ending with "goto fallback".' }),
    field(doc, { label: 'Consequence (what happens, how people react)', path: `${base}/consequence`, kind: 'md' }),
    field(doc, { label: 'Coaching (why this works or not)', path: `${base}/coaching`, kind: 'md' }),
    field(doc, { label: 'Score', path: `${base}/score`, kind: 'int', hint: 'Counted when scoring sums the choices.' }),
    field(doc, { label: 'Effects on variables', path: `${base}/effects`, kind: 'effects', hint: 'e.g. trust: 1, escalated: true' }),
    field(doc, { label: 'Offered only when', path: `${base}/when`, kind: 'when', hint: 'e.g. trust >= 1; several conditions separated by ";".' }),
    el('div', { class: 'toolbar' },
      choiceIndex > 0 ? el('button', { type: 'button', class: 'secondary', 'data-action': 'move-choice-up', 'data-choice': choiceIndex }, `Move choice ${choiceIndex + 1} up`) : null,
      choiceCount > 0 ? el('button', { type: 'button', class: 'secondary', 'data-action': 'remove-choice', 'data-choice': choiceIndex }, `Remove choice ${choiceIndex + 1}`) : null));
}

export function nodeForm(doc, index) {
  const node = doc.nodes[index];
  const base = `/nodes/${index}`;
  const datalist = el('datalist', { id: 'node-ids' }, (doc.nodes || []).map((n) => el('option', { value: n.id })));
  const common = [
    datalist,
    field(doc, { label: node.type === 'end' ? 'Ending id' : 'Scene id', path: `${base}/id`, hint: 'Renaming updates every choice that leads here.' }),
    field(doc, { label: node.type === 'end' ? 'Outcome title' : 'Heading (optional)', path: `${base}/title` }),
  ];
  if (node.type === 'end') {
    return [...common,
      field(doc, { label: 'Debrief (what this outcome means)', path: `${base}/debrief`, kind: 'md' }),
      field(doc, { label: 'Score', path: `${base}/score`, kind: 'int' }),
      field(doc, { label: 'Reflection question', path: `${base}/reflection`, kind: 'md' }),
      el('div', { class: 'toolbar' },
        el('button', { type: 'button', class: 'secondary', 'data-action': 'preview-node' }, 'Preview from here'),
        el('button', { type: 'button', class: 'secondary', 'data-action': 'remove-node' }, 'Delete this ending'))];
  }
  const choices = node.choices || [];
  return [...common,
    field(doc, { label: 'Speaker (optional)', path: `${base}/speaker` }),
    field(doc, { label: 'Situation', path: `${base}/text`, kind: 'md' }),
    field(doc, { label: 'Picture address (optional)', path: `${base}/media/src` }),
    field(doc, { label: 'Picture description (alt text)', path: `${base}/media/alt` }),
    ...choices.map((_, j) => choiceFieldset(doc, index, j, choices.length)),
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', 'data-action': 'add-choice' }, 'Add a choice'),
      el('button', { type: 'button', class: 'secondary', 'data-action': 'preview-node' }, 'Preview from here'),
      el('button', { type: 'button', class: 'secondary', 'data-action': 'remove-node' }, 'Delete this scene'))];
}
