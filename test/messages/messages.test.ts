import { expect } from 'chai';
import { call, expectError } from '../support/client.js';
import { signedIn } from '../support/fixtures.js';
import { server } from '../support/hooks.js';
import { countMismatches, rowCount } from '../support/invariants.js';

type Sender = { id: number; token: string };
const send = (from: Sender, to: number, body: string, headers: Record<string, string> = {}) =>
  call('POST', `/api/users/${to}/messages`, { token: from.token, json: { body }, headers });
const unread = async (user: Sender) => (await call('GET', '/api/me', { token: user.token })).body.unread_message_count as number;
const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((item) => item.id);

describe('messages', () => {
  it('sends a message, 201 with its Location, that its recipient reads and counts as unread', async () => {
    const ann = await signedIn();
    const ben = await signedIn();
    const res = await send(ann, ben.id, '  Are you coming tonight?  ');
    expect(res.status).to.equal(201);
    expect(res.headers.get('location')).to.equal(`/api/messages/${res.body.id}`);
    expect(res.body.body).to.equal('Are you coming tonight?');
    expect(res.body.sender.id).to.equal(ann.id);
    expect(res.body.recipient.id).to.equal(ben.id);
    expect(res.body._links).to.deep.equal({ self: `/api/messages/${res.body.id}`, sender: `/api/users/${ann.id}`, recipient: `/api/users/${ben.id}` });
    expect(await unread(ben)).to.equal(1);
    expect(await unread(ann)).to.equal(0);
    const read = await call('GET', res.headers.get('location')!, { token: ben.token });
    expect(read.status).to.equal(200);
    expect(read.body).to.deep.equal(res.body);
  });

  it('lets only its sender and its recipient read a message: anyone else gets 404, as for no message', async () => {
    const [ann, ben, cat] = [await signedIn(), await signedIn(), await signedIn()];
    const { body: message } = await send(ann, ben.id, 'between us');
    expect((await call('GET', `/api/messages/${message.id}`, { token: ann.token })).status).to.equal(200);
    const other = await call('GET', `/api/messages/${message.id}`, { token: cat.token });
    const none = await call('GET', '/api/messages/999999', { token: cat.token });
    expectError(other, 404, 'message_not_found');
    expectError(none, 404, 'message_not_found');
    expect(other.body.error).to.equal(none.body.error);
  });

  it('lists the messages received and those sent, newest first, with cursors', async () => {
    const [ann, ben, cat] = [await signedIn(), await signedIn(), await signedIn()];
    const sent: number[] = [];
    for (const [from, to, body] of [[ann, ben, 'one'], [cat, ben, 'two'], [ann, ben, 'three'], [ben, ann, 'four']] as const) {
      sent.push((await send(from, to.id, body)).body.id);
    }
    const first = await call('GET', '/api/messages?per_page=2', { token: ben.token });
    expect(first.status).to.equal(200);
    expect(ids(first)).to.deep.equal([sent[2], sent[1]]);
    expect(first.body._meta.total_items).to.equal(3);
    expect(first.body._links.next).to.equal(`/api/messages?before=${sent[1]}&per_page=2`);
    const second = await call('GET', first.body._links.next, { token: ben.token });
    expect(ids(second)).to.deep.equal([sent[0]]);
    expect(second.body._links.next).to.equal(null);
    const mine = await call('GET', '/api/messages/sent', { token: ann.token });
    expect(ids(mine)).to.deep.equal([sent[2], sent[0]]);
    expect(mine.body._meta.total_items).to.equal(2);
  });

  it('moves the read marker forward only, never past the last message received, and counts what is unread after it', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const sent: number[] = [];
    for (let i = 0; i < 3; i++) sent.push((await send(ann, ben.id, `message ${i}`)).body.id);
    const mark = (id: number) => call('PUT', '/api/messages/read-marker', { token: ben.token, json: { last_read_id: id } });
    const marked = await mark(sent[1]!);
    expect(marked.status).to.equal(200);
    expect(marked.body).to.deep.equal({ last_read_id: sent[1], unread_message_count: 1 });
    expect((await mark(sent[0]!)).body).to.deep.equal({ last_read_id: sent[1], unread_message_count: 1 });
    // Past every message received: the marker stops at the last one, so the next message is unread.
    expect((await mark(2_000_000_000)).body).to.deep.equal({ last_read_id: sent[2], unread_message_count: 0 });
    await send(ann, ben.id, 'later');
    expect(await unread(ben)).to.equal(1);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });

  it('refuses a message to yourself, with an empty or too long body, or to nobody, and stores nothing', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const self = await send(ann, ann.id, 'hello me');
    expectError(self, 400, 'cannot_message_yourself');
    expect(self.body.details.map((d: { field: string }) => d.field)).to.deep.equal(['id']);
    for (const body of ['   ', 'x'.repeat(281)]) {
      const res = await send(ann, ben.id, body);
      expectError(res, 400, 'validation_failed');
      expect(res.body.details.map((d: { field: string }) => d.field)).to.include('body');
    }
    const notString = await call('POST', `/api/users/${ben.id}/messages`, { token: ann.token, json: { body: 42 } });
    expectError(notString, 400, 'validation_failed');
    expectError(await send(ann, 999_999, 'anyone?'), 404, 'user_not_found');
    expect(await rowCount(server().db('messages'))).to.equal(0);
    expect(await unread(ben)).to.equal(0);
  });

  it('sends once per Idempotency-Key, answering the same message again', async () => {
    const [ann, ben] = [await signedIn(), await signedIn()];
    const headers = { 'Idempotency-Key': 'message-key-1' };
    const first = await send(ann, ben.id, 'only once', headers);
    const again = await send(ann, ben.id, 'only once', headers);
    expect(again.status).to.equal(201);
    expect(again.body.id).to.equal(first.body.id);
    expect(again.headers.get('idempotent-replayed')).to.equal('true');
    expect(await unread(ben)).to.equal(1);
  });

  it('removes the messages an account sent and received when it is deleted, and uncounts those unread', async () => {
    const [ann, ben, cat] = [await signedIn(), await signedIn(), await signedIn()];
    await send(ann, ben.id, 'from ann');
    await send(cat, ben.id, 'from cat');
    await send(ben, ann.id, 'to ann');
    expect(await unread(ben)).to.equal(2);
    expect((await call('DELETE', `/api/users/${ann.id}`, { token: ann.token })).status).to.equal(204);
    expect(await unread(ben)).to.equal(1);
    expect(await rowCount(server().db('messages'))).to.equal(1);
    expect(await countMismatches(server().db)).to.deep.equal([]);
  });
});
