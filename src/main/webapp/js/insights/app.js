// The Insights page for admins and HR analysts: imports with progress, the program effect with its
// event study, a manager's view, the per-module table, reconciliation and the access log. Opened with
// #session=<token>; the token is kept for this tab only. Every chart has a table with the same numbers.

import { el } from '/js/shared/dom.js';
import { client, readToken, show, table } from './session.js';
import { renderManagerView } from './manager-view.js';

const part = (id) => document.getElementById(id);
const token = readToken('firstline.insights.session');
const { call, download } = client(token);
const charts = {};

function alertUser(message) {
  show('alert', message ? el('p', {}, message) : null);
}

function announce(message) {
  part('status').textContent = message;
}

async function guarded(work) {
  alertUser('');
  try {
    await work();
  } catch (error) {
    alertUser(error.status === 401 ? 'Your session has ended: open Insights again from Firstline.'
      : error.message);
  }
}

function drawChart(id, config) {
  if (charts[id]) charts[id].destroy();
  if (window.Chart) charts[id] = new window.Chart(part(id), config);
}

// --- sample data ---
async function loadSampleState() {
  const state = await call('GET', '/api/engagement/sample');
  part('sample-state').textContent = state.loaded
    ? `The sample organisation is loaded (survey "${state.survey}"). It is made-up data.`
    : 'No sample organisation is loaded.';
}

// --- imports ---
function importRows(imports) {
  return imports.map((i) => [i.fileName, i.kind, i.status, i.rowsRead, `${i.percent}%`,
    i.errorCount ? `${i.errorCount} bad rows` : (i.summary || '')]);
}

async function loadImports() {
  const imports = await call('GET', '/api/engagement/imports');
  show('imports', table('Recent imports', ['File', 'Kind', 'Status', 'Rows read', 'Done', 'Result'],
    importRows(imports)));
  const running = imports.find((i) => i.status === 'running');
  if (running) followImport(running.id);
}

function followImport(id) {
  const tick = async () => {
    const state = await call('GET', `/api/engagement/imports/${id}`);
    const bar = el('progress', { max: '100', value: String(state.percent), 'aria-label': 'Import progress' });
    const text = `${state.fileName}: ${state.rowsRead} rows read, ${state.percent}% (${state.status})`;
    const problems = state.errors ? JSON.parse(state.errors) : [];
    show('import-progress', el('div', {}, bar, el('p', {}, text),
      state.summary ? el('p', {}, state.summary) : null,
      problems.length ? table(`First ${problems.length} of ${state.errorCount} bad rows`,
        ['Line', 'Column', 'Reason'], problems.map((p) => [p.line, p.column, p.reason])) : null));
    if (state.status === 'running') {
      setTimeout(() => guarded(tick), 1000);
    } else {
      announce(`Import ${state.status}.`);
      await loadImports();
      await loadSurveys();
    }
  };
  guarded(tick);
}

// --- program effect ---
async function loadSurveys(preferred) {
  const surveys = await call('GET', '/api/engagement/surveys');
  const select = part('survey');
  const current = preferred && surveys[preferred] ? preferred : select.value;
  select.replaceChildren(...Object.entries(surveys).map(([name, waves]) =>
    el('option', { value: name }, `${name} (${waves} waves)`)));
  if (current && surveys[current]) select.value = current;
  if (Object.keys(surveys).length) {
    await loadProgram();
    await loadModules();
  }
}

function query() {
  return new URLSearchParams({ survey: part('survey').value }).toString();
}

async function loadProgram() {
  const params = new URLSearchParams({ survey: part('survey').value, control: part('control').value,
    weighting: part('weighting').value });
  const p = await call('GET', `/api/engagement/program?${params}`);
  const summary = p.estimable
    ? [el('p', { class: 'lead' }, `After managers completed the program, team engagement changed by ${p.estimate} points `
        + `(95% interval ${p.low} to ${p.high}).`),
      el('p', { class: 'meta' }, `${p.treatedTeams} teams with a completing manager, compared with ${p.comparisonTeams}; `
        + `${p.cohorts} completion cohorts, ${p.waves} waves, ${p.respondents} respondents. Smallest effect this data could `
        + `reliably detect: ${p.minimumDetectableEffect} points. Seed ${p.seed}, ${p.resamples} resamples.`)]
    : [el('p', {}, p.reason)];
  if (p.preTrendFlagged) {
    summary.push(el('p', { class: 'warning' }, 'Warning: teams already differed in trend before completion (pre-trend test failed).'));
  }
  show('program-summary', el('div', {}, summary));
  part('caveats').replaceChildren(...p.caveats.map((c) => el('li', {}, c)));
  const points = p.eventStudy;
  show('event-table', table('Event study', ['Waves from completion', 'Change', '95% low', '95% high', 'Cohorts'],
    points.map((e) => [e.relativeWave, e.estimate, e.low, e.high, e.cohorts])));
  drawChart('event-chart', {
    type: 'line',
    data: {
      labels: points.map((e) => String(e.relativeWave)),
      datasets: [
        { label: 'Change', data: points.map((e) => e.estimate), borderColor: '#1f4e8c', backgroundColor: '#1f4e8c' },
        { label: '95% low', data: points.map((e) => e.low), borderColor: '#6b7280', borderDash: [4, 4], pointRadius: 0 },
        { label: '95% high', data: points.map((e) => e.high), borderColor: '#6b7280', borderDash: [4, 4], pointRadius: 0 },
      ],
    },
    options: { animation: false, scales: { x: { title: { display: true, text: 'Waves from completion' } },
      y: { title: { display: true, text: 'Points' } } } },
  });
}

// --- manager view ---
async function loadManager(key) {
  const view = await call('GET', `/api/engagement/managers/${encodeURIComponent(key)}`);
  renderManagerView(view, { chart: 'manager-chart', table: 'manager-table', completions: 'manager-completions' });
}

// --- settings ---
async function loadSettings() {
  const settings = await call('GET', '/api/engagement/settings');
  part('own-team-setting').checked = settings.managersSeeOwnTeam;
  part('group-size').textContent = `Minimum group size: ${settings.minGroupSize} respondents.`;
}

async function changeOwnTeamView() {
  const on = part('own-team-setting').checked;
  try {
    await call('PUT', '/api/engagement/settings', { managersSeeOwnTeam: on });
    announce(on ? 'Managers can now see their own team.' : 'Managers no longer see their own team.');
  } catch (error) {
    part('own-team-setting').checked = !on;
    throw error;
  }
}

async function loadModules() {
  const view = await call('GET', `/api/engagement/modules?${query()}`);
  const tooFew = 'too few to show';
  part('modules-label').textContent = view.label;
  part('modules-rule').textContent = view.encouragingRule;
  show('modules', table('Engagement change by module and first try', ['Module', 'Passed first try', 'Teams', 'Respondents', 'Mean change'],
    view.arms.map((a) => [a.moduleId, a.passedFirstTry ? 'yes' : 'no',
      a.shown ? a.teams : tooFew, a.respondents, a.meanChange])));
  const groups = (g) => [g.moduleId, g.sceneId, g.group, g.shown ? g.teams : tooFew, g.respondents, g.meanChange];
  show('module-paths', view.paths.length
    ? table('By the path taken on the first try', ['Module', 'Scene', 'First try', 'Teams', 'Respondents', 'Mean change'],
      view.paths.map(groups))
    : el('p', { class: 'meta' }, 'No first tries played in Firstline yet.'));
  show('module-choices', view.choices.length
    ? table('By the choice taken at each scene on the first try', ['Module', 'Scene', 'Choice', 'Teams', 'Respondents', 'Mean change'],
      view.choices.map(groups))
    : null);
}

async function loadReconciliation() {
  const r = await call('GET', '/api/engagement/reconciliation');
  show('reconciliation', el('div', {},
    table('Managers and their LMS identity', ['Manager', 'Teams', 'Match', 'Person', 'Candidates'],
      r.managers.map((m) => [m.managerKey, m.teams, m.status.replaceAll('_', ' ').toLowerCase(), m.personId, m.candidates.join('; ')])),
    table('LMS people who completed modules but lead no team', ['Person', 'Name', 'Email', 'Employee id'],
      r.peopleWithoutTeam.map((p) => [p.personId, p.displayName, p.email, p.employeeId]))));
}

async function loadAccessLog() {
  try {
    const log = await call('GET', '/api/engagement/access-log');
    show('access-log', table('Who viewed engagement data', ['When', 'Person', 'What', 'Detail'],
      log.map((e) => [e.at, e.personId, e.action, e.detail])));
  } catch (error) {
    show('access-log', el('p', { class: 'meta' }, 'Only admins can read the access log.'));
  }
}

function wire() {
  part('own-team-setting').addEventListener('change', () => guarded(changeOwnTeamView));
  part('sample-load').addEventListener('click', () => guarded(async () => {
    announce('Loading the sample organisation…');
    const result = await call('POST', '/api/engagement/sample', {});
    await Promise.all([loadSampleState(), loadSurveys(result.survey), loadReconciliation()]);
    announce(`Sample loaded: ${result.summary}`);
  }));
  part('sample-remove').addEventListener('click', () => guarded(async () => {
    await call('DELETE', '/api/engagement/sample');
    announce('The sample organisation was removed.');
    await Promise.all([loadSampleState(), loadSurveys(), loadReconciliation()]);
  }));
  part('import-form').addEventListener('submit', (event) => {
    event.preventDefault();
    guarded(async () => {
      const file = part('import-file').files[0];
      const params = new URLSearchParams({ kind: part('import-kind').value, fileName: file.name });
      if (part('import-as-of').value) params.set('asOf', part('import-as-of').value);
      const started = await call('POST', `/api/engagement/imports?${params}`, file, 'text/csv');
      announce('Import started; you may leave this page and come back.');
      followImport(started.id);
    });
  });
  part('program-form').addEventListener('submit', (event) => {
    event.preventDefault();
    guarded(async () => { await loadProgram(); await loadModules(); });
  });
  part('manager-form').addEventListener('submit', (event) => {
    event.preventDefault();
    guarded(() => loadManager(part('manager-key').value.trim()));
  });
  part('link-form').addEventListener('submit', (event) => {
    event.preventDefault();
    guarded(async () => {
      await call('POST', '/api/engagement/links', { managerKey: part('link-key').value.trim(),
        personId: Number(part('link-person').value) });
      announce('Linked.');
      await loadReconciliation();
    });
  });
  part('program-csv').addEventListener('click', () => guarded(() => download(`/api/engagement/program.csv?${query()}`, 'program-effect.csv')));
  part('modules-csv').addEventListener('click', () => guarded(() => download(`/api/engagement/modules.csv?${query()}`, 'per-module.csv')));
  part('teams-csv').addEventListener('click', () => guarded(() => download(`/api/engagement/team-waves.csv?${query()}`, 'team-results.csv')));
}

wire();
guarded(async () => {
  await loadSampleState();
  await Promise.all([loadSettings(), loadImports(), loadSurveys(), loadReconciliation(), loadAccessLog()]);
});
