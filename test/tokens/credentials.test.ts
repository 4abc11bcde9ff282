import { expect } from 'chai';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import { call, expectError, outcomes, type ApiResponse, type RequestOptions } from '../support/client.js';
import { server } from '../support/hooks.js';
import { RATE_LIMITS_RAISED, serveApp } from '../support/server.js';

describe('credentials', function () {
  this.timeout(60_000);

  it('never shows a password, a password hash or another token in any answer or log line', async () => {
    const seen: ApiResponse[] = [];
    const send = async (method: string, path: string, options: RequestOptions = {}) => {
      const res = await call(method, path, options);
      seen.push(res);
      return res;
    };
    const first = 'first-Secret-Passphrase';
    const second = 'second-Secret-Passphrase';
    const refused = 'refused-Secret-Passphrase-'.repeat(4); // over 72 bytes
    const wrong = 'wrong-Secret-Passphrase';
    expect((await send('POST', '/api/users', { json: { username: 'toolong', email: 'toolong@example.com', password: refused } })).status).to.equal(400);
    const me = (await send('POST', '/api/users', { json: { username: 'keeper', email: 'keeper@example.com', password: first } })).body;
    const issued = await call('POST', '/api/tokens', { basic: { username: 'keeper', password: first } });
    const token: string = issued.body.token;
    const secondToken: string = (await call('POST', '/api/tokens', { basic: { username: 'keeper', password: first } })).body.token;
    // A session that refreshes, has a spent refresh token sent again (which ends it), and a made-up one.
    const refreshing = (await call('POST', '/api/tokens', { basic: { username: 'keeper', password: first } })).body;
    const refreshed = (await call('POST', '/api/tokens/refresh', { json: { refresh_token: refreshing.refresh_token } })).body;
    await send('POST', '/api/tokens/refresh', { json: { refresh_token: refreshing.refresh_token } });
    await send('POST', '/api/tokens/refresh', { json: { refresh_token: refreshed.refresh_token } });
    await send('GET', '/api/tokens', { token });
    await send('POST', '/api/tokens', { basic: { username: 'keeper', password: wrong } });
    await send('POST', '/api/tokens', { basic: { username: 'nobody', password: wrong } });
    await send('PUT', `/api/users/${me.id}`, { token, json: { password: second, current_password: wrong } });
    await send('PUT', `/api/users/${me.id}`, { token, json: { password: refused, current_password: first } });
    await send('PUT', `/api/users/${me.id}`, { token, json: { password: 12345, current_password: first } });
    expect((await send('PUT', `/api/users/${me.id}`, { token, json: { password: second, current_password: first } })).status).to.equal(200);
    await send('GET', '/api/me', { token });
    await send('GET', `/api/users/${me.id}`, { token: secondToken });
    await send('GET', '/api/users', { token });
    await send('DELETE', '/api/tokens', { token });
    await send('GET', '/api/me', { token });
    expect(outcomes(seen)).to.deep.equal([
      '400 validation_failed', 201, '401 refresh_token_reused', '401 refresh_token_invalid', 200, '401 credentials_invalid', '401 credentials_invalid',
      '400 password_incorrect', '400 validation_failed', '400 validation_failed', 200, 200, '401 token_invalid', 200, 204, '401 token_invalid',
    ]);

    const { password_hash: hash } = await server().db('users').where({ id: me.id }).first('password_hash');
    const secrets = [first, second, refused, wrong, hash, token, secondToken, Buffer.from(`keeper:${first}`).toString('base64')];
    secrets.push(issued.body.refresh_token, refreshing.token, refreshing.refresh_token, refreshed.token, refreshed.refresh_token);
    const answers = seen.map((res) => `${[...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n')}\n${res.text}`).join('\n');
    const logs = JSON.stringify(server().logLines);
    for (const secret of secrets) {
      expect(answers, 'the answers').to.not.include(secret);
      expect(logs, 'the log').to.not.include(secret);
    }
    // And the one answer that holds a token holds only its own.
    expect(issued.text).to.not.include(secondToken);
    expect(issued.text).to.not.include(refreshing.refresh_token);
  });

  it('takes about as long to refuse an unknown username as a wrong password', async () => {
    // A cost at which bcrypt dominates a login (a few ms), so that skipping it would show.
    const config = loadConfig({ DATABASE_URL: 'sqlite::unused:', BCRYPT_ROUNDS: '8', BCRYPT_CONCURRENCY: '1', ...RATE_LIMITS_RAISED });
    const app = await serveApp(config, server().database);
    try {
      const baseUrl = app.baseUrl;
      expect((await call('POST', '/api/users', { baseUrl, json: { username: 'timed', email: 'timed@example.com', password: 'the-password' } })).status).to.equal(201);
      const login = async (username: string) => {
        const started = performance.now();
        const res = await call('POST', '/api/tokens', { baseUrl, basic: { username, password: 'not-the-password' } });
        expectError(res, 401, 'credentials_invalid');
        return performance.now() - started;
      };
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const wrongPassword: number[] = [];
      const unknownUser: number[] = [];
      // Interleaved, so that whatever else the machine does falls on both alike.
      for (let i = 0; i < 15; i++) {
        wrongPassword.push(await login('timed'));
        unknownUser.push(await login(`nobody-${i}`));
      }
      // A ratio, not a time: without the decoy hash an unknown name is
      // refused in well under a tenth of the time.
      const ratio = median(unknownUser) / median(wrongPassword);
      expect(ratio, `unknown ${median(unknownUser).toFixed(1)} ms, wrong ${median(wrongPassword).toFixed(1)} ms`).to.be.within(0.5, 2);
    } finally {
      await app.close();
    }
  });
});
