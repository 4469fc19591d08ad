// The administration page's "People's data" and "Admin actions" sections: export everything
// Firstline holds about one person as a JSON file, erase it (after a confirmation), and read the
// log of admin actions. It uses the credential the page signed in with (app.js keeps it in this
// tab's sessionStorage); the server decides what that credential may reach.

import { ApiProblem, request } from '../shared/http.js';
import { el, replaceChildren } from '../shared/dom.js';
import { clearErrors, showProblem } from '../shared/errors.js';

const CREDENTIAL_KEY = 'firstline.admin.credential';
const part = (id) => document.getElementById(id);

function credential() {
  try {
    return sessionStorage.getItem(CREDENTIAL_KEY);
  } catch {
    return null;
  }
}

const call = (method, path) => request(method, path, undefined, credential());

function messageFor(error) {
  if (!(error instanceof ApiProblem) || error.status === 0) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  return error.problem?.detail || `The server answered ${error.status}.`;
}

/** The person the form names: by id, or by the LMS's issuer and subject. */
function personPath(form) {
  const id = form.elements.personId.value.trim();
  if (id) {
    return { one: `/api/admin/people/${encodeURIComponent(id)}`, name: `person ${id}` };
  }
  const query = new URLSearchParams({
    issuer: form.elements.issuer.value.trim(),
    subject: form.elements.subject.value.trim(),
  });
  return { byKey: `/api/admin/people?${query}`, exportByKey: `/api/admin/people/export?${query}`, name: 'this person' };
}

function download(data) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: `person-${data.person?.id ?? 'export'}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function exportPerson(form) {
  clearErrors(form);
  const target = personPath(form);
  try {
    const data = await call('GET', target.one ? `${target.one}/export` : target.exportByKey);
    download(data);
    part('people-result').textContent = `Exported person ${data.person.id} as person-${data.person.id}.json`
      + ` (attempts: ${data.attempts.length}, launches: ${data.launches.length}).`;
    await loadAudit();
  } catch (error) {
    showProblem(form, messageFor(error), error.problem?.errors || []);
  }
}

function askToErase() {
  part('erase-confirm').hidden = false;
  part('erase-yes').focus();
}

async function erasePerson(form) {
  clearErrors(form);
  part('erase-confirm').hidden = true;
  const target = personPath(form);
  try {
    const erased = await call('DELETE', target.one || target.byKey);
    const counts = Object.entries(erased.rowsDeleted).map(([what, n]) => `${n} ${what}`).join(', ');
    part('people-result').textContent = `Person ${erased.personId} erased (${counts}). `
      + 'Scores already sent to the LMS stay there.';
    part('people-result').focus();
    form.reset();
    await loadAudit();
  } catch (error) {
    showProblem(form, messageFor(error), error.problem?.errors || []);
  }
}

function auditTable(entries) {
  if (entries.length === 0) {
    return el('p', {}, 'No admin actions yet.');
  }
  return el('table', { class: 'data-table' },
    el('caption', {}, 'Admin actions, newest first'),
    el('thead', {}, el('tr', {}, ['When', 'Who', 'What', 'Target'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, entries.map((e) => el('tr', {},
      el('td', {}, new Date(e.at).toLocaleString()),
      el('td', {}, e.actor),
      el('th', { scope: 'row' }, e.action),
      el('td', {}, e.target)))));
}

async function loadAudit() {
  try {
    replaceChildren(part('audit'), auditTable(await call('GET', '/api/admin/audit?limit=100')));
  } catch (error) {
    replaceChildren(part('audit'), el('p', {}, messageFor(error)));
  }
}

const form = part('people-form');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  exportPerson(form);
});
part('erase').addEventListener('click', askToErase);
part('erase-yes').addEventListener('click', () => erasePerson(form));
part('erase-no').addEventListener('click', () => {
  part('erase-confirm').hidden = true;
  part('erase').focus();
});
part('show-audit').addEventListener('click', loadAudit);
