// The learner player: loads the attempt, keeps which phase of it is on screen, and turns the
// learner's actions into API calls. Rendering lives in the *-view.js modules.
//
// Phases: intro (step 0, before "Begin") -> scene -> feedback (after a choice) -> scene ... ->
// feedback -> ending (-> review, the walk back of an assessment, one choice at a time). The server
// only knows steps; intro, feedback and review are this page's own.

import { ApiProblem, attemptsClient } from './api.js';
import { endingView, offerOwnTeam } from './ending-view.js';
import { loadStrings, t } from './i18n.js';
import { introView } from './intro-view.js';
import { readLaunch } from './launch.js';
import { loadPortraits } from './portraits.js';
import * as page from './page.js';
import { reviewView } from './review-view.js';
import { feedbackView, sceneView } from './scene-view.js';

const VIEWS = {
  intro: introView, scene: sceneView, feedback: feedbackView, ending: endingView, review: reviewView,
};

const state = {
  attempt: null, phase: null, welcomeBack: false, busy: false, rendered: false, reviewIndex: 0,
};
let api;
let moduleId;
let sessionToken;
let ownTeamAvailable;

/** Where an attempt opens: its intro, the current scene, or its ending. */
function arrivalPhase(attempt) {
  if (attempt.status === 'COMPLETED' || (!attempt.scene && attempt.ending)) {
    return 'ending';
  }
  return attempt.step === 0 ? 'intro' : 'scene';
}

const afterChoice = (attempt) => (attempt.lastFeedback ? 'feedback' : arrivalPhase(attempt));
const afterBack = (attempt) => (attempt.scene ? 'scene' : arrivalPhase(attempt));

function show(attempt, phase) {
  state.attempt = attempt;
  state.phase = phase;
  rememberFeedback(attempt, phase);
  render();
}

// A reload while feedback is on screen shows that feedback again: the server only knows the step,
// so the page remembers (for this tab) that the step's feedback was showing.
const FEEDBACK_KEY = 'firstline.feedback';
const feedbackMark = (attempt) => `${attempt.id}@${attempt.step}`;

function rememberFeedback(attempt, phase) {
  try {
    if (phase === 'feedback') {
      sessionStorage.setItem(FEEDBACK_KEY, feedbackMark(attempt));
    } else {
      sessionStorage.removeItem(FEEDBACK_KEY);
    }
  } catch {
    // Storage blocked in a third-party frame: a reload then opens on the next scene.
  }
}

function reopenedPhase(attempt) {
  let mark = null;
  try {
    mark = sessionStorage.getItem(FEEDBACK_KEY);
  } catch {
    mark = null;
  }
  return attempt.lastFeedback && mark === feedbackMark(attempt) ? 'feedback' : arrivalPhase(attempt);
}

function render() {
  const attempt = state.attempt;
  page.showView(VIEWS[state.phase](attempt, {
    welcomeBack: state.welcomeBack,
    onBegin: () => show(attempt, 'scene'),
    onChoose: (choice) => act(() => api.choose(state.attempt, choice.id), afterChoice),
    onContinue: () => show(attempt, attempt.ending ? 'ending' : 'scene'),
    onBack: () => act(() => api.back(state.attempt), afterBack),
    onSaveReflection: (text, form) => save(() => api.reflect(state.attempt, text), t('reflection.saved'), form),
    onSaveActionPlan: (text, form) => save(() => api.planAction(state.attempt, text), t('plan.saved'), form),
    reviewIndex: state.reviewIndex,
    onWalkBack: (index) => {
      state.reviewIndex = index;
      show(attempt, 'review');
    },
    onEndReview: () => show(attempt, 'ending'),
    onTryAgain: () => act(() => api.start(moduleId, true), arrivalPhase),
  }));
  if (state.phase === 'ending') {
    showOwnTeamLink();
  }
  page.showProgress(attempt, state.phase);
  document.title = t('page.title', attempt.moduleTitle);
  // The first view is where the page opens; moving focus then would scroll an LMS frame.
  if (state.rendered) {
    page.focusHeading();
  }
  state.rendered = true;
  state.welcomeBack = false;
}

// A manager whose organisation shares their team's survey results finds the way to them at the
// ending. The server is asked once per page; any failure just leaves the link out.
function showOwnTeamLink() {
  if (!ownTeamAvailable) {
    ownTeamAvailable = api.ownTeamAvailable().then((answer) => answer.available === true, () => false);
  }
  ownTeamAvailable.then((available) => {
    const section = document.getElementById('own-team');
    if (available && section) {
      offerOwnTeam(section, `/insights/team.html#session=${encodeURIComponent(sessionToken)}`);
    }
  });
}

/**
 * Runs one request with the buttons disabled. A failure is shown next to the control that was
 * used. A 409 means the attempt moved on elsewhere (another tab or window): the page says so and
 * shows the scene the attempt is at now.
 */
async function act(request, nextPhase) {
  if (state.busy) {
    return;
  }
  const control = document.activeElement;
  state.busy = true;
  page.setBusy(true);
  page.clearAlert();
  try {
    const attempt = await request();
    show(attempt, nextPhase(attempt));
  } catch (error) {
    if (error instanceof ApiProblem && error.status === 409 && error.current) {
      show(error.current, arrivalPhase(error.current));
      page.showNotice(t('error.movedOn'));
    } else {
      page.setBusy(false);
      page.showErrorNear(control, error instanceof ApiProblem ? page.messageFor(error) : t('error.generic'));
    }
  } finally {
    state.busy = false;
  }
}

// Saving keeps the ending on screen (and focus on Save); only the status line changes. A refusal
// is shown under the box (see counted-text-form.js), which takes focus.
async function save(request, savedMessage, { status, refuse }) {
  if (state.busy) {
    return;
  }
  state.busy = true;
  page.clearAlert();
  status.textContent = t('reflection.saving');
  try {
    state.attempt = await request();
    status.textContent = savedMessage;
  } catch (error) {
    status.textContent = '';
    refuse(error instanceof ApiProblem ? page.messageFor(error) : t('error.generic'));
  } finally {
    state.busy = false;
  }
}

async function start() {
  const launch = readLaunch();
  await Promise.all([loadStrings(launch.locale), loadPortraits()]);
  if (!launch.token) {
    page.showMessage(t('error.noSession'), t('error.noSessionDetail'));
    return;
  }
  if (!launch.moduleId) {
    page.showMessage(t('error.noSession'), t('error.noModule'));
    return;
  }
  api = attemptsClient(launch.token);
  sessionToken = launch.token;
  moduleId = launch.moduleId;
  try {
    const attempt = await api.start(moduleId, false);
    state.welcomeBack = attempt.step > 0;
    show(attempt, reopenedPhase(attempt));
  } catch (error) {
    page.showMessage(t('error.cannotStart'));
    page.showAlert(error instanceof ApiProblem ? page.messageFor(error) : t('error.generic'));
  }
}

start();
