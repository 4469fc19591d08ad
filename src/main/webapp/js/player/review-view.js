// The walk back of an assessment: after the ending, each choice made, in order, with what happened
// and its coaching, one per screen. Buttons move between them; the heading takes focus on each, so
// keyboard and screen-reader users start reading at the choice.

import { el } from './dom.js';
import { t } from './i18n.js';
import { feedbackPart } from './scene-view.js';

export function reviewView(attempt, { reviewIndex, onWalkBack, onEndReview }) {
  const path = attempt.path || [];
  const index = Math.min(Math.max(reviewIndex || 0, 0), path.length - 1);
  const step = path[index];
  const title = step.sceneTitle || t('ending.pathStepNumber', index + 1);
  const last = index === path.length - 1;
  return {
    view: el('section', { class: 'scene review', 'aria-labelledby': 'view-heading' },
      el('p', { class: 'eyebrow' }, t('review.position', index + 1, path.length)),
      el('h1', { id: 'view-heading', tabindex: '-1' }, title),
      el('p', { class: 'your-choice' }, t('feedback.youChose', step.choiceText)),
      feedbackPart('consequence', t('feedback.consequence'), step.consequenceHtml),
      feedbackPart('coaching', t('feedback.coaching'), step.coachingHtml)),
    controls: [
      last
        ? el('button', { type: 'button', class: 'primary', onClick: onEndReview }, t('review.done'))
        : el('button', { type: 'button', class: 'primary', onClick: () => onWalkBack(index + 1) }, t('review.next')),
      index > 0
        ? el('button', { type: 'button', class: 'secondary', onClick: () => onWalkBack(index - 1) }, t('review.previous'))
        : null,
      last ? null : el('button', { type: 'button', class: 'secondary', onClick: onEndReview }, t('review.done')),
    ],
  };
}
