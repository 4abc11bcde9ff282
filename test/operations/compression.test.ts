import { expect } from 'chai';
import { call } from '../support/client.js';
import { registerUser, signedIn } from '../support/fixtures.js';

const encoded = (encoding: string) => ({ 'accept-encoding': encoding });

describe('compression (Accept-Encoding, Content-Encoding)', () => {
  let token: string;
  beforeEach(async () => {
    token = (await signedIn()).token;
    for (let i = 0; i < 6; i++) await registerUser();
  });

  it('sends an answer of 1 KB and more in br or gzip as the client asks, the same JSON, with a tag of its own', async () => {
    const plain = await call('GET', '/api/users', { token, headers: encoded('identity') });
    expect(plain.text.length).to.be.greaterThan(1024);
    expect(plain.headers.get('content-encoding')).to.equal(null);
    const tag = plain.headers.get('etag')!;
    for (const [accept, coding] of [['br', 'br'], ['gzip', 'gzip'], ['gzip, deflate, br', 'br'], ['gzip;q=1, br;q=0.5', 'gzip']]) {
      const res = await call('GET', '/api/users', { token, headers: encoded(accept!) });
      expect(res.headers.get('content-encoding'), accept).to.equal(coding);
      expect(res.headers.get('vary')).to.include('Accept-Encoding');
      expect(res.body).to.deep.equal(plain.body);
      expect(res.headers.get('etag')).to.equal(`${tag.slice(0, -1)}-${coding}"`);
    }
  });

  it('sends small answers as they are, and still says they vary by Accept-Encoding', async () => {
    const res = await call('GET', '/api/me', { token, headers: encoded('br, gzip') });
    expect(res.text.length).to.be.lessThan(1024);
    expect(res.headers.get('content-encoding')).to.equal(null);
    expect(res.headers.get('vary')).to.include('Accept-Encoding');
  });

  it('revalidates and changes by the tag of any coding of the current representation', async () => {
    const br = await call('GET', '/api/users', { token, headers: encoded('br') });
    const brTag = br.headers.get('etag')!;
    const again = await call('GET', '/api/users', { token, headers: { ...encoded('br'), 'if-none-match': brTag } });
    expect(again.status).to.equal(304);
    expect(again.headers.get('etag'), 'the 304 names the tag the client holds').to.equal(brTag);
    const plain = await call('GET', '/api/users', { token, headers: { ...encoded('identity'), 'if-none-match': brTag } });
    expect(plain.status, 'the same representation, uncompressed').to.equal(304);

    const me = await signedIn();
    const profile = await call('GET', `/api/users/${me.id}`, { token: me.token, headers: encoded('identity') });
    const gzipTag = `${profile.headers.get('etag')!.slice(0, -1)}-gzip"`;
    const changed = await call('PUT', `/api/users/${me.id}`, { token: me.token, json: { about_me: 'read compressed' }, headers: { 'if-match': gzipTag } });
    expect(changed.status).to.equal(200);
  });

  it('sends the documentation script compressed, a fraction of its size, and a live stream never', async () => {
    const raw = await call('HEAD', '/api/docs/swagger-ui-bundle.js', { headers: encoded('identity') });
    const br = await call('GET', '/api/docs/swagger-ui-bundle.js', { headers: encoded('br') });
    expect(br.headers.get('content-encoding')).to.equal('br');
    expect(Number(br.headers.get('content-length'))).to.be.lessThan(Number(raw.headers.get('content-length')) / 3);
    expect(Buffer.byteLength(br.text), 'decoded, the whole script').to.equal(Number(raw.headers.get('content-length')));
    const stream = await call('GET', '/api/streams/user', { token, headers: { ...encoded('br, gzip'), accept: 'text/event-stream' } });
    expect(stream.status).to.equal(200);
    expect(stream.headers.get('content-encoding')).to.equal(null);
  });
});
