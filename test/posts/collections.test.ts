import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { makeFollow, signedIn, writePost } from '../support/fixtures.js';

type Page = { items: { id: number; body: string }[]; _meta: any; _links: { self: string; next: string | null; prev: string | null } };
const ids = (page: Page) => page.items.map((p) => p.id);

/** Follows `next` links from `start` and returns every page. */
async function walk(start: string, token: string): Promise<Page[]> {
  const pages: Page[] = [];
  let link: string | null = start;
  while (link) {
    const res: { status: number; body: Page } = await call<Page>('GET', link, { token });
    expect(res.status).to.equal(200);
    pages.push(res.body);
    link = res.body._links.next;
  }
  return pages;
}

describe('post collections', () => {
  describe('GET /api/posts (explore)', () => {
    it('lists every post, newest first, in the collection envelope', async () => {
      const a = await signedIn();
      const b = await signedIn();
      const first = await writePost(a, 'one');
      const second = await writePost(b, 'two');
      const third = await writePost(a, 'three');
      const res = await call<Page>('GET', '/api/posts', { token: b.token });
      expect(ids(res.body)).to.deep.equal([third, second, first]);
      expect(res.body._meta).to.deep.equal({ page: 1, per_page: 10, total_pages: 1, total_items: 3 });
      expect(res.body._links).to.deep.equal({ self: '/api/posts?page=1&per_page=10', next: null, prev: null });
    });

    it('gives an empty collection when nobody has posted', async () => {
      const me = await signedIn();
      const res = await call<Page>('GET', '/api/posts', { token: me.token });
      expect(res.body.items).to.deep.equal([]);
      expect(res.body._meta.total_items).to.equal(0);
    });
  });

  describe('pages and cursors', () => {
    let me: Awaited<ReturnType<typeof signedIn>>;
    let written: number[];

    beforeEach(async () => {
      me = await signedIn();
      written = [];
      for (let i = 1; i <= 7; i += 1) written.push(await writePost(me, `post ${i}`));
    });

    it('links next by a cursor (before) and prev by a cursor (after)', async () => {
      const res = await call<Page>('GET', '/api/posts?per_page=3', { token: me.token });
      const [p7, p6, p5] = [...written].reverse();
      expect(ids(res.body)).to.deep.equal([p7, p6, p5]);
      expect(res.body._links).to.deep.equal({ self: '/api/posts?page=1&per_page=3', next: `/api/posts?before=${p5}&per_page=3`, prev: null });

      const second = await call<Page>('GET', res.body._links.next!, { token: me.token });
      expect(second.body._meta).to.deep.equal({ page: null, per_page: 3, total_pages: 3, total_items: 7 });
      expect(second.body._links.prev).to.equal(`/api/posts?after=${second.body.items[0]!.id}&per_page=3`);
      const back = await call<Page>('GET', second.body._links.prev!, { token: me.token });
      expect(ids(back.body)).to.deep.equal([p7, p6, p5]);
      expect(back.body._links.prev).to.equal(null);
    });

    it('sends the same links in an RFC 8288 Link header, with the first and last pages', async () => {
      const res = await call<Page>('GET', '/api/posts?per_page=3', { token: me.token });
      const [, , p5] = [...written].reverse();
      expect(res.headers.get('link')).to.equal(
        `</api/posts?before=${p5}&per_page=3>; rel="next", </api/posts?page=1&per_page=3>; rel="first", </api/posts?page=3&per_page=3>; rel="last"`,
      );
      const second = await call<Page>('GET', res.body._links.next!, { token: me.token });
      const rels = Object.fromEntries(
        second.headers.get('link')!.split(', ').map((link) => [/rel="(\w+)"/.exec(link)![1], /^<([^>]+)>/.exec(link)![1]]),
      );
      expect(rels).to.deep.equal({
        next: second.body._links.next,
        prev: second.body._links.prev,
        first: '/api/posts?page=1&per_page=3',
        last: '/api/posts?page=3&per_page=3',
      });
    });

    it('links an empty collection to its one page, and to nothing else', async () => {
      const someone = await signedIn();
      const res = await call<Page>('GET', `/api/users/${someone.id}/posts`, { token: me.token });
      expect(res.body.items).to.deep.equal([]);
      expect(res.headers.get('link')).to.equal(
        `</api/users/${someone.id}/posts?page=1&per_page=10>; rel="first", </api/users/${someone.id}/posts?page=1&per_page=10>; rel="last"`,
      );
    });

    it('visits every post exactly once by following next', async () => {
      const pages = await walk('/api/posts?per_page=3', me.token);
      expect(pages.flatMap(ids)).to.deep.equal([...written].reverse());
      expect(pages.length).to.equal(3);
      expect(pages.at(-1)!._links.next).to.equal(null);
    });

    it('neither skips nor repeats a post while new posts are written between pages', async () => {
      const seen: number[] = [];
      let link: string | null = '/api/posts?per_page=2';
      while (link) {
        const res: { body: Page } = await call<Page>('GET', link, { token: me.token });
        seen.push(...ids(res.body));
        await writePost(me, 'meanwhile'); // would shift an offset page
        link = res.body._links.next;
      }
      expect(seen).to.deep.equal([...written].reverse());
    });

    it('serves numbered pages too, with page in _meta', async () => {
      const res = await call<Page>('GET', '/api/posts?page=2&per_page=3', { token: me.token });
      const newestFirst = [...written].reverse();
      expect(ids(res.body)).to.deep.equal(newestFirst.slice(3, 6));
      expect(res.body._meta.page).to.equal(2);
      expect(res.body._links.prev).to.equal(`/api/posts?after=${newestFirst[3]}&per_page=3`);
      expect(res.body._links.next).to.equal(`/api/posts?before=${newestFirst[5]}&per_page=3`);
    });

    it('gives an empty page past the end of the numbered pages, pointing back to the last', async () => {
      const res = await call<Page>('GET', '/api/posts?page=9&per_page=3', { token: me.token });
      expect(res.body.items).to.deep.equal([]);
      expect(res.body._links).to.deep.equal({ self: '/api/posts?page=9&per_page=3', next: null, prev: '/api/posts?page=3&per_page=3' });
    });

    it('accepts a cursor whose post was deleted', async () => {
      const cursor = written[4]!;
      await call('DELETE', `/api/posts/${cursor}`, { token: me.token });
      const res = await call<Page>('GET', `/api/posts?before=${cursor}&per_page=10`, { token: me.token });
      expect(ids(res.body)).to.deep.equal(written.slice(0, 4).reverse());
    });

    it('answers polling with after: only what is newer, newest first', async () => {
      const res = await call<Page>('GET', `/api/posts?after=${written[4]}`, { token: me.token });
      expect(ids(res.body)).to.deep.equal([written[6], written[5]]);
      expect(res.body._links.prev).to.equal(null);
    });

    for (const query of ['before=abc', 'before=0', 'after=-3', 'page=1&before=5', 'before=5&after=2', 'page=0', 'cursor=5']) {
      it(`answers 400 to ?${query}`, async () => {
        const res = await call('GET', `/api/posts?${query}`, { token: me.token });
        expectError(res, 400, 'validation_failed');
        expect(res.body.details[0].in).to.equal('query');
      });
    }
  });

  describe('GET /api/users/{id}/posts', () => {
    it("lists one user's posts, newest first, totalled by post_count", async () => {
      const a = await signedIn();
      const b = await signedIn();
      const a1 = await writePost(a, 'a1');
      await writePost(b, 'b1');
      const a2 = await writePost(a, 'a2');
      const res = await call<Page>('GET', `/api/users/${a.id}/posts`, { token: b.token });
      expect(ids(res.body)).to.deep.equal([a2, a1]);
      expect(res.body._meta.total_items).to.equal(2);
      expect(res.body._links.self).to.equal(`/api/users/${a.id}/posts?page=1&per_page=10`);
      const user = await call('GET', `/api/users/${a.id}`, { token: b.token });
      expect(user.body._links.posts).to.equal(`/api/users/${a.id}/posts`);
    });

    it('pages by cursor within the user', async () => {
      const a = await signedIn();
      const b = await signedIn();
      const mine: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        mine.push(await writePost(a, `a${i}`));
        await writePost(b, `b${i}`);
      }
      const pages = await walk(`/api/users/${a.id}/posts?per_page=2`, b.token);
      expect(pages.flatMap(ids)).to.deep.equal(mine.reverse());
    });

    it('answers 404 for a user who does not exist', async () => {
      const me = await signedIn();
      expectError(await call('GET', '/api/users/123456/posts', { token: me.token }), 404, 'user_not_found');
    });
  });

  describe('GET /api/feed', () => {
    it("holds your own posts and those of the users you follow, newest first, and nobody else's", async () => {
      const me = await signedIn();
      const friend = await signedIn();
      const stranger = await signedIn();
      await makeFollow(me, friend);
      const f1 = await writePost(friend, 'friend 1');
      await writePost(stranger, 'stranger');
      const m1 = await writePost(me, 'me 1');
      const f2 = await writePost(friend, 'friend 2');
      const res = await call<Page>('GET', '/api/feed', { token: me.token });
      expect(ids(res.body)).to.deep.equal([f2, m1, f1]);
      expect(res.body._meta.total_items).to.equal(3);
      expect(res.body._links.self).to.equal('/api/feed?page=1&per_page=10');
    });

    it('drops the posts of someone unfollowed, and walks by cursor', async () => {
      const me = await signedIn();
      const friend = await signedIn();
      const exFriend = await signedIn();
      await makeFollow(me, friend);
      await makeFollow(me, exFriend);
      const kept: number[] = [];
      for (let i = 0; i < 4; i += 1) {
        kept.push(await writePost(friend, `f${i}`));
        await writePost(exFriend, `x${i}`);
      }
      await call('DELETE', `/api/users/${me.id}/followed/${exFriend.id}`, { token: me.token });
      const pages = await walk('/api/feed?per_page=3', me.token);
      expect(pages.flatMap(ids)).to.deep.equal(kept.reverse());
      expect(pages[0]!._meta.total_items).to.equal(4);
    });

    it('gives the same feed whether its authors wrote most posts or few', async () => {
      const me = await signedIn();
      const friend = await signedIn();
      const stranger = await signedIn();
      await makeFollow(me, friend);
      const mine: number[] = [];
      for (let i = 0; i < 4; i += 1) mine.push(await writePost(i % 2 ? me : friend, `p${i}`));
      await writePost(stranger, 'not in the feed');
      // One per page: the feed's 4 of 5 posts make it dense (walked newest first);
      // ten per page: sparse (read author by author). Both must agree.
      const dense = (await walk('/api/feed?per_page=1', me.token)).flatMap(ids);
      const sparse = (await walk('/api/feed?per_page=10', me.token)).flatMap(ids);
      expect(dense).to.deep.equal([...mine].reverse());
      expect(sparse).to.deep.equal(dense);
    });

    it('is empty for a new user', async () => {
      const me = await signedIn();
      const res = await call<Page>('GET', '/api/feed', { token: me.token });
      expect(res.body.items).to.deep.equal([]);
      expect(res.body._meta).to.deep.equal({ page: 1, per_page: 10, total_pages: 0, total_items: 0 });
    });

    it('answers 401 without a token', async () => {
      expectError(await call('GET', '/api/feed'), 401, 'authentication_required');
    });
  });
});
