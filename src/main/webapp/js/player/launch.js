// What the page was opened with: the module, the locale and the session token.
// The token arrives in the URL fragment (never sent to servers or logged in Referer headers);
// it is kept in sessionStorage so a reload keeps working, then removed from the address bar.

const TOKEN_KEY_PREFIX = 'firstline.session.';

export function readLaunch(location = window.location) {
  const query = new URLSearchParams(location.search);
  const moduleId = query.get('module') || '';
  const locale = query.get('locale') || navigator.language || 'en';
  const token = takeTokenFromFragment(location, moduleId) || storedToken(moduleId);
  return { moduleId, locale, token };
}

function takeTokenFromFragment(location, moduleId) {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('session');
  if (!token) {
    return null;
  }
  storeToken(moduleId, token);
  // Drop the fragment so the token is not bookmarked, shared or left in the history entry.
  history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}

// sessionStorage can throw inside third-party iframes when the browser blocks storage;
// the page then still works until it is reloaded.
function storedToken(moduleId) {
  try {
    return sessionStorage.getItem(TOKEN_KEY_PREFIX + moduleId);
  } catch {
    return null;
  }
}

function storeToken(moduleId, token) {
  try {
    sessionStorage.setItem(TOKEN_KEY_PREFIX + moduleId, token);
  } catch {
    // Storage unavailable: the token lives only in memory for this page view.
  }
}
