// The preview: the draft played as a learner would see it, from the start or from any node, with
// variable values the trainer chooses. The page keeps where the preview stands; the server
// records nothing and sends nothing to an LMS or LRS.

import { el, replaceChildren, trustedHtml } from '../player/dom.js';
import { messageFor } from './api.js';

export function createPreview({ api, moduleId, section, variablesPart, screenPart, beforeStart }) {
  let doc = null;

  function variableInputs() {
    const entries = Object.entries(doc.variables || {});
    if (!entries.length) {
      replaceChildren(variablesPart);
      return;
    }
    replaceChildren(variablesPart, el('fieldset', { class: 'stacked-form' },
      el('legend', {}, 'Variable values to start with'),
      entries.map(([name, declaration]) => {
        const id = `preview-var-${name}`;
        const input = declaration.type === 'boolean'
          ? el('input', { type: 'checkbox', id, checked: declaration.initial === true })
          : el('input', { type: 'number', id, value: String(declaration.initial ?? 0) });
        input.dataset.variable = name;
        return el('div', { class: declaration.type === 'boolean' ? 'field check' : 'field' },
          el('label', { for: id }, name), input);
      })));
  }

  function chosenValues() {
    const values = {};
    for (const input of variablesPart.querySelectorAll('[data-variable]')) {
      values[input.dataset.variable] = input.type === 'checkbox' ? input.checked : Number(input.value || 0);
    }
    return values;
  }

  function show(screen) {
    const feedback = screen.feedback ? el('section', { class: 'feedback-body' },
      el('p', { class: 'your-choice' }, `You chose: ${screen.feedback.choiceText}`),
      el('h4', {}, 'What happened'), trustedHtml('div', 'feedback-text', screen.feedback.consequenceHtml),
      el('h4', {}, 'Coaching'), trustedHtml('div', 'feedback-text', screen.feedback.coachingHtml)) : null;
    if (screen.kind === 'ending') {
      const ending = screen.ending;
      replaceChildren(screenPart, feedback,
        el('h3', { id: 'preview-screen-heading', tabindex: '-1' }, screen.title || 'The end'),
        trustedHtml('div', 'situation', ending.debriefHtml),
        el('p', {}, `Score ${ending.score} of ${ending.maximum}: ${ending.passed ? 'passed' : 'not passed'} (passing ${ending.passing}).`),
        el('p', {}, `Reflection: ${ending.reflection || ''}`));
    } else {
      replaceChildren(screenPart, feedback,
        el('h3', { id: 'preview-screen-heading', tabindex: '-1' }, screen.title || 'Scene'),
        screen.speaker ? el('p', { class: 'speaker' }, screen.speaker) : null,
        trustedHtml('div', 'situation', screen.html),
        el('fieldset', { class: 'choices' }, el('legend', {}, 'What do you do?'),
          screen.choices.length ? screen.choices.map((choice) => el('button', {
            type: 'button', class: 'choice', onClick: () => step({ ...screen.state, choose: choice.id }),
          }, choice.text)) : el('p', {}, 'No choice is offered with these values.')));
    }
    screenPart.querySelector('#preview-screen-heading')?.focus();
  }

  async function step(request) {
    try {
      const { json } = await api.preview(moduleId, request);
      show(json);
    } catch (error) {
      const errors = error.problem?.errors || [];
      replaceChildren(screenPart, el('p', { class: 'field-error' }, messageFor(error)),
        errors.length ? el('ul', {}, errors.map((e) => el('li', {}, e.message))) : null);
    }
  }

  return {
    async open(currentDoc, at) {
      doc = currentDoc;
      await beforeStart();
      section.hidden = false;
      variableInputs();
      replaceChildren(screenPart);
      section.querySelector('#preview-heading').focus();
      await step({ at: at || null, variables: chosenValues(), choiceScoreSum: 0 });
    },
    close() {
      section.hidden = true;
    },
  };
}
