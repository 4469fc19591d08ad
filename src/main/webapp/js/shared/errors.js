// Errors where they happened: a message goes next to the control that caused it, takes focus (so
// screen readers announce it and a phone scrolls it into view) and says what to do. Fields name
// their message element in aria-describedby; a form's other messages go in its .form-error.

/** Shows a message in an error element next to a control and moves focus to it. */
export function showError(element, message) {
  element.textContent = message;
  element.hidden = false;
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center' });
}

export function hideError(element) {
  element.textContent = '';
  element.hidden = true;
}

/** Removes every field and form message of a form. */
export function clearErrors(form) {
  for (const field of form.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
  }
  for (const message of form.querySelectorAll('.field-error, .form-error')) {
    hideError(message);
  }
}

function messageElementOf(field) {
  const ids = (field.getAttribute('aria-describedby') || '').split(/\s+/);
  return ids.map((id) => document.getElementById(id)).find((e) => e?.classList.contains('field-error'));
}

/**
 * Puts a failed request's messages into the form: each input error beside its field (marked
 * invalid), anything else in the form's .form-error. Focus goes to the first invalid field, or to
 * the form's message.
 */
export function showProblem(form, message, inputErrors = []) {
  clearErrors(form);
  let first = null;
  const unplaced = [];
  for (const error of inputErrors) {
    const field = error.field ? form.elements.namedItem(error.field) : null;
    const target = field && !(field instanceof RadioNodeList) ? messageElementOf(field) : null;
    if (target) {
      field.setAttribute('aria-invalid', 'true');
      target.textContent = `${target.textContent ? `${target.textContent} ` : ''}${error.message}.`;
      target.hidden = false;
      first = first || field;
    } else {
      unplaced.push(error.field ? `${error.field} ${error.message}.` : error.message);
    }
  }
  const formMessage = form.querySelector('.form-error');
  if (formMessage && (!first || unplaced.length)) {
    formMessage.textContent = [message, ...unplaced].filter(Boolean).join(' ');
    formMessage.hidden = false;
  }
  if (first) {
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  } else if (formMessage) {
    formMessage.setAttribute('tabindex', '-1');
    formMessage.focus({ preventScroll: true });
    formMessage.scrollIntoView({ block: 'center' });
  }
}

/**
 * Shows a message right after a control that has no form of its own (a button in a toolbar or a
 * table row), announced and focused; any earlier such message goes.
 */
export function showErrorAfter(control, message) {
  document.getElementById('control-error')?.remove();
  const error = document.createElement('p');
  error.id = 'control-error';
  error.className = 'inline-error';
  error.setAttribute('role', 'alert');
  error.setAttribute('tabindex', '-1');
  error.textContent = message;
  const holder = control.closest('td, .toolbar, p');
  if (holder) {
    holder.append(error);
  } else {
    control.after(error);
  }
  error.focus({ preventScroll: true });
  error.scrollIntoView({ block: 'center' });
}

export function clearErrorAfter() {
  document.getElementById('control-error')?.remove();
}
