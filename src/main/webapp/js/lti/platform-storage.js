// Platform storage (1EdTech "LTI client-side postMessages"): browsers that block third-party
// cookies drop our state cookie inside the LMS frame, so the login also asks the platform's storage
// frame to keep the state and nonce, then continues to the platform's authorization URL.
// Both message names are sent: lti.* and the org.imsglobal.lti.* names Brightspace and older
// Canvas use. Answers count only from the platform's origin and with our message id. Storage is a
// convenience: after WAIT_MS without an answer the login goes on, and the server's single-use
// state record still decides the launch.

const WAIT_MS = 2000;
const page = document.querySelector('[data-storage-target]');
const { storageTarget, platformOrigin, state, nonce, next } = page.dataset;

/** The frame that stores data: a named frame of the platform window, or the window itself. */
function storageFrame() {
  const platform = window.opener || window.parent;
  if (platform === window) {
    return null;
  }
  if (storageTarget === '_parent') {
    return platform;
  }
  try {
    return platform.frames[storageTarget] || platform;
  } catch {
    return platform;
  }
}

let counter = 0;

/** Resolves true when the platform confirms the put, false on an error answer. */
function put(frame, subject, key, value) {
  counter += 1;
  const messageId = `firstline-${Date.now()}-${counter}`;
  return new Promise((resolve) => {
    function onAnswer(event) {
      const answer = event.data || {};
      if (event.origin !== platformOrigin
          || answer.subject !== `${subject}.response`
          || answer.message_id !== messageId) {
        return;
      }
      window.removeEventListener('message', onAnswer);
      resolve(!answer.error);
    }
    window.addEventListener('message', onAnswer);
    try {
      frame.postMessage({ subject, message_id: messageId, key, value }, platformOrigin);
    } catch {
      window.removeEventListener('message', onAnswer);
      resolve(false);
    }
  });
}

/** True once either naming of the protocol has stored both values. */
function storeWith(frame, subject) {
  return Promise.all([
    put(frame, subject, `lti_state_${state}`, state),
    put(frame, subject, `lti_nonce_${nonce}`, nonce),
  ]).then((results) => results.every(Boolean));
}

function firstTrueOrTimeout(promises, ms) {
  return new Promise((resolve) => {
    setTimeout(() => resolve(false), ms);
    promises.forEach((promise) => promise.then((ok) => ok && resolve(true)));
  });
}

const frame = storageFrame();
if (frame) {
  await firstTrueOrTimeout(
    [storeWith(frame, 'lti.put_data'), storeWith(frame, 'org.imsglobal.lti.put_data')], WAIT_MS);
}
window.location.replace(next);
