// The authoring API client. Drafts carry their revision as an ETag; writes send it back in
// If-Match. Every failure is an ApiProblem with the server's problem document.

import { ApiProblem } from '../player/api.js';

export { ApiProblem };

export function authoringClient(token) {
  async function call(method, path, { body, etag, type = 'application/json', raw = false, keepalive = false } = {}) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (etag !== undefined && etag !== null) {
      headers['If-Match'] = `"${etag}"`;
    }
    if (body !== undefined) {
      headers['Content-Type'] = type;
    }
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        keepalive,
        credentials: 'same-origin',
        body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
      });
    } catch {
      throw new ApiProblem(0, {});
    }
    if (raw && response.ok) {
      return { text: await response.text(), response };
    }
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new ApiProblem(response.status, json);
    }
    const tag = response.headers.get('ETag');
    return { json, etag: tag ? Number(tag.replace(/^W\//, '').replace(/"/g, '')) : null };
  }
  const base = (id) => `/api/authoring/modules/${encodeURIComponent(id)}`;
  return {
    catalog: () => call('GET', '/api/authoring/modules'),
    create: (id, title, copyOf) => call('POST', '/api/authoring/modules', { body: { id, title, copyOf } }),
    draft: (id) => call('GET', `${base(id)}/draft`),
    save: (id, etag, document, keepalive = false) =>
      call('PUT', `${base(id)}/draft`, { body: { document }, etag, keepalive }),
    publish: (id, etag) => call('POST', `${base(id)}/publish`, { etag }),
    versions: (id) => call('GET', `${base(id)}/versions`),
    diff: (id, from, to) => call('GET', `${base(id)}/diff?from=${from}&to=${to}`),
    exportYaml: (id, version) =>
      call('GET', `${base(id)}/export${version ? `?version=${version}` : ''}`, { raw: true }),
    importYaml: (id, etag, text) => call('POST', `${base(id)}/import`, { body: text, etag, type: 'application/yaml' }),
    preview: (id, step) => call('POST', `${base(id)}/preview`, { body: step }),
    render: (markdown) => call('POST', '/api/authoring/render', { body: { markdown } }),
    learners: (id, query) => call('GET', `${base(id)}/learners?${query}`),
    learnersCsv: (id, query) => call('GET', `${base(id)}/learners.csv?${query}`, { raw: true }),
  };
}

/** What to tell the trainer about a failure. */
export function messageFor(error) {
  if (!(error instanceof ApiProblem)) {
    return 'Something went wrong. Try again.';
  }
  if (error.status === 0) {
    return 'The server cannot be reached. Your changes are kept in this page; they are saved when it can be reached again.';
  }
  if (error.status === 401) {
    return 'Your session has ended. Open authoring again from your LMS.';
  }
  if (error.status === 403) {
    return 'Only trainers and admins can author modules.';
  }
  return error.problem?.detail || 'Something went wrong. Try again.';
}

/** Offers text as a file download without a page change. */
export function download(fileName, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
