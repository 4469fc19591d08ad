// How learners went: figures of published versions' attempts, filtered by version, course and
// period, as a table (and on the map). Groups under the minimum show no figures.

import { el, replaceChildren } from '../player/dom.js';
import { download, messageFor } from './api.js';

const dash = (value) => (value === null || value === undefined ? '–' : String(value));

function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

export function createLearners({ api, moduleId, section, onFigures }) {
  const form = section.querySelector('#learners-filter');
  const summary = section.querySelector('#learners-summary');
  const table = section.querySelector('#learners');
  let loadedCourses = false;

  function query() {
    const params = new URLSearchParams();
    for (const name of ['version', 'course', 'from', 'to']) {
      const value = form.elements[name].value;
      if (value) {
        params.set(name, value);
      }
    }
    return params.toString();
  }

  function render(figures, doc) {
    const titles = new Map((doc.nodes || []).map((node) => [node.id, node.title || node.id]));
    if (!figures.shown) {
      summary.textContent = `${figures.attempts} attempts match: fewer than ${figures.minGroupSize}, so no figures are shown.`;
      replaceChildren(table);
      return;
    }
    summary.textContent = `${figures.attempts} attempts match. Groups under ${figures.minGroupSize} attempts show “–”.`;
    replaceChildren(table, el('table', { id: 'learners-table' },
      el('caption', {}, 'Attempts per scene and ending, choices taken, drop-off and time'),
      el('thead', {}, el('tr', {},
        ['Scene or ending', 'Reached', 'Choices taken', 'Stopped here', 'Median time', 'Ended here', 'Passed']
          .map((heading) => el('th', { scope: 'col' }, heading)))),
      el('tbody', {}, figures.nodes.map((node) => el('tr', {},
        el('th', { scope: 'row' }, titles.get(node.nodeId) || node.nodeId),
        el('td', {}, dash(node.reached)),
        el('td', {}, node.choices.length ? el('ul', {}, node.choices.map((choice) =>
          el('li', {}, `${choice.choiceId}: ${choice.percent === null ? '–' : `${choice.percent}% (${choice.taken})`}`))) : '–'),
        el('td', {}, dash(node.stopped)),
        el('td', {}, duration(node.medianSeconds)),
        el('td', {}, dash(node.endedHere)),
        el('td', {}, dash(node.passedHere)))))));
  }

  async function load(doc) {
    try {
      const { json } = await api.learners(moduleId, query());
      if (!loadedCourses) {
        loadedCourses = true;
        form.elements.course.append(...json.courses.map((course) =>
          el('option', { value: course.contextId }, course.title || course.contextId)));
      }
      render(json.figures, doc);
      onFigures(json.figures);
    } catch (error) {
      summary.textContent = messageFor(error);
    }
  }

  return {
    load,
    setVersions(versions) {
      const select = form.elements.version;
      replaceChildren(select, el('option', { value: '' }, 'All versions'),
        versions.map((v) => el('option', { value: String(v.version) }, `Version ${v.version}`)));
    },
    bind(currentDoc) {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        load(currentDoc());
      });
      section.querySelector('#learners-csv').addEventListener('click', async () => {
        try {
          const { text } = await api.learnersCsv(moduleId, query());
          download(`${moduleId}-learners.csv`, text, 'text/csv');
        } catch (error) {
          summary.textContent = messageFor(error);
        }
      });
    },
  };
}
