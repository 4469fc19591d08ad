// A manager's own team, when their organisation has turned it on: opened with #session=<token> from a
// launch. Anything else (turned off, no team matched) is said in words instead of a chart.
import { client, readToken, show } from './session.js';
import { el } from '/js/shared/dom.js';
import { renderManagerView } from './manager-view.js';

const token = readToken('firstline.team.session');
const { call } = client(token);

async function start() {
  try {
    const view = await call('GET', '/api/engagement/me');
    document.getElementById('team-view').hidden = false;
    renderManagerView(view, { chart: 'team-chart', table: 'team-table', completions: 'team-completions' });
  } catch (error) {
    const message = error.status === 401 ? 'Your session has ended: open Firstline again from your course.'
      : error.message;
    show('alert', el('p', {}, message));
  }
}

start();
