import { createServer, type Server } from 'node:http';
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { launchChromium, requireChromium } from '../support/browser.js';
import { call } from '../support/client.js';
import { freePort } from '../support/nginx.js';
import { startServer, type RunningServer } from '../support/server.js';

/**
 * A browser app on another origin: the page logs in with Basic, then uses
 * the bearer token, and reads the headers an app needs (Location, ETag,
 * Link). Preflights and all are the browser's own.
 */
function appPage(api: string): string {
  return `<!doctype html><html><body><script>
  (async () => {
    try {
      const who = new URLSearchParams(location.search).get('user');
      const login = await fetch('${api}/api/tokens', { method: 'POST', headers: { Authorization: 'Basic ' + btoa(who + ':' + who + '-pw') } });
      const { token } = await login.json();
      const auth = { Authorization: 'Bearer ' + token };
      const me = await fetch('${api}/api/me', { headers: auth });
      const post = await fetch('${api}/api/posts', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ body: 'from another origin' }) });
      const users = await fetch('${api}/api/users', { headers: auth });
      window.result = {
        login: login.status,
        username: (await me.json()).username,
        etag: me.headers.get('ETag'),
        location: post.headers.get('Location'),
        link: users.headers.get('Link'),
      };
    } catch (error) {
      window.result = { error: String(error) };
    }
  })();
  </script></body></html>`;
}

describe('a browser app on another origin (CORS, headless Chromium)', function () {
  this.timeout(60_000);
  let api: RunningServer;
  let browser: Browser;
  const sites: Server[] = [];
  const origins: Record<'allowed' | 'other', string> = { allowed: '', other: '' };

  before(async function () {
    requireChromium(this);
    const ports = { allowed: await freePort(), other: await freePort() };
    origins.allowed = `http://127.0.0.1:${ports.allowed}`;
    origins.other = `http://127.0.0.1:${ports.other}`;
    api = await startServer({ CORS_ORIGINS: origins.allowed });
    // The same app, served from two origins; only the first is on the API's list.
    for (const port of [ports.allowed, ports.other]) {
      const site = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(appPage(api.baseUrl)));
      await new Promise<void>((resolve) => site.listen(port, '127.0.0.1', resolve));
      sites.push(site);
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    for (const site of sites) await new Promise((resolve) => site.close(resolve));
    await api?.close();
  });

  let serial = 0;

  /** Opens the app from `origin` as a new user (registered here, not by the page). */
  async function run(origin: string) {
    serial += 1;
    const username = `browser${serial}`;
    const created = await call('POST', '/api/users', { baseUrl: api.baseUrl, json: { username, email: `${username}@example.com`, password: `${username}-pw` } });
    expect(created.status).to.equal(201);
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${origin}/?user=${username}`);
    await page.waitForFunction(() => (window as { result?: unknown }).result !== undefined);
    const result = await page.evaluate(() => (window as { result?: Record<string, unknown> }).result);
    await page.close();
    return { result: result!, consoleErrors, username };
  }

  it('lets a page from an allowed origin log in, call with its bearer token, and read Location, ETag and Link', async () => {
    const { result, consoleErrors, username } = await run(origins.allowed);
    expect(consoleErrors).to.deep.equal([]);
    expect(result).to.include({ login: 200, username });
    expect(result.etag).to.match(/^"[A-Za-z0-9_-]+"$/);
    expect(result.location).to.match(/^\/api\/posts\/\d+$/);
    expect(result.link).to.match(/rel="first"/);
  });

  it('has the browser refuse the same page from an origin not on the list', async () => {
    const { result, consoleErrors } = await run(origins.other);
    expect(result).to.deep.equal({ error: 'TypeError: Failed to fetch' });
    expect(consoleErrors.join('\n')).to.match(/blocked by CORS policy/);
  });
});
