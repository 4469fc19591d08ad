// The ending: outcome, score against the passing mark, the path taken (in an assessment, with the
// walk back through each choice and its coaching), the reflection, the action plan, and "Try again".

import { el, trustedHtml } from './dom.js';
import { t } from './i18n.js';
import { countedTextForm } from './counted-text-form.js';
import { feedbackPart } from './scene-view.js';

export function endingView(attempt, {
  welcomeBack, onSaveReflection, onSaveActionPlan, onWalkBack, onTryAgain,
}) {
  const ending = attempt.ending;
  return {
    view: el('section', { class: 'ending', 'aria-labelledby': 'view-heading' },
      welcomeBack ? el('p', { class: 'note' }, t('resume.welcomeBack')) : null,
      el('p', { class: 'eyebrow' }, `${attempt.moduleTitle} \u00b7 ${t('ending.outcome')}`),
      el('h1', { id: 'view-heading', tabindex: '-1' }, ending.title),
      scoreBlock(ending, attempt.grade),
      trustedHtml('div', 'debrief', ending.debriefHtml),
      attempt.mode === 'ASSESSMENT' ? walkBackStart(attempt.path || [], onWalkBack) : null,
      pathTaken(attempt.path || []),
      actionPlanForm(attempt.actionPlan, onSaveActionPlan),
      el('section', { id: 'own-team', class: 'own-team', 'aria-labelledby': 'own-team-heading', hidden: true }),
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

// An assessment held the coaching back: the walk back shows it, one choice at a time.
function walkBackStart(path, onWalkBack) {
  if (!path.length) {
    return null;
  }
  return el('section', { class: 'walk-back-start', 'aria-labelledby': 'walk-back-heading' },
    el('h2', { id: 'walk-back-heading' }, t('review.start')),
    el('p', {}, t('review.intro')),
    el('button', { type: 'button', class: 'primary', onClick: () => onWalkBack(0) }, t('review.start')));
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

/**
 * Fills the ending's own-team section with a link to the manager's team page (insights/team.html,
 * opened with the same session), once the server has said the page would show them a team.
 */
export function offerOwnTeam(section, href) {
  section.replaceChildren(
    el('h2', { id: 'own-team-heading' }, t('ownTeam.heading')),
    el('p', {}, t('ownTeam.text')),
    el('p', {}, el('a', { href, class: 'own-team-link' }, t('ownTeam.link'))));
  section.hidden = false;
}

/** The server's limit (AttemptsResource.ReflectionRequest.MAX_LENGTH); a browser test checks both. */
export const REFLECTION_MAX_LENGTH = 10000;

/** The server's limit (AttemptsResource.ActionPlanRequest.MAX_LENGTH). */
export const ACTION_PLAN_MAX_LENGTH = 500;

function reflectionForm(ending, savedText, onSave) {
  return countedTextForm({
    id: 'reflection',
    keys: 'reflection',
    heading: t('reflection.heading'),
    prompt: ending.reflectionPrompt,
    label: t('reflection.label'),
    saveLabel: t('reflection.save'),
    max: REFLECTION_MAX_LENGTH,
    savedText,
    onSave,
  });
}

// One thing to do with their own team this week: personal, shown back at their next start.
function actionPlanForm(savedText, onSave) {
  return countedTextForm({
    id: 'plan',
    keys: 'plan',
    heading: t('plan.heading'),
    prompt: t('plan.prompt'),
    label: t('plan.label'),
    saveLabel: t('plan.save'),
    max: ACTION_PLAN_MAX_LENGTH,
    savedText,
    required: true,
    rows: '3',
    note: t('plan.private'),
    onSave,
  });
}
