// The launch page when the browser did not send back the login's state cookie (an LMS frame with
// third-party cookies blocked): read the state back from the LMS's platform storage. Only the
// browser that began the login has it there, so a launch someone else posted into this browser
// (login CSRF) stops here. On a match the page goes on: to the player or trainer page (`next`),
// or by showing the module chooser; otherwise it says so and offers a new window.

import { getData, platformWindow, storageRoutes } from './platform-storage.js';

const WAIT_MS = 3000;
const gate = document.querySelector('[data-storage-check]');
const { storageTarget, platformOrigin, state, next, session } = gate.dataset;
const status = document.getElementById('storage-status');

async function storedState() {
  const platform = platformWindow();
  if (!platform) {
    return null;
  }
  const routes = await storageRoutes(platform, platformOrigin, storageTarget);
  return getData(routes, platformOrigin, `lti_state_${state}`, WAIT_MS);
}

if (await storedState() === state) {
  if (next) {
    window.location.replace(next);
  } else {
    gate.querySelector('input[name="session"]').value = session;
    gate.hidden = false;
    status.hidden = true;
    document.getElementById('main').focus();
  }
} else {
  status.textContent = status.dataset.failed;
  const relaunch = document.getElementById('relaunch');
  relaunch.hidden = false;
  // Focus moves to the way out; the button is described by the reason, so both are read.
  const button = relaunch.querySelector('button');
  button.setAttribute('aria-describedby', 'storage-status');
  button.focus();
}
