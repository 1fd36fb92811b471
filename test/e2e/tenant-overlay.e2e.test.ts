import type { Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/agent-process.ts';
import { DEFAULT_CLIENT_ID } from '../src/emulators/index.ts';
import { PATHS } from '../src/simulator/index.ts';
import { waitForOverlay } from './browser.ts';
import { clickInOverlay, overlayAttribute, waitForOverlayElement } from './overlay-cdp.ts';
import { oneSignedInPrinter, openWebConfig, pairInOptions, stackForSpec } from './stack.ts';

/**
 * "Check my tenant" from the printer's page: the overlay checklist's first item opens the options
 * page with the printer's account, the findings come back to the checklist, and the agent's status
 * sheet shows them; the Graph token never reaches the agent.
 */
const ADMIN = 'admin@contoso.com';
const PRINTER = 'scan@contoso.com';
const SERIAL = 'X5ZZ004321';

const requests: Request[] = [];

const stack = await stackForSpec({
  emulators: true,
  agent: true,
  trustEmulators: true,
  printers: oneSignedInPrinter(SERIAL, PRINTER),
});

beforeAll(async () => {
  const { emu, browser } = stack;
  emu.identity.addUser({ email: ADMIN, password: 'Passw0rd!' });
  emu.identity.addUser({ email: PRINTER, isAdmin: false });
  emu.graph.setSecurityDefaults(true);
  // Every request from here on, pairing included, is checked for where tokens go.
  browser.context.on('request', (r) => requests.push(r));
  await pairInOptions(stack);
});

describe('Check my tenant from the printer’s page', () => {
  it('opens from the checklist with the printer’s account, and its findings flag the checklist and reach the sheet', async () => {
    const { emu, sim, agent, browser } = stack;
    const printerPage = await openWebConfig(
      browser,
      `${sim.printers[0]!.origin}${PATHS.emailServer}`,
      'email-server-basic',
      SERIAL,
    );
    await waitForOverlayElement(printerPage, 'tenant-open');
    const opened = browser.context.waitForEvent('page');
    await clickInOverlay(printerPage, 'tenant-open');
    const options = await opened;
    await options.waitForURL(/options\.html#tenant\?mailbox=/);
    await options.getByTestId('tenant-mailbox').waitFor();
    expect(await options.getByTestId('tenant-mailbox').inputValue()).toBe(PRINTER);

    // No client id to type: the paired agent handed its app registration over.
    await options.getByTestId('tenant-registration').waitFor();
    expect(await options.getByTestId('tenant-registration').textContent()).toContain(DEFAULT_CLIENT_ID);
    expect(await options.getByTestId('tenant-authority').inputValue()).toBe(
      `${emu.identity.url}/organizations`,
    );
    await options.getByTestId('tenant-graph').fill(`${emu.graph.url}/v1.0`);
    const popup = browser.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith(emu.identity.url),
    });
    await options.getByTestId('tenant-run').click();
    const signIn = await popup;
    await signIn.getByLabel('Email, phone, or Skype').fill(ADMIN);
    await signIn.getByRole('button', { name: 'Next' }).click();
    await signIn.getByLabel('Password').fill('Passw0rd!');
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await signIn.getByRole('button', { name: 'Accept' }).click();
    await options.getByTestId('tenant-finding').first().waitFor({ timeout: 20_000 });

    // Back on the printer's tab, the overlay asks for the findings again and flags its checklist.
    await printerPage.bringToFront();
    // Headless Chromium sends no focus event on bringToFront; a person's tab switch does.
    await printerPage.evaluate(() => window.dispatchEvent(new Event('focus')));
    const deadline = Date.now() + 10_000;
    let findings: string | null = null;
    while (Date.now() < deadline && findings !== 'security-defaults-on') {
      findings = await overlayAttribute(printerPage, 'tenant-checklist-item', 'data-findings');
      await printerPage.waitForTimeout(200);
    }
    expect(findings).toBe('security-defaults-on');

    // The next page report carries the findings to the agent: the sheet lists them.
    await printerPage.reload();
    await waitForOverlay(printerPage, 'data-page', 'email-server-basic');
    let sheet = '';
    for (let i = 0; i < 50 && !sheet.includes('data-cause="security-defaults-on"'); i++) {
      const run = await runCli(
        ['sheet', sim.printers[0]!.origin, '--port', String(agent.port), '--home', agent.home],
        { WCOA_SECRET_BACKEND: 'file', LANG: 'en_US.UTF-8' },
      );
      sheet = run.stdout;
      if (!sheet.includes('security-defaults-on')) await printerPage.waitForTimeout(200);
    }
    expect(sheet).toContain('data-cause="security-defaults-on"');
    expect(sheet).toContain(ADMIN);

    // What went over the wire: the page reports reached the agent, and no request but Graph's carried a JWT.
    const agentOrigin = `http://127.0.0.1:${agent.port}`;
    const toAgent = requests.filter((r) => r.url().startsWith(agentOrigin));
    expect(toAgent.some((r) => r.url().endsWith('/v1/printers/seen'))).toBe(true);
    const jwt = /eyJ[\w-]+\.eyJ[\w-]+\./;
    const carriers = requests.filter(
      (r) => jwt.test(JSON.stringify(r.headers())) || jwt.test(r.postData() ?? ''),
    );
    expect(carriers.length).toBeGreaterThan(0);
    expect(new Set(carriers.map((r) => new URL(r.url()).origin))).toEqual(new Set([emu.graph.url]));
    await options.close();
    await printerPage.close();
  });
});
