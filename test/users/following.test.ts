import { expect } from 'chai';
import { call, expectError, outcomes } from '../support/client.js';
import { makeFollow, registerUser, signedIn } from '../support/fixtures.js';

const counts = async (id: number, token: string) => {
  const res = await call('GET', `/api/users/${id}`, { token });
  return { follower_count: res.body.follower_count, followed_count: res.body.followed_count };
};

describe('/api/users/{id}/followed/{target_id}', () => {
  describe('PUT (follow)', () => {
    it('follows, shows in both lists and both counts, and is idempotent', async () => {
      const me = await signedIn();
      const star = await registerUser();
      const first = await call('PUT', `/api/users/${me.id}/followed/${star.id}`, { token: me.token });
      const again = await call('PUT', `/api/users/${me.id}/followed/${star.id}`, { token: me.token });
      expect([first.status, again.status]).to.deep.equal([204, 204]);
      expect(first.text).to.equal('');
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: 1 });
      expect(await counts(star.id, me.token)).to.deep.equal({ follower_count: 1, followed_count: 0 });
      const followers = await call('GET', `/api/users/${star.id}/followers`, { token: me.token });
      expect(followers.body.items.map((u: { id: number }) => u.id)).to.deep.equal([me.id]);
    });

    it('answers 403 when changing whom someone else follows', async () => {
      const me = await signedIn();
      const other = await registerUser();
      const target = await registerUser();
      const res = await call('PUT', `/api/users/${other.id}/followed/${target.id}`, { token: me.token });
      expectError(res, 403, 'not_owner');
      expect(await counts(target.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: 0 });
    });

    it('answers 400 to following yourself', async () => {
      const me = await signedIn();
      const res = await call('PUT', `/api/users/${me.id}/followed/${me.id}`, { token: me.token });
      expectError(res, 400, 'cannot_follow_yourself');
      expect(res.body.message).to.equal('you cannot follow yourself');
      expect(res.body.details).to.deep.equal([{ in: 'path', field: 'target_id', message: 'must not be your own id' }]);
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: 0 });
    });

    it('answers 404 to an unknown target, and to an unknown follower', async () => {
      const me = await signedIn();
      expectError(await call('PUT', `/api/users/${me.id}/followed/777777`, { token: me.token }), 404, 'user_not_found');
      expectError(await call('PUT', `/api/users/777777/followed/${me.id}`, { token: me.token }), 404, 'user_not_found');
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: 0 });
    });

    it('answers 404 to following a user who has left', async () => {
      const me = await signedIn();
      const leaver = await signedIn();
      expect((await call('DELETE', `/api/users/${leaver.id}`, { token: leaver.token })).status).to.equal(204);
      expectError(await call('PUT', `/api/users/${me.id}/followed/${leaver.id}`, { token: me.token }), 404, 'user_not_found');
    });

    it('answers 400 to ids that are not ids, and 401 without a token', async () => {
      const me = await signedIn();
      expectError(await call('PUT', `/api/users/${me.id}/followed/abc`, { token: me.token }), 400, 'validation_failed');
      expectError(await call('PUT', `/api/users/${me.id}/followed/0`, { token: me.token }), 400, 'validation_failed');
      expectError(await call('PUT', `/api/users/${me.id}/followed/${me.id + 1}`), 401, 'authentication_required');
    });
  });

  describe('DELETE (unfollow)', () => {
    it('unfollows, uncounts, and is idempotent', async () => {
      const me = await signedIn();
      const star = await registerUser();
      await call('PUT', `/api/users/${me.id}/followed/${star.id}`, { token: me.token });
      const first = await call('DELETE', `/api/users/${me.id}/followed/${star.id}`, { token: me.token });
      const again = await call('DELETE', `/api/users/${me.id}/followed/${star.id}`, { token: me.token });
      expect([first.status, again.status]).to.deep.equal([204, 204]);
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: 0 });
      expect(await counts(star.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: 0 });
    });

    it('answers 204 to unfollowing yourself, as to any pair not followed, and changes nothing', async () => {
      const me = await signedIn();
      const fan = await registerUser();
      await makeFollow(fan, me);
      for (let i = 0; i < 2; i++) {
        const res = await call('DELETE', `/api/users/${me.id}/followed/${me.id}`, { token: me.token });
        expect(res.status).to.equal(204);
      }
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 1, followed_count: 0 });
    });

    it("answers 403 for someone else's list and 404 for an unknown target", async () => {
      const me = await signedIn();
      const other = await signedIn();
      await call('PUT', `/api/users/${other.id}/followed/${me.id}`, { token: other.token });
      expectError(await call('DELETE', `/api/users/${other.id}/followed/${me.id}`, { token: me.token }), 403, 'not_owner');
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 1, followed_count: 0 });
      expectError(await call('DELETE', `/api/users/${me.id}/followed/888888`, { token: me.token }), 404, 'user_not_found');
    });
  });

  describe('GET (does id follow target_id?)', () => {
    it('answers 204 when following and 404 when not, to anyone signed in', async () => {
      const me = await signedIn();
      const a = await signedIn();
      const b = await registerUser();
      await call('PUT', `/api/users/${a.id}/followed/${b.id}`, { token: a.token });
      expect((await call('GET', `/api/users/${a.id}/followed/${b.id}`, { token: me.token })).status).to.equal(204);
      const not = await call('GET', `/api/users/${b.id}/followed/${a.id}`, { token: me.token });
      expectError(not, 404, 'not_following');
      expect(not.body.message).to.equal(`user ${b.id} does not follow user ${a.id}`);
    });
  });

  describe('when clients race', () => {
    it('keeps the counts equal to the edges under concurrent follows and unfollows of one pair', async () => {
      const me = await signedIn();
      const star = await registerUser();
      const url = `/api/users/${me.id}/followed/${star.id}`;
      const storm = Array.from({ length: 20 }, (_, i) => call(i % 2 ? 'DELETE' : 'PUT', url, { token: me.token }));
      for (const res of await Promise.all(storm)) expect(res.status).to.equal(204);
      const state = outcomes([await call('GET', url, { token: me.token })])[0];
      expect([204, '404 not_following']).to.include(state);
      const follows = state === 204 ? 1 : 0;
      expect(await counts(me.id, me.token)).to.deep.equal({ follower_count: 0, followed_count: follows });
      expect(await counts(star.id, me.token)).to.deep.equal({ follower_count: follows, followed_count: 0 });
    });

    it('counts one edge when the same follow arrives many times at once', async () => {
      const me = await signedIn();
      const star = await registerUser();
      await Promise.all(Array.from({ length: 10 }, () => call('PUT', `/api/users/${me.id}/followed/${star.id}`, { token: me.token })));
      expect(await counts(star.id, me.token)).to.deep.equal({ follower_count: 1, followed_count: 0 });
    });
  });
});
