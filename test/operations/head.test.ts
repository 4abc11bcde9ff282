import { expect } from 'chai';
import { call, outcomes } from '../support/client.js';
import { contractOperations } from '../support/contract.js';
import { registerUser, signedIn, writePost } from '../support/fixtures.js';

/** Headers that differ between two answers by nature, not by method. */
const PER_ANSWER = new Set(['date', 'x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'connection', 'keep-alive', 'transfer-encoding']);

const comparable = (headers: Headers) => [...headers].filter(([name]) => !PER_ANSWER.has(name));

describe('HEAD: every GET operation answers it (RFC 9110, 9.3.2)', () => {
  const gets = contractOperations().filter((operation) => operation.method === 'get');

  it('covers every GET of the contract', () => {
    expect(gets.length).to.be.greaterThan(15);
  });

  for (const operation of gets) {
    it(`${operation.operationId}: the same status and headers as GET, and no body`, async () => {
      const me = await signedIn();
      const other = await registerUser();
      const post = await writePost(me, 'for HEAD');
      const values: Record<string, string> = {
        id: String(operation.path.startsWith('/api/posts') ? post : me.id),
        target_id: String(other.id),
        post_id: String(post),
        asset: 'docs.js',
      };
      const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
      const token = (operation.security ?? []).length > 0 ? me.token : undefined;
      // Compared uncompressed: HEAD leaves out Content-Encoding, which is settled only
      // while the body is made (RFC 9110, 9.3.2 allows it); compression.test.ts covers it.
      const identity = { 'accept-encoding': 'identity' };
      const get = await call('GET', path, { token, headers: identity });
      // A relation that does not hold, and a message id that names none, are answered 404 to HEAD as to GET.
      expect(outcomes([get])[0], path).to.be.oneOf([200, '404 not_following', '404 not_liked', '404 message_not_found']);
      const head = await call('HEAD', path, { token, headers: identity });
      expect(head.status, path).to.equal(get.status);
      expect(head.text).to.equal('');
      expect(comparable(head.headers), path).to.deep.equal(comparable(get.headers));
    });
  }
});
