import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { loadContract } from '../../src/contract.js';
import { launchChromium, requireChromium } from '../support/browser.js';
import { registerUser } from '../support/fixtures.js';
import { server } from '../support/hooks.js';

const ARTIFACTS = 'test/artifacts';

const operationCount = (await loadContract()).operations.length;

describe('the documentation in a real browser (headless Chromium)', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let problems: string[];

  before(function () {
    requireChromium(this);
  });

  beforeEach(async () => {
    browser = await launchChromium();
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

  it('shows the first operation on the first screen (1280x800), with the guide below the operations', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server().baseUrl}/api/docs`);
    await page.waitForSelector('.opblock');
    const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
    expect(await top('.opblock'), 'the first operation, in px from the top').to.be.below(800);
    // The overview's introduction is above them; its sections are the guide after the last.
    expect(await page.locator('.info .description').innerText()).to.include('The guide below the operations covers authentication');
    const guide = page.locator('#guide');
    expect(await guide.locator('h2').allInnerTexts()).to.include.members(['Authentication', 'Errors', 'Rate limits', 'Error codes']);
    expect(await guide.locator('table code').allInnerTexts(), 'the table of error codes').to.include.members(['token_expired', 'username_taken']);
    const lastOperation = await page.locator('.opblock').last().boundingBox();
    expect(await top('#guide')).to.be.above(lastOperation!.y);
    expect(await page.locator('.info .description a[href="#guide"]').count(), 'a link to the guide').to.equal(1);
    expect(problems).to.deep.equal([]);
  });

  /** Fills one security scheme in Swagger UI's Authorize dialog. */
  async function authorize(scheme: string, values: string[]) {
    await page.click('button.authorize');
    const form = page.locator('.auth-container').filter({ hasText: scheme });
    for (const [i, value] of values.entries()) await form.locator('input').nth(i).fill(value);
    await form.locator('button.authorize').click();
    await page.click('button.close-modal');
  }

  /** "Try it out" and "Execute" on one operation; returns the status and body shown. */
  async function tryItOut(tag: string, operationId: string): Promise<{ status: string; body: string }> {
    const operation = page.locator(`#operations-${tag}-${operationId}`);
    await operation.locator('.opblock-summary').click();
    await operation.locator('button.try-out__btn').click();
    await operation.locator('button.execute').click();
    const status = operation.locator('.live-responses-table tbody .response-col_status').first();
    await status.waitFor();
    const body = await operation.locator('.live-responses-table tbody .microlight').first().innerText();
    return { status: (await status.innerText()).trim(), body };
  }

  it('tries POST /api/tokens with Basic credentials, then GET /api/me with the bearer token', async () => {
    const user = await registerUser();
    await page.goto(`${server().baseUrl}/api/docs`);
    await page.waitForSelector('.opblock');

    await authorize('basicAuth', [user.username, user.password]);
    const issued = await tryItOut('tokens', 'createToken');
    expect(issued.status).to.equal('200');
    const token = JSON.parse(issued.body).token as string;

    await authorize('bearerAuth', [token]);
    const me = await tryItOut('users', 'getMe');
    expect(me.status).to.equal('200');
    expect(me.body).to.include(user.username);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: `${ARTIFACTS}/docs-try-it-out.png`, fullPage: false });
    expect(problems).to.deep.equal([]);
  });
});
