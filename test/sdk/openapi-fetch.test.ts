import { server } from '../support/hooks.js';
import { runClientSession } from '../support/session.js';

/**
 * A partner's TypeScript client: types generated from openapi.yaml by
 * openapi-typescript (npm test fails when they are stale), requests made by
 * openapi-fetch, and every call type-checked by tsc before the suite runs.
 */
describe('an openapi-fetch client generated from the contract', () => {
  it('runs a whole session: register, token, users, posts, follow, feed, revoke, leave', async () => {
    await runClientSession(server().baseUrl);
  });
});
