// The player's client for the attempts API, on the shared client (../shared/http.js).

import { ApiProblem, request } from '../shared/http.js';

export { ApiProblem, request };

export function attemptsClient(token) {
  const call = (method, path, body) => request(method, path, body, token);
  return {
    start: (moduleId, restart = false) => call('POST', '/api/attempts', { moduleId, restart }),
    get: (id) => call('GET', `/api/attempts/${id}`),
    choose: (attempt, choiceId) =>
      call('POST', `/api/attempts/${attempt.id}/choices`, { step: attempt.step, choiceId }),
    back: (attempt) => call('POST', `/api/attempts/${attempt.id}/back`, { step: attempt.step }),
    reflect: (attempt, text) => call('PUT', `/api/attempts/${attempt.id}/reflection`, { text }),
    planAction: (attempt, text) => call('PUT', `/api/attempts/${attempt.id}/action-plan`, { text }),
    ownTeamAvailable: () => call('GET', '/api/engagement/me/available'),
  };
}
