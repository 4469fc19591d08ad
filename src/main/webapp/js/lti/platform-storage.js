// LTI platform storage (1EdTech "LTI client-side postMessages"): inside an LMS frame whose browser
// blocks third-party cookies, the LMS keeps small values for us in its own window and answers
// postMessages about them. The login stores the state there; the launch reads it back, which
// proves the launch came back to the browser that began the login.
//
// Platforms name the messages lti.* or, in Brightspace and older Canvas, org.imsglobal.lti.*;
// `lti.capabilities` says which ones a platform supports and which of its frames handles them.
// Stored values go only to, and are accepted only from, the platform's origin (that of its
// authorization URL), and only answers with the id of our own request count.

const CAPABILITIES_WAIT_MS = 1000;
const NAMINGS = ['lti', 'org.imsglobal.lti'];

let counter = 0;

/** The LMS window around us (the opener of a new window, or the parent of a frame), or null. */
export function platformWindow() {
  const platform = window.opener || window.parent;
  return platform === window ? null : platform;
}

/**
 * Sends one message to `target` and resolves with the answer from `answerOrigin` ('*': any origin)
 * that carries our message id, or null after `waitMs`.
 */
function ask(target, targetOrigin, answerOrigin, subject, fields, waitMs) {
  counter += 1;
  const messageId = `firstline-${Date.now()}-${counter}`;
  return new Promise((resolve) => {
    const timer = setTimeout(finish, waitMs, null);
    function onAnswer(event) {
      const answer = event.data || {};
      if ((answerOrigin === '*' || event.origin === answerOrigin)
          && answer.subject === `${subject}.response`
          && answer.message_id === messageId) {
        finish(answer);
      }
    }
    function finish(answer) {
      clearTimeout(timer);
      window.removeEventListener('message', onAnswer);
      resolve(answer);
    }
    window.addEventListener('message', onAnswer);
    try {
      target.postMessage({ subject, message_id: messageId, ...fields }, targetOrigin);
    } catch {
      finish(null);
    }
  });
}

/** The named frame of the platform window, or the platform window itself. */
function frameOf(platform, frameName) {
  if (!frameName || frameName === '_parent') {
    return platform;
  }
  try {
    return platform.frames[frameName] || platform;
  } catch {
    return platform;
  }
}

/** The route a capabilities answer offers for this naming, or null. */
function routeFrom(answer, naming, platform, storageTarget) {
  const supported = Array.isArray(answer && answer.supported_messages)
    ? answer.supported_messages.filter((m) => m && typeof m === 'object')
    : [];
  const get = supported.find((m) => m.subject === `${naming}.get_data`);
  const put = supported.find((m) => m.subject === `${naming}.put_data`);
  const frame = typeof put?.frame === 'string' ? put.frame : storageTarget;
  return get && put ? { naming, frame: frameOf(platform, frame) } : null;
}

/**
 * Where to send storage messages, and under which names: the first naming whose `capabilities`
 * answer offers both get and put (without waiting for the other), or else both namings to the
 * frame the login request named. The LMS page may live on another origin than its authorization
 * URL, so capabilities are asked of any origin: they carry no secret, and what they name only
 * ever receives messages addressed to the platform's origin.
 */
export async function storageRoutes(platform, platformOrigin, storageTarget) {
  const answer = await firstWanted(NAMINGS.map((naming) => ask(
    platform, '*', '*', `${naming}.capabilities`, {}, CAPABILITIES_WAIT_MS)),
  (reply) => NAMINGS.some((naming) => routeFrom(reply, naming, platform, storageTarget)));
  const offered = NAMINGS.map((naming) => routeFrom(answer, naming, platform, storageTarget))
    .find(Boolean);
  return offered
    ? [offered]
    : NAMINGS.map((naming) => ({ naming, frame: frameOf(platform, storageTarget) }));
}

/** The first answer that passes `wanted`, without waiting for the others; null if none does. */
function firstWanted(asks, wanted) {
  return new Promise((resolve) => {
    let unanswered = asks.length;
    asks.forEach((asked) => asked.then((answer) => {
      unanswered -= 1;
      let ok = false;
      try {
        ok = Boolean(wanted(answer));
      } catch {
        ok = false;
      }
      if (ok) {
        resolve(answer);
      } else if (unanswered === 0) {
        resolve(null);
      }
    }));
  });
}

/** True once any route confirms it keeps `value` under `key`. */
export async function putData(routes, platformOrigin, key, value, waitMs) {
  const stored = await firstWanted(routes.map(({ naming, frame }) => ask(
    frame, platformOrigin, platformOrigin, `${naming}.put_data`, { key, value }, waitMs)),
  (answer) => answer && !answer.error);
  return stored !== null;
}

/** The value any route keeps under `key`, or null. */
export async function getData(routes, platformOrigin, key, waitMs) {
  const found = await firstWanted(routes.map(({ naming, frame }) => ask(
    frame, platformOrigin, platformOrigin, `${naming}.get_data`, { key }, waitMs)),
  (answer) => answer && !answer.error && answer.value != null);
  return found ? found.value : null;
}
