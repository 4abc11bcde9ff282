import { expect } from 'chai';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { registerUser } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = 'test/artifacts';

// The flags this machine's Chromium needs: no sandbox as root, and no
// background traffic to hosts the closed network refuses.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const operationCount = Object.values(parse(readFileSync('openapi.yaml', 'utf8')).paths as Record<string, object>)
  .flatMap((item) => Object.keys(item).filter((key) => ['get', 'put', 'post', 'delete', 'patch'].includes(key))).length;

describe('the documentation in a real browser (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let problems: string[];

  before(function () {
    if (!existsSync(CHROMIUM)) {
      // .ci/run installs Debian's chromium; README says how to get it locally.
      console.warn(`    Chromium is not at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`);
      this.skip();
    }
  });

  beforeEach(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await browser.newPage();
    problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // The front page moves on to /api/docs at once, aborting what it was still loading.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
    });
  });

  afterEach(async () => {
    await browser?.close();
  });

  it('lists every operation of the contract, with no errors, and looks right', async () => {
    await page.goto(`${server().baseUrl}/`);
    await page.waitForURL(/\/api\/docs$/);
    await page.waitForSelector('.opblock');
    expect(await page.locator('.opblock').count()).to.equal(operationCount);
    expect(await page.locator('.info .title').innerText()).to.include('Microblog API');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs.png`, fullPage: false });
    expect(problems).to.deep.equal([]);
  });

  it('tries POST /api/tokens with Basic credentials, then GET /api/me with the bearer token', async () => {
    const user = await registerUser();
    await page.goto(`${server().baseUrl}/api/docs`);
    await page.waitForSelector('.opblock');

    // Authorize with Basic, get a token through "Try it out".
    await page.click('button.authorize');
    const basic = page.locator('.auth-container').filter({ hasText: 'basicAuth' });
    await basic.locator('input').nth(0).fill(user.username);
    await basic.locator('input[type=password]').fill(user.password);
    await basic.locator('button.authorize').click();
    await page.click('button.close-modal');

    const tokens = page.locator('#operations-tokens-createToken');
    await tokens.locator('.opblock-summary').click();
    await tokens.locator('button.try-out__btn').click();
    await tokens.locator('button.execute').click();
    const status = tokens.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    expect((await status.innerText()).trim()).to.equal('200');
    const token = JSON.parse(await tokens.locator('.live-responses-table tbody .microlight').first().innerText()).token as string;

    // Authorize with the bearer token and ask who we are.
    await page.click('button.authorize');
    const bearer = page.locator('.auth-container').filter({ hasText: 'bearerAuth' });
    await bearer.locator('input').fill(token);
    await bearer.locator('button.authorize').click();
    await page.click('button.close-modal');

    const me = page.locator('#operations-users-getMe');
    await me.locator('.opblock-summary').click();
    await me.locator('button.try-out__btn').click();
    await me.locator('button.execute').click();
    const meStatus = me.locator('.live-responses-table tbody .response-col_status').first();
    await meStatus.waitFor();
    expect((await meStatus.innerText()).trim()).to.equal('200');
    expect(await me.locator('.live-responses-table tbody .microlight').first().innerText()).to.include(user.username);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs-try-it-out.png`, fullPage: false });
    expect(problems).to.deep.equal([]);
  });
});
