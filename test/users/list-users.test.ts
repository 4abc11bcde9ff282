import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { registerUser, signedIn } from '../support/fixtures.js';

describe('GET /api/users', () => {
  it('lists every user by id in the collection envelope, with email only on your own', async () => {
    const me = await signedIn();
    const others = [await registerUser(), await registerUser()];
    const res = await call('GET', '/api/users', { token: me.token });
    expect(res.status).to.equal(200);
    expect(res.body.items.map((u: { id: number }) => u.id)).to.deep.equal([me.id, ...others.map((o) => o.id)]);
    expect(res.body.items[0].email).to.equal(me.email);
    expect(res.body.items[1]).to.not.have.property('email');
    expect(res.body._meta).to.deep.equal({ page: 1, per_page: 10, total_pages: 1, total_items: 3 });
    expect(res.body._links).to.deep.equal({ self: '/api/users?page=1&per_page=10', next: null, prev: null });
  });

  describe('pagination', () => {
    let token: string;
    let ids: number[];

    beforeEach(async () => {
      const me = await signedIn();
      token = me.token;
      ids = [me.id];
      for (let i = 0; i < 6; i += 1) ids.push((await registerUser()).id);
    });

    it('walks the pages by following next, and back by prev', async () => {
      const seen: number[] = [];
      let link: string | null = '/api/users?per_page=3';
      let pages = 0;
      let last: any;
      while (link) {
        last = await call('GET', link, { token });
        seen.push(...last.body.items.map((u: { id: number }) => u.id));
        link = last.body._links.next;
        pages += 1;
      }
      expect(seen).to.deep.equal(ids);
      expect(pages).to.equal(3);
      // Reached by a cursor: no page number, and prev is a cursor too.
      expect(last.body._meta).to.deep.equal({ page: null, per_page: 3, total_pages: 3, total_items: 7 });
      expect(last.body._links.prev).to.equal(`/api/users?before=${ids[6]}&per_page=3`);
      const back = await call('GET', last.body._links.prev, { token });
      expect(back.body.items.map((u: { id: number }) => u.id)).to.deep.equal(ids.slice(3, 6));
      expect(back.body._links.next).to.equal(`/api/users?after=${ids[5]}&per_page=3`);
    });

    it('has no prev on the first page and no next on the last', async () => {
      const first = await call('GET', '/api/users?page=1&per_page=7', { token });
      expect(first.body._links).to.include({ next: null, prev: null });
    });

    it('gives an empty page past the end, pointing prev at the last page', async () => {
      const res = await call('GET', '/api/users?page=5&per_page=3', { token });
      expect(res.status).to.equal(200);
      expect(res.body.items).to.deep.equal([]);
      expect(res.body._links).to.deep.equal({ self: '/api/users?page=5&per_page=3', next: null, prev: '/api/users?page=3&per_page=3' });
    });

    it('treats per_page above 100 as 100', async () => {
      const res = await call('GET', '/api/users?per_page=1000', { token });
      expect(res.body._meta.per_page).to.equal(100);
      expect(res.body._links.self).to.equal('/api/users?page=1&per_page=100');
    });

    it('neither skips nor repeats a user while users register between pages', async () => {
      const seen: number[] = [];
      let link: string | null = '/api/users?per_page=2';
      while (link) {
        const res: { body: { items: { id: number }[]; _links: { next: string | null } } } = await call('GET', link, { token });
        seen.push(...res.body.items.map((u) => u.id));
        link = res.body._links.next;
        // A newcomer joins the end of the list: the walk must reach it too.
        if (link && seen.length <= 6) ids.push((await registerUser()).id);
      }
      expect(seen).to.deep.equal(ids);
    });

    for (const query of ['page=0', 'page=-1', 'per_page=0', 'page=abc', 'per_page=2.5', 'page=99999999999', 'sort=id', 'after=x', 'page=2&after=3', 'before=1&after=2']) {
      it(`answers 400 to ?${query}`, async () => {
        const res = await call('GET', `/api/users?${query}`, { token });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details[0].in).to.equal('query');
        expect(res.body.message).to.include(query.split('=')[0]!.split('&')[0]);
      });
    }
  });

  it('answers 401 without a token', async () => {
    const res = await call('GET', '/api/users');
    expectError(res, 401, 'authentication_required');
  });
});
