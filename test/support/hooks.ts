import { expect } from 'chai';
import { uncheckedErrors } from './checked-errors.js';
import { emptyDatabase, startServer, type RunningServer } from './server.js';

// Mocha loads this file through require() and the tests import it as ESM:
// two module instances, so the one server lives on globalThis.
const slot = globalThis as { microblogTestServer?: RunningServer };

/** The server every test talks to. */
export function server(): RunningServer {
  if (!slot.microblogTestServer) throw new Error('the test server is not running');
  return slot.microblogTestServer;
}

/** Mocha root hooks: one server for the run, an empty database for each test, no unexpected errors, no error whose code went unchecked. */
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(60_000);
    slot.microblogTestServer = await startServer();
  },
  async beforeEach() {
    server().logLines.splice(0);
    await emptyDatabase(server().db);
  },
  afterEach() {
    const errors = server().unexpectedErrors.splice(0);
    const unchecked = [...uncheckedErrors().values()];
    uncheckedErrors().clear();
    expect(errors, 'errors the server did not expect (each is a 500)').to.deep.equal([]);
    expect(unchecked, 'error responses whose code the test did not check (expectError)').to.deep.equal([]);
  },
  async afterAll() {
    await slot.microblogTestServer?.close();
    slot.microblogTestServer = undefined;
  },
};
