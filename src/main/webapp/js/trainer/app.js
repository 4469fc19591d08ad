// The trainer page: the module's completion board for the trainer's course, and where each
// manager's score stands on its way to the LMS. Opened by the LTI launch with #session=<token>.

import { ApiProblem, request } from '../player/api.js';
import { replaceChildren, el } from '../player/dom.js';
import { readLaunch } from '../player/launch.js';
import { boardMeta, boardTable } from './board-view.js';
import { deliveriesTable } from './deliveries-view.js';
import { loadStrings, t } from './i18n.js';
import { clearErrorAfter, showErrorAfter } from '../shared/errors.js';

const part = (id) => document.getElementById(id);
let token;
let moduleId;
let moduleTitle = '';

function messageFor(error) {
  if (!(error instanceof ApiProblem)) {
    return t('error.generic');
  }
  if (error.status === 0) {
    return t('error.network');
  }
  if (error.status === 401) {
    return t('error.sessionEnded');
  }
  return error.problem?.detail || t('error.generic');
}

function showAlert(message) {
  replaceChildren(part('alert'), message ? el('p', {}, message) : null);
}

function announce(message) {
  part('status').textContent = message;
}

async function loadBoard(refresh) {
  const path = `/api/board${refresh ? '/roster/refresh' : ''}?moduleId=${encodeURIComponent(moduleId)}`;
  const board = await request(refresh ? 'POST' : 'GET', path, undefined, token);
  moduleTitle = board.moduleTitle;
  document.title = t('page.title', board.moduleTitle);
  part('page-heading').textContent = board.courseTitle
    ? `${board.courseTitle} \u2014 ${board.moduleTitle}` : board.moduleTitle;
  part('board-meta').textContent = boardMeta(board);
  replaceChildren(part('board'), boardTable(board));
  part('board-section').hidden = false;
  return board;
}

async function loadDeliveries() {
  const deliveries = await request('GET',
    `/api/deliveries?moduleId=${encodeURIComponent(moduleId)}`, undefined, token);
  replaceChildren(part('deliveries'), deliveriesTable(deliveries, moduleTitle, retry));
  part('deliveries-section').hidden = false;
}

async function retry(delivery, name, button) {
  button.disabled = true;
  showAlert('');
  clearErrorAfter();
  try {
    await request('POST', `/api/deliveries/${delivery.id}/retry`, undefined, token);
    announce(t('delivery.retried', name));
    await loadDeliveries();
    part('deliveries-heading').focus();
  } catch (error) {
    button.disabled = false;
    showErrorAfter(button, messageFor(error));
  }
}

async function refreshRoster() {
  const button = part('refresh-roster');
  button.disabled = true;
  showAlert('');
  clearErrorAfter();
  announce(t('board.refreshing'));
  try {
    const board = await loadBoard(true);
    announce(t('board.refreshed', board.managers.length));
  } catch (error) {
    announce('');
    button.disabled = false;
    showErrorAfter(button, messageFor(error));
  } finally {
    button.disabled = false;
  }
}

async function start() {
  const launch = readLaunch();
  await loadStrings(launch.locale);
  part('main').removeAttribute('aria-busy');
  if (!launch.token) {
    part('page-heading').textContent = t('error.noSession');
    showAlert(t('error.noSessionDetail'));
    return;
  }
  if (!launch.moduleId) {
    showAlert(t('error.noModule'));
    return;
  }
  token = launch.token;
  moduleId = launch.moduleId;
  // The authoring pages keep the session per tab; the fragment hands it over like a launch does.
  part('edit-module-link').href =
    `/author/edit.html?module=${encodeURIComponent(moduleId)}#session=${encodeURIComponent(token)}`;
  part('edit-module').hidden = false;
  part('deliveries-heading').setAttribute('tabindex', '-1');
  part('refresh-roster').addEventListener('click', refreshRoster);
  try {
    await loadBoard(false);
  } catch (error) {
    showAlert(messageFor(error));
  }
  try {
    await loadDeliveries();
  } catch (error) {
    showAlert(messageFor(error));
  }
}

start();
