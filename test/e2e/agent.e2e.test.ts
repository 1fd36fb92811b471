import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '../src/simulator/index.ts';
import { extensionPage } from './browser.ts';
import { clickInOverlay, overlayAttribute, overlayText, waitForOverlayElement } from './overlay-cdp.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import { oneSignedInPrinter, openWebConfig, pair, stackForSpec } from './stack.ts';

const ACCOUNT = 'scan@contoso.com';
const SERIAL = 'X5ZZ001234';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const stack = await stackForSpec({
  emulators: true,
  agent: true,
  printers: oneSignedInPrinter(SERIAL, ACCOUNT),
});
const { identity: idp, smtp } = stack.emu;

beforeAll(async () => {
  idp.addUser({ email: ACCOUNT });
});

async function optionsPage(): Promise<Page> {
  const page = await stack.browser.context.newPage();
  await page.goto(extensionPage(stack.browser, 'options.html'));
  return page;
}

/** Email Server > Basic on its own, logged in as Web Config's administrator. */
function openEmailServer(): Promise<Page> {
  return openWebConfig(
    stack.browser,
    `${stack.sim.printers[0]!.origin}${PATHS.emailServer}`,
    'email-server-basic',
    SERIAL,
  );
}

/**
 * The overlay's button for the agent's own sign-in: the overlay shows the agent's device code (the
 * one the identity emulator issued), the admin approves it there, and the overlay says signed in.
 */
async function signAgentIn(page: Page, button: 'agent-signin' | 'agent-signin-again'): Promise<void> {
  await clickInOverlay(page, button);
  await waitForOverlayElement(page, 'device-code-value');
  const code = await idp.waitForCode((c) => c.clientId === idp.clientId);
  expect(await overlayText(page, 'device-code-value')).toContain(code.userCode);
  await idp.approve(code.userCode, ACCOUNT);
  await waitForOverlayElement(page, 'agent-signed-in', 30_000);
}

describe('the extension and its agent', () => {
  it('says the agent is not running, with the command to start it', async () => {
    const page = await optionsPage();
    await pair(page, 'ACDE-FGHJ', await freePort());
    const notice = page.getByTestId('agent-down');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('npm start');
    expect(await notice.textContent()).toContain('npx wcoa start');
    await page.close();
  });

  it('says this browser is not paired, with the command to pair, when the code is wrong', async () => {
    const page = await optionsPage();
    await pair(page, 'ACDE-FGHJ', stack.agent.port);
    await page.getByTestId('pair-result').and(page.locator('.bad')).waitFor();
    const notice = page.getByTestId('not-paired');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('npx wcoa pair');
    await page.close();
  });

  it('rejects a malformed code before asking the agent', async () => {
    const page = await optionsPage();
    await pair(page, 'hello', stack.agent.port);
    expect(await page.getByTestId('pair-result').textContent()).toMatch(/8 characters/);
    await page.close();
  });

  it('the overlay says so too when its test mail finds the browser not paired', async () => {
    const page = await openEmailServer();
    await clickInOverlay(page, 'test-mail-send');
    await waitForOverlayElement(page, 'not-paired');
    expect(await overlayText(page, 'not-paired')).toContain('npx wcoa pair');
    await page.close();
  });

  it('pairs with a code from `wcoa pair`', async () => {
    const page = await optionsPage();
    await pair(page, stack.agent.pairingCode(), stack.agent.port);
    await page.getByTestId('pair-result').and(page.locator('.ok')).waitFor();
    await page.getByTestId('agent-status').locator('.ok').waitFor();
    expect(await page.getByTestId('agent-status').textContent()).toMatch(/Agent running/);
    // docs/install.md shows this page (npm run docs:screenshots copies it from the e2e run).
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'options-en-paired.png') });
    await page.close();
  });

  it('sends a test email in one click from the overlay, signing the agent in first', async () => {
    const page = await openEmailServer();

    await clickInOverlay(page, 'test-mail-send');
    // The agent holds no token for the printer's account yet: the overlay offers its sign-in.
    await signAgentIn(page, 'agent-signin');

    const arrived = smtp.waitForMessage((m) => m.envelope.to.includes(ACCOUNT), 30_000);
    await clickInOverlay(page, 'test-mail-send');
    const message = await arrived;
    expect(message.envelope.from).toBe(ACCOUNT);
    await waitForOverlayElement(page, 'test-mail-result', 30_000);
    expect(await overlayAttribute(page, 'test-mail-result', 'data-ok')).toBe('true');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'overlay-en-test-mail.png') });
    await page.close();
  });

  it("reports a revoked agent token as the agent's sign-in and offers to sign the agent in again", async () => {
    // The agent's own sign-in for the account ends (the admin revoked its sessions; the token it
    // holds is no longer accepted): nothing is wrong with the printer's XOAUTH2 setup.
    idp.revokeRefreshTokens(ACCOUNT);
    idp.expireAccessTokensNow();
    const page = await openEmailServer();

    await clickInOverlay(page, 'test-mail-send');
    await waitForOverlayElement(page, 'test-mail-result', 30_000);
    expect(await overlayAttribute(page, 'test-mail-result', 'data-ok')).toBe('false');
    expect(await overlayAttribute(page, 'test-mail-result', 'data-stage')).toBe('agent-sign-in');
    const said = (await overlayText(page, 'test-mail')) ?? '';
    expect(said).toContain(ACCOUNT);
    expect(said).not.toMatch(/Failed at/i);
    // Microsoft's own words, once.
    const codes = said.match(/AADSTS\d+/g) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(said.split(codes[0]!).length - 1, said).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'overlay-en-agent-sign-in-again.png') });

    // "Sign in on the agent again": the agent's own device code, shown in the overlay.
    await signAgentIn(page, 'agent-signin-again');

    const arrived = smtp.waitForMessage((m) => m.envelope.to.includes(ACCOUNT), 30_000);
    await clickInOverlay(page, 'test-mail-send');
    expect((await arrived).envelope.from).toBe(ACCOUNT);
    await waitForOverlayElement(page, 'test-mail-result', 30_000);
    expect(await overlayAttribute(page, 'test-mail-result', 'data-ok')).toBe('true');
    await page.close();
  });
});
