// A scene with its choices, and the feedback shown after a choice is made.

import { el, trustedHtml } from './dom.js';
import { t } from './i18n.js';
import { portraitFor } from './portraits.js';

/** The situation and the choices, as one labelled group of buttons: one press submits. */
export function sceneView(attempt, { welcomeBack, onChoose, onBack }) {
  const scene = attempt.scene;
  return {
    view: el('section', { class: 'scene', 'aria-labelledby': 'view-heading' },
      welcomeBack ? el('p', { class: 'note' }, t('resume.welcomeBack')) : null,
      moduleLine(attempt, scene.title),
      el('h1', { id: 'view-heading', tabindex: '-1' }, scene.title || attempt.moduleTitle),
      speakerLine(attempt.moduleId, scene.speaker),
      scene.media ? el('img', { class: 'scene-media', src: scene.media.src, alt: scene.media.alt || '' }) : null,
      trustedHtml('div', 'situation', scene.html),
      resourceCards(scene.resources),
      el('fieldset', { class: 'choices' },
        el('legend', {}, t('choices.legend')),
        el('ul', { class: 'choice-list' },
          scene.choices.map((choice) => el('li', {},
            el('button', { type: 'button', class: 'choice', onClick: () => onChoose(choice) }, choice.text)))))),
    controls: backButton(attempt, onBack),
  };
}

/**
 * What the last choice led to. The consequence and the coaching go into the polite live region
 * so they are read out; each is labelled in words, not told apart by colour alone.
 */
export function feedbackView(attempt, { welcomeBack, onContinue, onBack }) {
  const feedback = attempt.lastFeedback;
  const path = attempt.path || [];
  const lastStep = path[path.length - 1];
  const title = lastStep?.sceneTitle || attempt.moduleTitle;
  return {
    view: el('section', { class: 'scene', 'aria-labelledby': 'view-heading' },
      welcomeBack ? el('p', { class: 'note' }, t('resume.welcomeBack')) : null,
      moduleLine(attempt, title),
      el('h1', { id: 'view-heading', tabindex: '-1' }, title)),
    feedback: el('div', { class: 'feedback-body' },
      el('p', { class: 'your-choice' }, t('feedback.youChose', feedback.choiceText)),
      feedbackPart('consequence', t('feedback.consequence'), feedback.consequenceHtml),
      // An assessment's coaching is not sent before the ending, and the choice that reaches the
      // ending keeps it for the walk back too, like every other: the page says when it comes.
      attempt.mode === 'ASSESSMENT' || feedback.coachingHtml == null
        ? el('p', { class: 'note coaching-later' }, t('feedback.coachingLater'))
        : feedbackPart('coaching', t('feedback.coaching'), feedback.coachingHtml)),
    controls: [
      el('button', { type: 'button', class: 'primary', onClick: onContinue }, t('continue')),
      backButton(attempt, onBack),
    ],
  };
}

/** One labelled block of feedback; also used for each step of the path on the ending. */
export function feedbackPart(kind, label, html, headingLevel = 'h2') {
  return el('section', { class: `feedback-part ${kind}` },
    el(headingLevel, { class: 'feedback-label' }, label),
    trustedHtml('div', 'feedback-text', html));
}

// The speaker's name, with their portrait beside it when one is drawn.
function speakerLine(moduleId, speaker) {
  if (!speaker) {
    return null;
  }
  const name = el('p', { class: 'speaker' }, t('scene.speaker', speaker));
  const portrait = portraitFor(moduleId, speaker);
  return portrait
    ? el('div', { class: 'speaker-card' },
      el('img', { class: 'portrait', src: portrait.src, alt: portrait.alt, width: '64', height: '64' }), name)
    : name;
}

/**
 * Facts the manager would have at hand (the policy, the rota): closed disclosures under one
 * labelled region, opened with the keyboard like any button and announced with their state.
 */
function resourceCards(resources) {
  if (!resources || resources.length === 0) {
    return null;
  }
  return el('section', { class: 'resources', 'aria-labelledby': 'resources-heading' },
    el('h2', { id: 'resources-heading', class: 'resources-heading' }, t('resources.heading')),
    resources.map((resource) => el('details', { class: 'resource-card' },
      el('summary', {}, resource.title),
      trustedHtml('div', 'resource-text', resource.html))));
}

// Shows the module's title above a scene heading, unless the heading already is that title.
function moduleLine(attempt, heading) {
  return heading && heading !== attempt.moduleTitle ? el('p', { class: 'eyebrow' }, attempt.moduleTitle) : null;
}

function backButton(attempt, onBack) {
  return attempt.canGoBack
    ? el('button', { type: 'button', class: 'secondary', onClick: onBack }, t('back'))
    : null;
}
