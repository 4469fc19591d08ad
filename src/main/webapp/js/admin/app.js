// The administration page: registered platforms (list, register, change addresses, add
// deployments, delete), one-time dynamic-registration links, the tool's keys and their rotation,
// and the scores sent to the platforms. It calls the admin API with one bearer credential: the
// session of an administrator launched from the LMS (#session=... in the address), or the server's
// admin token entered in the page. Either is kept in sessionStorage, for this tab only.
// The token is the operator's and may do everything; an LMS administrator manages their own
// platform's registration only, so the page shows them what they may do and says who does the rest.

import { ApiProblem, request } from '../shared/http.js';
import { el, replaceChildren } from '../shared/dom.js';
import { clearErrors, hideError, showError, showProblem } from '../shared/errors.js';

const CREDENTIAL_KEY = 'firstline.admin.credential';
const part = (id) => document.getElementById(id);
let credential = null;
let fromLaunch = false;
let editing = null;
let operator = false;

function remember(value) {
  credential = value;
  try {
    if (value) {
      sessionStorage.setItem(CREDENTIAL_KEY, value);
    } else {
      sessionStorage.removeItem(CREDENTIAL_KEY);
    }
  } catch {
    // Storage blocked (a third-party frame): the credential lives for this page view only.
  }
}

function recalled() {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const session = fragment.get('session');
  if (session) {
    fromLaunch = true;
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    const moduleId = new URLSearchParams(window.location.search).get('module');
    if (moduleId) {
      // The same launch opens the module's course board (/trainer/), which looks for it here.
      try {
        sessionStorage.setItem(`firstline.session.${moduleId}`, session);
      } catch {
        // Storage blocked: the board link then asks to open it from the LMS.
      }
      const board = part('board-link');
      board.href = `/trainer/?module=${encodeURIComponent(moduleId)}`;
      board.parentElement.hidden = false;
    }
    return session;
  }
  try {
    return sessionStorage.getItem(CREDENTIAL_KEY);
  } catch {
    return null;
  }
}

const call = (method, path, body) => request(method, path, body, credential);

function messageFor(error) {
  if (!(error instanceof ApiProblem)) {
    return 'Something went wrong. Please try again.';
  }
  if (error.status === 0) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  if (error.status === 401 || error.status === 403) {
    return error.problem?.detail || 'This needs the admin token or an administrator launch from your LMS.';
  }
  return error.problem?.detail || `The server answered ${error.status}.`;
}

function announce(message) {
  part('status').textContent = message;
}

// ---- Signing in ----

function showSignIn(message) {
  part('signed-in').hidden = true;
  part('sign-in').hidden = false;
  const input = part('admin-token');
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    showError(part('admin-token-error'), message);
    input.focus();
  }
}

// Shows an LMS administrator what they may do, and the operator everything.
function applyAccess(access) {
  operator = access.operator;
  for (const element of document.querySelectorAll('[data-operator]')) {
    element.hidden = !operator;
  }
  for (const element of document.querySelectorAll('[data-lms-admin]')) {
    element.hidden = operator;
  }
  part('lms-admin-note').hidden = operator;
  part('registration-form').hidden = !operator;
  part('who').textContent = operator
    ? 'Signed in with the admin token for this tab.'
    : 'Signed in from your LMS as its administrator, for this tab.';
  part('sign-out').textContent = operator ? 'Forget the token' : 'Sign out of this tab';
}

async function signIn(value) {
  remember(value);
  try {
    applyAccess(await call('GET', '/api/admin/lti/access'));
    const registrations = await call('GET', '/api/admin/lti/registrations');
    part('sign-in').hidden = true;
    part('signed-in').hidden = false;
    renderRegistrations(registrations);
    await Promise.all([loadKeys(), loadModules()]);
    return true;
  } catch (error) {
    remember(null);
    if (fromLaunch && error instanceof ApiProblem && (error.status === 401 || error.status === 403)) {
      // The launch no longer counts (an expired session, or a registration since removed).
      fromLaunch = false;
      showSignIn();
      part('sign-in-note').textContent = `${messageFor(error)} Open this page from your LMS again, `
        + 'or enter the admin token.';
      part('sign-in-note').hidden = false;
      part('sign-in-heading').setAttribute('tabindex', '-1');
      part('sign-in-heading').focus();
      return false;
    }
    showSignIn(messageFor(error));
    return false;
  }
}

part('token-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors(part('token-form'));
  const value = part('admin-token').value.trim();
  if (!value) {
    part('admin-token').setAttribute('aria-invalid', 'true');
    showError(part('admin-token-error'), 'Enter the admin token.');
    part('admin-token').focus();
    return;
  }
  if (await signIn(value)) {
    part('admin-token').value = '';
    part('page-heading').focus();
    announce('Signed in.');
  }
});

part('sign-out').addEventListener('click', () => {
  remember(null);
  showSignIn();
  part('admin-token').focus();
  announce(operator ? 'The token is forgotten.' : 'Signed out of this tab.');
});

// ---- Registrations ----

function addressList(registration) {
  return el('dl', { class: 'addresses' },
    ['authUrl', 'tokenUrl', 'jwksUrl'].flatMap((name) => [
      el('dt', {}, { authUrl: 'Login', tokenUrl: 'Token', jwksUrl: 'JWKS' }[name]),
      el('dd', {}, registration[name])]));
}

function deploymentForm(registration) {
  const inputId = `deployment-${registration.id}`;
  const errorId = `${inputId}-error`;
  const form = el('form', { class: 'inline-form', novalidate: true },
    el('label', { for: inputId }, `New deployment ID for ${registration.issuer}`),
    el('input', { id: inputId, name: 'deploymentId', required: true, 'aria-describedby': errorId }),
    el('span', { id: errorId, class: 'field-error', hidden: true }),
    el('button', { type: 'submit', class: 'secondary' }, 'Add deployment'),
    el('p', { class: 'form-error', role: 'alert', hidden: true }));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await call('POST', `/api/admin/lti/registrations/${registration.id}/deployments`,
        { deploymentId: form.elements.deploymentId.value.trim() });
      announce(`Deployment added to ${registration.issuer}.`);
      await reloadRegistrations();
    } catch (error) {
      showProblem(form, messageFor(error), error.problem?.errors);
    }
  });
  return form;
}

function renderRegistrations(registrations) {
  if (registrations.length === 0) {
    replaceChildren(part('registrations'), el('p', {}, 'No platform is registered yet.'));
    return;
  }
  const rows = registrations.map((registration) => el('tr', {},
    el('th', { scope: 'row' }, registration.issuer, el('span', { class: 'hint' }, `Client ID ${registration.clientId}`)),
    el('td', {}, addressList(registration)),
    el('td', {}, el('ul', { class: 'plain-list' }, registration.deploymentIds.map((d) => el('li', {}, d))),
      deploymentForm(registration)),
    el('td', { class: 'row-actions' },
      el('button', { type: 'button', class: 'secondary', onClick: () => startEditing(registration),
        'aria-label': `Edit the addresses of ${registration.issuer}` }, 'Edit addresses'),
      operator
        ? el('button', { type: 'button', class: 'danger', onClick: (e) => remove(registration, e.currentTarget),
          'aria-label': `Delete the registration of ${registration.issuer}` }, 'Delete')
        : null)));
  replaceChildren(part('registrations'), el('table', { class: 'data-table', id: 'registrations-table' },
    el('caption', {}, 'Platforms that may launch Firstline'),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, 'Platform'),
      el('th', { scope: 'col' }, 'Addresses'),
      el('th', { scope: 'col' }, 'Deployments'),
      el('th', { scope: 'col' }, 'Actions'))),
    el('tbody', {}, rows)));
}

async function reloadRegistrations() {
  renderRegistrations(await call('GET', '/api/admin/lti/registrations'));
}

async function remove(registration, button) {
  if (!window.confirm(`Delete the registration of ${registration.issuer}? Its launches stop working.`)) {
    return;
  }
  button.disabled = true;
  try {
    await call('DELETE', `/api/admin/lti/registrations/${registration.id}`);
    announce(`The registration of ${registration.issuer} is deleted.`);
    await reloadRegistrations();
    part('registrations-heading').focus();
  } catch (error) {
    button.disabled = false;
    const alert = part('alert');
    showError(alert, messageFor(error));
  }
}

function startEditing(registration) {
  editing = registration;
  const form = part('registration-form');
  clearErrors(form);
  for (const name of ['issuer', 'clientId', 'authUrl', 'tokenUrl', 'jwksUrl', 'tokenAudience']) {
    form.elements[name].value = registration[name] && !(name === 'tokenAudience'
      && registration.tokenAudience === registration.tokenUrl) ? registration[name] : '';
  }
  form.elements.issuer.readOnly = true;
  form.elements.clientId.readOnly = true;
  part('reg-deployments-field').hidden = true;
  part('registration-form-heading').textContent = `Edit the addresses of ${registration.issuer}`;
  part('registration-submit').textContent = 'Save addresses';
  part('registration-cancel').hidden = false;
  form.hidden = false;
  part('registration-form-heading').focus();
}

function stopEditing() {
  editing = null;
  const form = part('registration-form');
  form.reset();
  clearErrors(form);
  form.elements.issuer.readOnly = false;
  form.elements.clientId.readOnly = false;
  part('reg-deployments-field').hidden = false;
  part('registration-form-heading').textContent = 'Register a platform';
  part('registration-submit').textContent = 'Register';
  part('registration-cancel').hidden = true;
  form.hidden = !operator;
}

part('registration-cancel').addEventListener('click', () => {
  stopEditing();
  (operator ? part('registration-form-heading') : part('registrations-heading')).focus();
});

part('registration-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const value = (name) => form.elements[name].value.trim();
  const addresses = {
    authUrl: value('authUrl'),
    tokenUrl: value('tokenUrl'),
    jwksUrl: value('jwksUrl'),
    tokenAudience: value('tokenAudience') || null,
  };
  try {
    if (editing) {
      await call('PUT', `/api/admin/lti/registrations/${editing.id}/addresses`, addresses);
      announce(`The addresses of ${editing.issuer} are saved.`);
    } else {
      const created = await call('POST', '/api/admin/lti/registrations', {
        issuer: value('issuer'),
        clientId: value('clientId'),
        ...addresses,
        deploymentIds: value('deploymentIds').split(/[\s,]+/).filter(Boolean),
      });
      announce(`${created.issuer} is registered.`);
    }
    stopEditing();
    await reloadRegistrations();
    part('registrations-heading').focus();
  } catch (error) {
    showProblem(form, messageFor(error), error.problem?.errors);
  }
});

// ---- Registration links ----

part('make-link').addEventListener('click', async () => {
  hideError(part('make-link-error'));
  try {
    const link = await call('POST', '/api/admin/lti/registration-links');
    part('link-url').value = link.url;
    part('link-expiry').textContent = `Works once, until ${new Date(link.expiresAt).toLocaleString()}.`;
    part('link-result').hidden = false;
    part('link-url').focus();
    part('link-url').select();
  } catch (error) {
    showError(part('make-link-error'), messageFor(error));
  }
});

// ---- Keys ----

async function loadKeys() {
  const jwks = await request('GET', '/lti/jwks').catch(() => ({ keys: [] }));
  replaceChildren(part('keys'), jwks.keys.map((key, index) =>
    el('li', {}, `${index === 0 ? 'Signing key' : 'Previous key, still published'}: `, el('code', {}, key.kid))));
}

part('rotate').addEventListener('click', async () => {
  hideError(part('rotate-error'));
  if (!window.confirm('Rotate the signing key? Do it no more often than platforms cache Firstline\'s keys.')) {
    return;
  }
  try {
    const rotation = await call('POST', '/api/admin/lti/keys/rotation');
    await loadKeys();
    announce(`Now signing with ${rotation.signingKid}.`);
  } catch (error) {
    showError(part('rotate-error'), messageFor(error));
  }
});

// ---- Deliveries ----

async function loadModules() {
  const catalog = await request('GET', '/api/modules').catch(() => ({ modules: [] }));
  replaceChildren(part('deliveries-module'), catalog.modules.map((m) => el('option', { value: m.id }, m.title)));
}

function deliveriesTable(deliveries, onRetry) {
  if (deliveries.length === 0) {
    return el('p', {}, 'No scores for this module yet.');
  }
  return el('table', { class: 'data-table' },
    el('caption', {}, 'Scores and where they stand'),
    el('thead', {}, el('tr', {}, ['Manager', 'Score', 'Status', 'Detail', 'Action']
      .map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, deliveries.map((d) => el('tr', {},
      el('th', { scope: 'row' }, d.person || 'Unnamed'),
      el('td', {}, `${d.scoreGiven} / ${d.scoreMaximum}`),
      el('td', {}, el('span', { class: `delivery delivery-${d.status.toLowerCase()}` }, d.status.toLowerCase())),
      el('td', { class: 'delivery-detail' }, d.reason || (d.deliveredAt ? `Delivered ${new Date(d.deliveredAt).toLocaleString()}` : '')),
      el('td', {}, d.status === 'FAILED'
        ? el('button', { type: 'button', class: 'secondary', 'aria-label': `Retry the score of ${d.person || 'this manager'}`,
          onClick: (e) => onRetry(d, e.currentTarget) }, 'Retry')
        : '')))));
}

async function showDeliveries() {
  const form = part('deliveries-form');
  clearErrors(form);
  const moduleId = form.elements.module.value;
  try {
    const deliveries = await call('GET', `/api/deliveries?moduleId=${encodeURIComponent(moduleId)}`);
    replaceChildren(part('deliveries'), deliveriesTable(deliveries, async (delivery, button) => {
      button.disabled = true;
      try {
        await call('POST', `/api/deliveries/${delivery.id}/retry`);
        announce('The score will be sent again.');
        await showDeliveries();
      } catch (error) {
        button.disabled = false;
        showProblem(form, messageFor(error));
      }
    }));
  } catch (error) {
    replaceChildren(part('deliveries'));
    const message = messageFor(error);
    part('deliveries-module').setAttribute('aria-invalid', 'true');
    showError(part('deliveries-error'), message);
  }
}

part('deliveries-form').addEventListener('submit', (event) => {
  event.preventDefault();
  showDeliveries();
});

const known = recalled();
if (known) {
  signIn(known);
} else {
  showSignIn();
}
