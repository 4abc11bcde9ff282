import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { makeFollow, registerUser, signedIn, type TestUser } from '../support/fixtures.js';

describe('GET /api/users/{id}/followers and /followed', () => {
  let me: TestUser & { token: string };
  let fans: TestUser[];

  beforeEach(async () => {
    me = await signedIn();
    fans = [];
    for (let i = 0; i < 5; i += 1) fans.push(await registerUser());
  });

  it('lists the users who follow someone, by id, with follower_count as the total', async () => {
    for (const fan of [fans[3]!, fans[0]!, fans[2]!]) await makeFollow(fan, me);
    const res = await call('GET', `/api/users/${me.id}/followers`, { token: me.token });
    expect(res.status).to.equal(200);
    expect(res.body.items.map((u: { id: number }) => u.id)).to.deep.equal([fans[0]!.id, fans[2]!.id, fans[3]!.id]);
    expect(res.body._meta.total_items).to.equal(3);
    expect(res.body._links.self).to.equal(`/api/users/${me.id}/followers?page=1&per_page=10`);
  });

  it('lists the users someone follows, paginated', async () => {
    for (const fan of fans) await makeFollow(me, fan);
    const page2 = await call('GET', `/api/users/${me.id}/followed?page=2&per_page=2`, { token: me.token });
    expect(page2.body.items.map((u: { id: number }) => u.id)).to.deep.equal([fans[2]!.id, fans[3]!.id]);
    expect(page2.body._meta).to.deep.equal({ page: 2, per_page: 2, total_pages: 3, total_items: 5 });
    expect(page2.body._links).to.deep.equal({
      self: `/api/users/${me.id}/followed?page=2&per_page=2`,
      next: `/api/users/${me.id}/followed?after=${fans[3]!.id}&per_page=2`,
      prev: `/api/users/${me.id}/followed?before=${fans[2]!.id}&per_page=2`,
    });
  });

  it('walks a long list by its cursors, forwards and back, and pages stay put when users follow meanwhile', async () => {
    for (const fan of fans) await makeFollow(fan, me);
    const seen: number[] = [];
    let link: string | null = `/api/users/${me.id}/followers?per_page=2`;
    let last: any;
    while (link) {
      last = await call('GET', link, { token: me.token });
      seen.push(...last.body.items.map((u: { id: number }) => u.id));
      link = last.body._links.next;
    }
    expect(seen).to.deep.equal(fans.map((f) => f.id));
    const back = await call('GET', last.body._links.prev, { token: me.token });
    expect(back.body.items.map((u: { id: number }) => u.id)).to.deep.equal([fans[2]!.id, fans[3]!.id]);
    expect(back.body._meta.page).to.equal(null);
  });

  it('includes the email only on the requester in a list', async () => {
    await makeFollow(me, fans[0]!);
    await makeFollow(fans[1]!, fans[0]!);
    const res = await call('GET', `/api/users/${fans[0]!.id}/followers`, { token: me.token });
    const [mine, theirs] = res.body.items;
    expect(mine.email).to.equal(me.email);
    expect(theirs).to.not.have.property('email');
  });

  it('gives an empty collection for a user nobody follows', async () => {
    const res = await call('GET', `/api/users/${me.id}/followers`, { token: me.token });
    expect(res.body).to.deep.equal({
      items: [],
      _meta: { page: 1, per_page: 10, total_pages: 0, total_items: 0 },
      _links: { self: `/api/users/${me.id}/followers?page=1&per_page=10`, next: null, prev: null },
    });
  });

  for (const list of ['followers', 'followed']) {
    it(`answers 404 for the ${list} of a user that does not exist`, async () => {
      const res = await call('GET', `/api/users/424242/${list}`, { token: me.token });
      expectError(res, 404, 'user_not_found');
    });

    it(`answers 401 for ${list} without a token`, async () => {
      const res = await call('GET', `/api/users/${me.id}/${list}`);
      expectError(res, 401, 'authentication_required');
    });

    it(`answers 400 for ${list} with a bad page`, async () => {
      const res = await call('GET', `/api/users/${me.id}/${list}?page=0`, { token: me.token });
      expectError(res, 400, 'validation_failed');
    });
  }
});
