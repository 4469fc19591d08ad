// Step 0: what the module is about, and the button that starts it. A manager who wrote an action
// plan at the end of their last module sees it here, with the question of how it went.

import { el } from './dom.js';
import { t } from './i18n.js';

export function introView(attempt, { onBegin }) {
  const intro = attempt.intro || { title: attempt.moduleTitle, objectives: [] };
  const objectives = intro.objectives || [];
  return {
    view: el('section', { class: 'intro', 'aria-labelledby': 'view-heading' },
      el('h1', { id: 'view-heading', tabindex: '-1' }, intro.title || attempt.moduleTitle),
      intro.summary ? el('p', { class: 'lead' }, intro.summary) : null,
      intro.minutes ? el('p', { class: 'meta' }, t('intro.minutes', intro.minutes)) : null,
      previousPlan(attempt.previousPlan),
      attempt.mode === 'ASSESSMENT' ? el('p', { class: 'note mode-note' }, t('intro.assessment')) : null,
      objectives.length
        ? [el('h2', {}, t('intro.objectives')), el('ul', { class: 'objectives' }, objectives.map((o) => el('li', {}, o)))]
        : null),
    controls: el('button', { type: 'button', class: 'primary', onClick: onBegin }, t('intro.begin')),
  };
}

function previousPlan(plan) {
  if (!plan) {
    return null;
  }
  return el('section', { class: 'previous-plan', 'aria-labelledby': 'previous-plan-heading' },
    el('h2', { id: 'previous-plan-heading' }, t('intro.lastPlanHeading')),
    el('p', {}, t('intro.lastPlan', plan.text, plan.moduleTitle)));
}
