// The ending: outcome, score against the passing mark, the path taken, the reflection, and
// "Try again".

import { el, trustedHtml } from './dom.js';
import { t } from './i18n.js';
import { feedbackPart } from './scene-view.js';

export function endingView(attempt, { welcomeBack, onSaveReflection, onTryAgain }) {
  const ending = attempt.ending;
  return {
    view: el('section', { class: 'ending', 'aria-labelledby': 'view-heading' },
      welcomeBack ? el('p', { class: 'note' }, t('resume.welcomeBack')) : null,
      el('p', { class: 'eyebrow' }, `${attempt.moduleTitle} \u00b7 ${t('ending.outcome')}`),
      el('h1', { id: 'view-heading', tabindex: '-1' }, ending.title),
      scoreBlock(ending, attempt.grade),
      trustedHtml('div', 'debrief', ending.debriefHtml),
      pathTaken(attempt.path || []),
      reflectionForm(ending, attempt.reflection, onSaveReflection),
      el('p', { class: 'try-again' },
        el('button', { type: 'button', class: 'secondary', onClick: onTryAgain }, t('tryAgain')))),
  };
}

// The result is said in words (badge and sentence); the colour only repeats it.
function scoreBlock(ending, grade) {
  const key = ending.passed ? 'ending.passed' : 'ending.notPassed';
  return el('section', { class: `score ${ending.passed ? 'passed' : 'not-passed'}`, 'aria-labelledby': 'score-heading' },
    el('h2', { id: 'score-heading' }, t('ending.score')),
    el('p', { class: 'badge' }, t(ending.passed ? 'ending.passedBadge' : 'ending.notPassedBadge')),
    el('p', { class: 'score-line' }, t(key, ending.score, ending.maximum, ending.passing)),
    gradeLine(grade));
}

// The course grade is the figure the LMS gradebook shows, which may be another attempt's score.
function gradeLine(grade) {
  if (!grade) {
    return null;
  }
  if (!grade.sentToLms) {
    return el('p', { class: 'grade-line' }, t('ending.gradeUnsent'));
  }
  let key = 'ending.gradeLatest';
  if (grade.policy === 'BEST') {
    key = grade.completions > 1 ? 'ending.gradeBest' : 'ending.gradeBestOne';
  }
  return el('p', { class: 'grade-line', 'data-grade': String(grade.score) },
    t(key, grade.score, grade.maximum, grade.completions));
}

// Each step folds open to its consequence and coaching, so the summary stays short on phones.
function pathTaken(path) {
  if (!path.length) {
    return null;
  }
  return el('section', { class: 'path', 'aria-labelledby': 'path-heading' },
    el('h2', { id: 'path-heading' }, t('ending.path')),
    el('ol', { class: 'path-list' }, path.map((step, index) => el('li', {},
      el('details', {},
        el('summary', {},
          step.sceneTitle ? t('ending.pathStep', index + 1, step.sceneTitle) : t('ending.pathStepNumber', index + 1),
          ' ',
          el('span', { class: 'path-choice' }, t('ending.pathChoice', step.choiceText))),
        feedbackPart('consequence', t('feedback.consequence'), step.consequenceHtml, 'h3'),
        feedbackPart('coaching', t('feedback.coaching'), step.coachingHtml, 'h3'))))));
}

/** The server's limit (AttemptsResource.ReflectionRequest.MAX_LENGTH); a browser test checks both. */
export const REFLECTION_MAX_LENGTH = 10000;

// The box shows its limit and counts towards it; going over is said in words, not only in colour.
// Errors (too long, or the save failed) appear under the box, which takes focus.
function reflectionForm(ending, savedText, onSave) {
  const status = el('p', { class: 'save-status', id: 'reflection-status', role: 'status' });
  const count = el('p', { class: 'reflection-count', id: 'reflection-count' });
  const error = el('p', { class: 'field-error', id: 'reflection-error', hidden: true });
  const textarea = el('textarea', {
    id: 'reflection-text',
    name: 'reflection',
    rows: '6',
    'aria-describedby': 'reflection-prompt reflection-count reflection-error',
  });
  textarea.value = savedText || '';
  const length = () => textarea.value.trim().length;
  const number = (n) => n.toLocaleString(document.documentElement.lang || 'en');
  const updateCount = () => {
    const over = length() - REFLECTION_MAX_LENGTH;
    count.textContent = over > 0
      ? t('reflection.over', number(over), number(REFLECTION_MAX_LENGTH))
      : t('reflection.count', number(length()), number(REFLECTION_MAX_LENGTH));
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
    if (!error.hidden && length() <= REFLECTION_MAX_LENGTH) {
      error.hidden = true;
      textarea.removeAttribute('aria-invalid');
    }
  });
  const form = el('form', { class: 'reflection', 'aria-labelledby': 'reflection-heading', novalidate: true },
    el('h2', { id: 'reflection-heading' }, t('reflection.heading')),
    el('p', { id: 'reflection-prompt', class: 'prompt' }, ending.reflectionPrompt),
    el('label', { for: 'reflection-text' }, t('reflection.label')),
    textarea,
    count,
    error,
    el('div', { class: 'save-row' },
      el('button', { type: 'submit', class: 'primary' }, t('reflection.save')),
      status));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    textarea.removeAttribute('aria-invalid');
    if (length() > REFLECTION_MAX_LENGTH) {
      refuse(count.textContent);
      return;
    }
    onSave(textarea.value, { status, refuse });
  });
  return form;
}
