// One manager's view, on the Insights page and on a manager's own-team page: the team's engagement
// and eNPS over waves, with each module completion marked on the chart at its date (a triangle for
// completions in Firstline, a square for imported ones), and a table beside it listing the same waves
// and completions in date order. Suppressed waves show no numbers, in the chart or the table.
import { el } from '/js/shared/dom.js';
import { show, table } from './session.js';

const charts = {};

function day(instant) {
  return instant.slice(0, 10);
}

function completionLabel(c) {
  return `Completed ${c.moduleId}${c.passed ? '' : ' (not passed)'}${c.imported ? ' (imported)' : ''}`;
}

/** The rows of the timeline table: waves and completions in date order. */
function timeline(view, minGroupSize) {
  const rows = [];
  view.series.forEach((s) => s.waves.forEach((w) => rows.push({ date: w.waveDate,
    cells: [w.waveDate, s.teamName, `${s.survey} wave`, w.suppressed ? `fewer than ${minGroupSize}` : w.respondents,
      w.engagement, w.enps] })));
  view.completions.forEach((c) => rows.push({ date: day(c.completedAt),
    cells: [day(c.completedAt), '', completionLabel(c), null, null, null] }));
  rows.sort((a, b) => a.date.localeCompare(b.date));
  return rows.map((r) => r.cells);
}

function draw(canvasId, view) {
  if (charts[canvasId]) charts[canvasId].destroy();
  const first = view.series[0];
  if (!first || !window.Chart) return;
  const byDate = new Map(first.waves.map((w) => [w.waveDate, w]));
  const completions = view.completions.map((c) => ({ ...c, day: day(c.completedAt) }));
  const labels = [...new Set([...byDate.keys(), ...completions.map((c) => c.day)])].sort();
  const marks = (imported) => labels.map((label) =>
    (completions.some((c) => c.day === label && c.imported === imported) ? 100 : null));
  const namesOn = (label) => completions.filter((c) => c.day === label).map(completionLabel);
  charts[canvasId] = new window.Chart(document.getElementById(canvasId), {
    type: 'line',
    data: {
      labels,
      datasets: [
        { label: `${first.teamName} engagement`, data: labels.map((l) => byDate.get(l)?.engagement ?? null),
          borderColor: '#1f4e8c', backgroundColor: '#1f4e8c', spanGaps: true },
        { label: 'eNPS', data: labels.map((l) => byDate.get(l)?.enps ?? null),
          borderColor: '#8a4b00', backgroundColor: '#8a4b00', spanGaps: true },
        { label: 'Module completed in Firstline', data: marks(false), showLine: false, pointStyle: 'triangle',
          pointRadius: 8, borderColor: '#0f5132', backgroundColor: '#0f5132' },
        { label: 'Module completed (imported)', data: marks(true), showLine: false, pointStyle: 'rect',
          pointRadius: 7, borderColor: '#5b2a86', backgroundColor: '#5b2a86' },
      ],
    },
    options: {
      animation: false,
      plugins: { tooltip: { callbacks: { label: (item) => (item.datasetIndex >= 2
        ? namesOn(item.label).join('; ') : `${item.dataset.label}: ${item.formattedValue}`) } } },
      scales: { y: { suggestedMin: -20, suggestedMax: 100, title: { display: true, text: 'Points' } } },
    },
  });
}

/** Shows a manager's view in the chart, the timeline table and the completions table given by id. */
export function renderManagerView(view, ids) {
  show(ids.table, table(`Waves and completions of ${view.managerKey}`,
    ['Date', 'Team', 'What', 'Respondents', 'Engagement', 'eNPS'], timeline(view, view.minGroupSize)));
  show(ids.completions, table('Modules completed', ['Module', 'Completed', 'Passed', 'Score', 'Source'],
    view.completions.map((c) => [c.moduleId, day(c.completedAt), c.passed ? 'yes' : 'no', c.score,
      c.imported ? 'imported' : 'Firstline'])));
  draw(ids.chart, view);
  if (!view.series.length) show(ids.table, el('p', { class: 'meta' }, 'No survey results for this team yet.'));
}
