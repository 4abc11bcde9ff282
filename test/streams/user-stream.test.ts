import { expect } from 'chai';
import { ANNOUNCEMENT } from '../../src/data/db.js';
import { call } from '../support/client.js';
import { StreamClient } from '../support/event-stream.js';
import { makeFollow, signedIn, writePost } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { serveApp, testConfig, type ServedApp } from '../support/server.js';

const base = () => server().baseUrl;
const kinds = (client: StreamClient) => client.events.map((e) => [e.event, (e.data as { id?: number; type?: string }).type ?? (e.data as { id: number }).id]);

describe('GET /api/streams/user', () => {
  const open: StreamClient[] = [];
  const stream = async (token: string, headers: Record<string, string> = {}, at = base()) => {
    const client = await StreamClient.opened(at, token, headers);
    open.push(client);
    return client;
  };
  afterEach(() => open.splice(0).forEach((client) => client.close()));

  it("sends a follower each new post of the users it follows, and its own, as the contract's Post; not others'", async () => {
    const [ann, ben, cat] = [await signedIn(), await signedIn(), await signedIn()];
    await makeFollow(ben, ann);
    const bens = await stream(ben.token);
    const cats = await stream(cat.token);
    const first = await writePost(ann, 'hello followers');
    const own = await writePost(ben, 'my own');
    await writePost(cat, 'nobody follows cat');
    const events = await bens.waitForEvents(2);
    expect(events.map((e) => [e.event, (e.data as { id: number }).id])).to.deep.equal([
      ['post', first],
      ['post', own],
    ]);
    expect(events[0]!.id).to.be.below(events[1]!.id);
    await cats.waitForEvents(1);
    expect(cats.events.map((e) => (e.data as { body: string }).body)).to.deep.equal(['nobody follows cat']);
  });

  it('sends delete with the id of a post that left the feed, and notifications as they are written', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    await makeFollow(ben, ann);
    const anns = await stream(ann.token);
    const bens = await stream(ben.token);
    const post = await writePost(ann, 'short-lived');
    await call('PUT', `/api/users/${ben.id}/liked/${post}`, { token: ben.token });
    await call('DELETE', `/api/posts/${post}`, { token: ann.token });
    await bens.waitForEvents(2);
    expect(kinds(bens)).to.deep.equal([
      ['post', post],
      ['delete', post],
    ]);
    // Ann: ben's follow came before the stream opened; her post, the like, the delete after.
    await anns.waitForEvents(3);
    expect(kinds(anns)).to.deep.equal([
      ['post', post],
      ['notification', 'like'],
      ['delete', post],
    ]);
  });

  it('sends a reconnecting client what it missed (Last-Event-ID), then goes on live, with nothing twice and no gap', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    await makeFollow(ben, ann);
    const first = await stream(ben.token);
    await writePost(ann, 'one');
    const [seen] = await first.waitForEvents(1);
    first.close();
    const missed = [await writePost(ann, 'two'), await writePost(ann, 'three')];
    await call('POST', `/api/users/${ben.id}/messages`, { token: ann.token, json: { body: 'psst' } });
    const again = await stream(ben.token, { 'Last-Event-ID': String(seen!.id) });
    await again.waitForEvents(3);
    const live = await writePost(ann, 'four');
    await again.waitForEvents(4);
    expect(kinds(again)).to.deep.equal([
      ['post', missed[0]],
      ['post', missed[1]],
      ['notification', 'message'],
      ['post', live],
    ]);
    const ids = again.events.map((e) => e.id);
    expect(ids).to.deep.equal([...ids].sort((a, b) => a - b));
    expect(ids[0]).to.be.above(seen!.id);
  });

  it('lets a user have STREAMS_PER_USER streams (4) open at once: one more is 429, and closing one makes room', async () => {
    const ann = await signedIn();
    for (let i = 0; i < 4; i++) await stream(ann.token);
    const refused = await StreamClient.open(base(), ann.token);
    expect((refused as { status: number }).status).to.equal(429);
    open.shift()!.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await stream(ann.token);
  });

  it('refuses a stream without a token (401) before any event, and streams to a read-only token', async () => {
    const refused = await StreamClient.open(base(), undefined);
    expect((refused as { status: number }).status).to.equal(401);
    const ann = await signedIn();
    const readOnly = await call('POST', '/api/tokens', { basic: { username: ann.username, password: ann.password }, json: { scope: 'read' } });
    const client = await stream(readOnly.body.token);
    await writePost(ann, 'still streamed');
    await client.waitForEvents(1);
  });

  it("ends a stream at once when its token is revoked, or its session ended, not another session's", async () => {
    const ann = await signedIn();
    const other = await call('POST', '/api/tokens', { basic: { username: ann.username, password: ann.password } });
    const revoked = await stream(ann.token);
    const kept = await stream(other.body.token);
    expect((await call('DELETE', '/api/tokens', { token: ann.token })).status).to.equal(204);
    await Promise.race([revoked.ended, new Promise((_, reject) => setTimeout(() => reject(new Error('the stream did not end')), 2000))]);
    expect(kept.hasEnded).to.equal(false);
    await writePost({ token: other.body.token }, 'the other session still streams');
    await kept.waitForEvents(1);
  });

  describe('on an instance of its own settings', () => {
    let instance: ServedApp | undefined;
    const serve = async (env: Record<string, string>) => {
      instance = await serveApp(testConfig(server().database.url, env), server().database);
      return instance;
    };
    afterEach(async () => {
      await instance?.close();
      instance = undefined;
    });

    it('comments every STREAM_HEARTBEAT_MS, so that proxies keep an idle stream open', async () => {
      const at = await serve({ STREAM_HEARTBEAT_MS: '100' });
      const ann = await signedIn();
      const client = await stream(ann.token, {}, at.baseUrl);
      await client.until(() => client.comments.filter((c) => c === 'keep-alive').length >= 3, 2000, 'three keep-alive comments');
      expect(client.events).to.deep.equal([]);
    });

    it('drops a client that stops reading once what waits for it passes STREAM_BUFFER_BYTES', async function () {
      this.timeout(60_000);
      const at = await serve({ STREAM_BUFFER_BYTES: '16384' });
      const [ann, ben] = [await signedIn(), await signedIn()];
      await makeFollow(ben, ann);
      // A post that mentions 25 users is an event of about 4 KB.
      const mentioned = await Promise.all(Array.from({ length: 25 }, () => signedIn()));
      const post = await writePost(ann, mentioned.map((user) => `@${user.username}`).join(' '));
      const slow = await stream(ben.token, {}, at.baseUrl);
      slow.pause();
      // The kernel's socket buffers hold megabytes before the server's own fill: rather than write
      // thousands of posts, the same post is announced again and again on the process's own bus, as
      // its transaction announced it once, with ever newer ids. What the client does not read piles
      // up in the server until the bound drops it.
      const { id } = await server().db('stream_events').where({ post_id: post }).first('id');
      const dropped = () => at.logLines.some((line) => line.msg === 'dropped a stream whose client does not read' && line.userId === ben.id);
      let sent = 0;
      while (sent < 5_000 && !dropped()) {
        for (let n = 0; n < 100; n++) {
          sent += 1;
          server().database.announcements.emit(ANNOUNCEMENT, { kind: 'event', id: id + sent, type: 'post', user_id: ann.id, post_id: post, notification_id: null });
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // The hub delivers in order, one at a time: it may still be working through what was announced.
      for (let waited = 0; waited < 20_000 && !dropped(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(dropped(), `the server dropped the client that does not read (${sent} events sent)`).to.equal(true);
      // Reading again, the client finds the stream cut short: what it had not read is all it gets.
      slow.response.resume();
      await slow.ended;
      expect(slow.events.length).to.be.below(sent);
    });

    it('ends every stream with a retry hint when it shuts down, after the requests in flight', async () => {
      const at = await serve({ STREAM_RETRY_MS: '2500' });
      const ann = await signedIn();
      const client = await stream(ann.token, {}, at.baseUrl);
      expect(await at.drain(2000)).to.equal(true);
      await client.ended;
      expect(client.retry).to.equal(2500);
    });
  });
});
