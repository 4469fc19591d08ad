// The one client every page uses for Firstline's JSON API. Every failure becomes an ApiProblem
// carrying the server's RFC 9457 problem document, so callers deal with one kind of error.

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** On a 409 the server sends the attempt as it is now; the page shows that instead. */
  get current() {
    return this.problem.current || null;
  }

  /** The messages the problem gives for one input field. */
  errorsFor(field) {
    return (this.problem.errors || []).filter((e) => e.field === field).map((e) => e.message || '');
  }
}

export async function request(method, path, body, token) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    // Offline or the server is down: status 0 lets the page pick its "network" message.
    throw new ApiProblem(0, {});
  }
  if (response.status === 204) {
    return null;
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiProblem(response.status, json);
  }
  return json;
}
