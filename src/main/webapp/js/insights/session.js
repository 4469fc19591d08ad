// What the engagement pages share: the session token (read from #session=, kept for this tab), the API
// call that turns a problem document into an Error, CSV downloads and plain data tables.
import { el } from '/js/shared/dom.js';

export function readToken(storageKey) {
  const match = /session=([^&]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(storageKey, match[1]);
    history.replaceState(null, '', window.location.pathname);
    return match[1];
  }
  return sessionStorage.getItem(storageKey);
}

export function client(token) {
  async function call(method, path, body, contentType = 'application/json') {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = contentType;
    const response = await fetch(path, {
      method, headers, body: contentType === 'application/json' && body !== undefined ? JSON.stringify(body) : body,
    });
    if (response.status === 204) return null;
    const isJson = (response.headers.get('Content-Type') || '').includes('json');
    const payload = isJson ? await response.json() : await response.text();
    if (!response.ok) {
      const error = new Error(payload.detail || payload.title || `HTTP ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return payload;
  }

  async function download(path, fileName) {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error('The export could not be made.');
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: fileName });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  return { call, download };
}

export function table(caption, headings, rows) {
  return el('table', { class: 'data-table' },
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((row) => el('tr', {}, row.map((cell) => el('td', {}, cell === null || cell === undefined ? '—' : String(cell)))))));
}

export function show(id, node) {
  document.getElementById(id).replaceChildren(...(node ? [node] : []));
}
