// A labelled text box with its limit, a counter towards it and its error under the box: the
// ending's reflection and action plan. Going over is said in words, not only in colour; a refusal
// (too long, empty, or the save failed) appears under the box, which takes focus.

import { el } from './dom.js';
import { t } from './i18n.js';

/**
 * @param {object} options
 * @param {string} options.id prefix of every element id (`${id}-text`, `${id}-count`, ...)
 * @param {string} options.keys prefix of the strings: `${keys}.count`, `${keys}.over`, and
 *   `${keys}.empty` when `required`
 */
export function countedTextForm({
  id, keys, heading, prompt, label, saveLabel, max, savedText, required = false, rows = '6',
  note = null, onSave,
}) {
  const status = el('p', { class: 'save-status', id: `${id}-status`, role: 'status' });
  const count = el('p', { class: 'reflection-count', id: `${id}-count` });
  const error = el('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const textarea = el('textarea', {
    id: `${id}-text`,
    name: id,
    rows,
    'aria-describedby': `${id}-prompt ${id}-count ${id}-error`,
  });
  textarea.value = savedText || '';
  const length = () => textarea.value.trim().length;
  const number = (n) => n.toLocaleString(document.documentElement.lang || 'en');
  const updateCount = () => {
    const over = length() - max;
    count.textContent = over > 0
      ? t(`${keys}.over`, number(over), number(max))
      : t(`${keys}.count`, number(length()), number(max));
    count.classList.toggle('over', over > 0);
  };
  const refuse = (message) => {
    error.textContent = message;
    error.hidden = false;
    textarea.setAttribute('aria-invalid', 'true');
    textarea.focus({ preventScroll: true });
    textarea.scrollIntoView({ block: 'center' });
  };
  updateCount();
  textarea.addEventListener('input', () => {
    // Editing after a save makes the "Saved" note untrue, so it goes.
    status.textContent = '';
    updateCount();
    if (!error.hidden && length() <= max && (!required || length() > 0)) {
      error.hidden = true;
      textarea.removeAttribute('aria-invalid');
    }
  });
  const form = el('form', { class: `reflection ${id}`, 'aria-labelledby': `${id}-heading`, novalidate: true },
    el('h2', { id: `${id}-heading` }, heading),
    el('p', { id: `${id}-prompt`, class: 'prompt' }, prompt),
    el('label', { for: `${id}-text` }, label),
    textarea,
    count,
    error,
    note ? el('p', { class: 'meta' }, note) : null,
    el('div', { class: 'save-row' },
      el('button', { type: 'submit', class: 'primary' }, saveLabel),
      status));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    textarea.removeAttribute('aria-invalid');
    if (length() > max) {
      refuse(count.textContent);
      return;
    }
    if (required && length() === 0) {
      refuse(t(`${keys}.empty`));
      return;
    }
    onSave(textarea.value, { status, refuse });
  });
  return form;
}
