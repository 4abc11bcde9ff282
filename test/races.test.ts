import { expect } from 'chai';
import { call, expectError, outcomes } from './support/client.js';
import { registerUser, signedIn, tokenFor } from './support/fixtures.js';
import { server } from './support/hooks.js';
import { countMismatches, rowCount } from './support/invariants.js';

/**
 * Races: many clients at once on the same users, posts and tokens. Each story
 * checks the answers (every one declared, none a 5xx) and then the database:
 * every count equals the rows it counts, and no revoked credential works.
 */
describe('races', function () {
  this.timeout(60_000);

  it('fifty registrations of one username at once give exactly one 201, and a 400 naming the taken field to the rest', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        // The same name in any case is the same name.
        call('POST', '/api/users', { json: { username: i % 2 ? 'Racer' : 'racer', email: `racer${i}@example.com`, password: `pw-${i}` } }),
      ),
    );
    const created = attempts.filter((res) => res.status === 201);
    const refused = attempts.filter((res) => res.status === 400);
    expect([created.length, refused.length]).to.deep.equal([1, 49]);
    expect(new Set(outcomes(refused))).to.deep.equal(new Set(['400 username_taken']));
    for (const res of refused) expect(res.body.details).to.deep.equal([{ in: 'body', field: 'username', message: 'is taken' }]);
    expect(await rowCount(server().db('users'))).to.equal(1);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });

  it('a storm of posts, deletions, follows and unfollows among five users leaves every count equal to its rows', async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => signedIn()));
    const written = new Map<number, number>(); // post id → author's index
    const deleted = new Set<number>();
    const statuses = new Map<string, number[]>();
    const note = (what: string, status: number) => statuses.set(what, [...(statuses.get(what) ?? []), status]);

    const author = async (i: number) => {
      const me = users[i]!;
      for (let n = 0; n < 12; n++) {
        const res = await call('POST', '/api/posts', { token: me.token, json: { body: `post ${n} by ${me.username}` } });
        note('create', res.status);
        if (res.status === 201) written.set(res.body.id, i);
        // Every third post is deleted while the others are still writing.
        if (n % 3 === 2 && res.status === 201) {
          const gone = await call('DELETE', `/api/posts/${res.body.id}`, { token: me.token });
          note('delete', gone.status);
          if (gone.status === 204) deleted.add(res.body.id);
        }
      }
    };
    const follower = async (i: number) => {
      const me = users[i]!;
      for (let n = 0; n < 12; n++) {
        const target = users[(i + 1 + (n % 4)) % 5]!;
        const method = n % 3 === 1 ? 'DELETE' : 'PUT';
        note(method, (await call(method, `/api/users/${me.id}/followed/${target.id}`, { token: me.token })).status);
      }
    };
    await Promise.all(users.flatMap((_, i) => [author(i), follower(i)]));

    expect([...new Set(statuses.get('create'))]).to.deep.equal([201]);
    expect([...new Set(statuses.get('delete'))]).to.deep.equal([204]);
    expect([...new Set([...(statuses.get('PUT') ?? []), ...(statuses.get('DELETE') ?? [])])]).to.deep.equal([204]);
    expect(await countMismatches(server().db)).to.deep.equal([]);
    const stored = await server().db('posts').pluck('id');
    expect(stored.map(Number).sort((a, b) => a - b)).to.deep.equal([...written.keys()].filter((id) => !deleted.has(id)).sort((a, b) => a - b));
  });

  it('deleting a user while others delete their posts and unfollow them leaves every count equal to its rows', async () => {
    const star = await signedIn();
    const fans = await Promise.all(Array.from({ length: 6 }, () => signedIn()));
    for (const fan of fans) {
      expect((await call('PUT', `/api/users/${fan.id}/followed/${star.id}`, { token: fan.token })).status).to.equal(204);
      expect((await call('PUT', `/api/users/${star.id}/followed/${fan.id}`, { token: star.token })).status).to.equal(204);
    }
    const posts = await Promise.all(Array.from({ length: 10 }, (_, n) => call('POST', '/api/posts', { token: star.token, json: { body: `star ${n}` } })));
    const answers = await Promise.all([
      call('DELETE', `/api/users/${star.id}`, { token: star.token }),
      ...posts.map((post) => call('DELETE', `/api/posts/${post.body.id}`, { token: star.token })),
      ...fans.map((fan) => call('DELETE', `/api/users/${fan.id}/followed/${star.id}`, { token: fan.token })),
      ...fans.map((fan) => call('POST', '/api/posts', { token: fan.token, json: { body: 'still here' } })),
      ...fans.map((fan) => call('PUT', `/api/users/${fan.id}/followed/${star.id}`, { token: fan.token })),
      ...fans.map(() => call('POST', '/api/posts', { token: star.token, json: { body: 'a last word' } })),
      ...[1, 2, 3].map((n) => call('PUT', `/api/users/${star.id}`, { token: star.token, json: { about_me: `edit ${n}` } })),
    ]);
    expect(answers[0]!.status).to.equal(204);
    // The star's own requests raced its deletion: done (204), or refused as someone no longer there (401).
    const [, ...rest] = outcomes(answers);
    for (const outcome of rest.slice(0, 10)) expect([204, '401 token_invalid', '404 post_not_found']).to.include(outcome);
    for (const outcome of rest.slice(10, 16)) expect([204, '404 user_not_found']).to.include(outcome);
    for (const outcome of rest.slice(16, 22)) expect(outcome).to.equal(201);
    // Following someone who is being deleted: done (and removed with them), or not found.
    for (const outcome of rest.slice(22, 28)) expect([204, '404 user_not_found']).to.include(outcome);
    // Writing as someone who is being deleted: written (and removed with them), or refused.
    for (const outcome of rest.slice(28, 34)) expect([201, '401 token_invalid']).to.include(outcome);
    for (const outcome of rest.slice(34)) expect([200, '401 token_invalid', '404 user_not_found']).to.include(outcome);
    expect(await countMismatches(server().db)).to.deep.equal([]);
    expect(await rowCount(server().db('followers').where({ followed_id: star.id }).orWhere({ follower_id: star.id }))).to.equal(0);
    expect(await rowCount(server().db('posts').where({ user_id: star.id }))).to.equal(0);
  });

  it('messages sent while their readers move the marker, and their sender is deleted, leave every unread count equal to its rows', async () => {
    const [ann, ben, cat] = await Promise.all([signedIn(), signedIn(), signedIn()]);
    const sendMany = (from: { id: number; token: string }, to: { id: number }) =>
      Promise.all(Array.from({ length: 10 }, (_, n) => call('POST', `/api/users/${to.id}/messages`, { token: from.token, json: { body: `message ${n}` } })));
    const mark = (reader: { token: string }) =>
      Promise.all(Array.from({ length: 10 }, (_, n) => call('PUT', '/api/messages/read-marker', { token: reader.token, json: { last_read_id: n * 3 } })));
    const [toBen, toCat, , , , gone] = await Promise.all([
      sendMany(ann, ben),
      sendMany(ann, cat),
      sendMany(cat, ben),
      mark(ben),
      mark(cat),
      call('DELETE', `/api/users/${ann.id}`, { token: ann.token }),
    ]);
    expect(gone.status).to.equal(204);
    // Ann's messages raced her deletion: sent (and removed with her), or refused as someone no longer there.
    for (const outcome of outcomes([...toBen, ...toCat])) expect([201, '401 token_invalid']).to.include(outcome);
    expect(await countMismatches(server().db)).to.deep.equal([]);
    expect(await rowCount(server().db('messages').where({ sender_id: ann.id }).orWhere({ recipient_id: ann.id }))).to.equal(0);
    expect(await rowCount(server().db('messages').where({ sender_id: cat.id }))).to.equal(10);
  });

  describe('tokens', () => {
    it('never leaves a revoked token working while tokens are issued and revoked at once', async () => {
      const me = await registerUser();
      const rounds = await Promise.all(
        Array.from({ length: 20 }, async () => {
          const token = await tokenFor(me);
          const [revoked, during] = await Promise.all([
            call('DELETE', '/api/tokens', { token }),
            call('GET', '/api/me', { token }),
          ]);
          const after = await call('GET', '/api/me', { token });
          const [, duringOutcome, afterOutcome] = outcomes([revoked, during, after]);
          return { revoked: revoked.status, during: duringOutcome, after: afterOutcome };
        }),
      );
      for (const round of rounds) {
        expect(round.revoked).to.equal(204);
        // A request racing the revocation may be served or refused; any after it is refused.
        expect([200, '401 token_invalid']).to.include(round.during);
        expect(round.after).to.equal('401 token_invalid');
      }
      expect(await rowCount(server().db('tokens'))).to.equal(0);
    });

    it('issues no token that outlives a password change made while it was being issued', async () => {
      const me = await signedIn();
      const logins = Array.from({ length: 12 }, () => call('POST', '/api/tokens', { basic: me }));
      const change = call('PUT', `/api/users/${me.id}`, { token: me.token, json: { password: 'a-new-password', current_password: me.password } });
      const [changed, ...issued] = await Promise.all([change, ...logins]);
      expect(changed!.status).to.equal(200);
      for (const login of issued) {
        expect([200, '401 credentials_invalid']).to.include(outcomes([login])[0]);
        if (login.status !== 200) continue;
        // Any token the old password got must be dead now, as the change promised.
        expectError(await call('GET', '/api/me', { token: login.body.token }), 401, 'token_invalid');
      }
      expect((await call('GET', '/api/me', { token: me.token })).status, 'the token that changed it').to.equal(200);
    });

    it('issues no token that outlives its user, when the account is deleted during logins', async () => {
      const me = await signedIn();
      const logins = Array.from({ length: 12 }, () => call('POST', '/api/tokens', { basic: me }));
      const [deleted, ...issued] = await Promise.all([call('DELETE', `/api/users/${me.id}`, { token: me.token }), ...logins]);
      expect(deleted!.status).to.equal(204);
      for (const login of issued) {
        expect([200, '401 credentials_invalid']).to.include(outcomes([login])[0]);
        if (login.status === 200) expectError(await call('GET', '/api/me', { token: login.body.token }), 401, 'token_invalid');
      }
      expect(await rowCount(server().db('tokens'))).to.equal(0);
    });
  });
});

