// The trainer's session for the authoring pages. The token arrives in the URL fragment
// (#session=...), like the player's and the trainer page's, and is kept in sessionStorage for
// the other authoring pages of this tab.

const KEY = 'firstline.author.session';

export function sessionToken(location = window.location) {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromFragment = fragment.get('session');
  if (fromFragment) {
    try {
      sessionStorage.setItem(KEY, fromFragment);
    } catch {
      // Storage unavailable: the token lives only for this page view.
    }
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromFragment;
  }
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
