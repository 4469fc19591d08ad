// The login page when the LMS offers platform storage: keep the login's state in the LMS window,
// then go on to the LMS's authorization URL. If the LMS does not confirm within WAIT_MS the login
// goes on anyway: the launch will then find nothing to read back and offer a new window instead.

import { platformWindow, putData, storageRoutes } from './platform-storage.js';

const WAIT_MS = 2000;
const page = document.querySelector('[data-storage-target]');
const { storageTarget, platformOrigin, state, next } = page.dataset;

const platform = platformWindow();
if (platform) {
  const routes = await storageRoutes(platform, platformOrigin, storageTarget);
  await putData(routes, platformOrigin, `lti_state_${state}`, state, WAIT_MS);
}
window.location.replace(next);
