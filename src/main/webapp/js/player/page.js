// The fixed parts of the player page (see play/index.html): alert, progress, the view area,
// the polite feedback region and the controls under it.

import { replaceChildren, el } from './dom.js';
import { t } from './i18n.js';

const part = (id) => document.getElementById(id);

/** Shows an error in the role=alert region, which screen readers announce at once. */
export function showAlert(message) {
  replaceChildren(part('alert'), el('p', {}, message));
}

export function clearAlert() {
  replaceChildren(part('alert'));
  clearInlineError();
}

const INLINE_ERROR = 'inline-error';

/** Removes the message shown next to a control, if any. */
export function clearInlineError() {
  document.getElementById(INLINE_ERROR)?.remove();
}

function reveal(message) {
  message.focus({ preventScroll: true });
  // Centred, so a phone shows the message and the control it is about together.
  message.scrollIntoView({ block: 'center' });
}

/**
 * Shows an error next to the control that caused it (a choice, a button under the lesson): inside
 * its group, or just after it. It is announced (role=alert) and takes focus, which also brings it
 * into view on a phone.
 */
export function showErrorNear(control, message) {
  clearInlineError();
  const error = el('p', { id: INLINE_ERROR, class: 'inline-error', role: 'alert', tabindex: '-1' }, message);
  const group = control && control.isConnected ? control.closest('fieldset, form, .controls') : null;
  if (group && group.matches('fieldset, form')) {
    group.append(error);
  } else {
    (group || part('controls')).after(error);
  }
  reveal(error);
}

/** A notice at the top of the lesson, e.g. why the page now shows another scene; takes focus. */
export function showNotice(message) {
  clearInlineError();
  const notice = el('p', { id: INLINE_ERROR, class: 'note', role: 'alert', tabindex: '-1' }, message);
  part('view').prepend(notice);
  reveal(notice);
}

/** The message for a failed API call: the problem's own detail when the server gave one. */
export function messageFor(apiProblem) {
  if (apiProblem.status === 0) {
    return t('error.network');
  }
  if (apiProblem.status === 401) {
    return t('error.sessionEnded');
  }
  return apiProblem.problem?.detail || t('error.generic');
}

/** Step text and bar; hidden on the intro, full on the ending. */
export function showProgress(attempt, phase) {
  const box = part('progress');
  const bar = part('progress-bar');
  const text = part('progress-text');
  if (phase === 'intro' || !attempt.progress) {
    box.hidden = true;
    return;
  }
  const finished = phase === 'ending' || phase === 'review';
  const percent = finished ? 100 : Math.round(attempt.progress.percent);
  // While feedback shows, the step just answered is the one the learner is still looking at.
  const stepNumber = phase === 'feedback' ? attempt.progress.stepsTaken : attempt.progress.stepsTaken + 1;
  bar.value = percent;
  text.textContent = finished ? t('progress.done') : t('progress', stepNumber, percent);
  box.hidden = false;
}

/** Replaces the view, the feedback region and the controls in one go. */
export function showView({ view = [], feedback = [], controls = [] }) {
  replaceChildren(part('view'), view);
  replaceChildren(part('feedback'), feedback);
  replaceChildren(part('controls'), controls);
  part('main').removeAttribute('aria-busy');
}

/** Moves focus to the new heading so keyboard and screen-reader users start reading there. */
export function focusHeading() {
  const heading = part('view').querySelector('h1');
  if (heading) {
    heading.focus();
  }
}

/** Disables every button in the view while a request is in flight (the server checks too). */
export function setBusy(busy) {
  for (const button of document.querySelectorAll('#view button, #controls button')) {
    button.disabled = busy;
  }
}

/** A page-level message in place of the lesson, e.g. when the page was opened without a session. */
export function showMessage(title, detail) {
  showView({
    view: el('section', { class: 'message', 'aria-labelledby': 'view-heading' },
      el('h1', { id: 'view-heading', tabindex: '-1' }, title),
      detail ? el('p', {}, detail) : null),
  });
  part('progress').hidden = true;
}
