// Step 0: what the module is about, and the button that starts it.

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
      objectives.length
        ? [el('h2', {}, t('intro.objectives')), el('ul', { class: 'objectives' }, objectives.map((o) => el('li', {}, o)))]
        : null),
    controls: el('button', { type: 'button', class: 'primary', onClick: onBegin }, t('intro.begin')),
  };
}
