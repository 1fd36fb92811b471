import { join } from 'node:path';
import { messagesFor } from '@wcoa/shared/i18n';
import { type PrinterSummary, PrintersResponseSchema } from '@wcoa/shared/protocol';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { until } from '../src/agent-process.ts';
import { PATHS } from '../src/simulator/index.ts';
import { extensionPage, waitForOverlay } from './browser.ts';
import { clickInOverlay } from './overlay-cdp.ts';
import { ARTIFACTS_DIR } from './paths.ts';
import { openWebConfig, signedInEmail, stackForSpec } from './stack.ts';

/**
 * The printers the agent remembers, end to end: the extension reads two simulated printers' pages,
 * reports them to the real agent, a test mail goes through the Exchange emulator for one of them,
 * and the options page lists both, warning once the clock says 60 days have passed without mail.
 */
const ACCOUNT = 'scan@contoso.com';
const SERIAL = 'X5ZZ004242';
const MAC = '64:EB:8C:12:34:56';

/** The steps an admin types go to the agent as the CLI makes them (its token from the agent's home). */
const cli = (method: string, path: string, body?: unknown) => stack.agent.cli(method, path, body);

async function printers(): Promise<PrinterSummary[]> {
  return PrintersResponseSchema.parse((await cli('GET', '/v1/printers')).json);
}

const stack = await stackForSpec({
  emulators: true,
  agent: true,
  paired: true,
  printers: (emu) => [
    {
      model: 'WF-C5790',
      serialNumber: SERIAL,
      network: {
        deviceName: 'EPSON123456',
        ipAddress: '192.168.7.20',
        macAddress: MAC,
        dns: ['192.168.7.1'],
      },
      email: signedInEmail(emu, ACCOUNT),
      // The printer's own last mail, as its job history shows it (the printer's 90-day clock).
      jobs: [{ type: 'scan-to-email', dateTime: '2026-11-10 09:00', to: ACCOUNT }],
    },
    {
      model: 'ET-4950',
      lang: 'pt',
      oauthSupported: false,
      email: { authMethod: 'smtp-auth', smtpServer: 'smtp.office365.com', smtpPort: 587 },
    },
  ],
});
const { identity: idp, smtp } = stack.emu;

beforeAll(async () => {
  idp.addUser({ email: ACCOUNT });
});

async function visit(url: string, kind: string, login?: string): Promise<void> {
  await (await openWebConfig(stack.browser, url, kind, login)).close();
}

async function optionsAt(time: Date): Promise<Page> {
  const page = await stack.browser.context.newPage();
  await page.clock.install({ time });
  await page.goto(extensionPage(stack.browser, 'options.html'));
  await page.getByTestId('printer-row').first().waitFor();
  return page;
}

describe('the printers the admin manages', () => {
  it('remembers each printer the extension reads, with its network and Email Server state', async () => {
    const [first, second] = stack.sim.printers;
    await visit(`${first!.origin}${PATHS.area('INFO_NWINFO')}`, 'network-status');
    await visit(`${first!.origin}${PATHS.emailServer}`, 'email-server-basic', SERIAL);
    await visit(`${second!.origin}${PATHS.emailServer}`, 'email-server-basic', 'epson');
    const list = await until(async () => {
      const all = await printers();
      return all.length === 2 && all.every((p) => p.oauth !== 'not-seen') && all;
    }, 20_000);
    const one = list.find((p) => p.origin === first!.origin)!;
    expect(one).toMatchObject({ model: 'WF-C5790', macAddress: MAC, oauth: 'signed-in', account: ACCOUNT });
    expect(list.find((p) => p.origin === second!.origin)).toMatchObject({
      model: 'ET-4950',
      oauth: 'other-method',
    });
  });

  it('lists both in the options page, and warns only once 60 days pass without mail', async () => {
    const first = stack.sim.printers[0]!;
    // The agent signs in (device code approved at the identity emulator) and sends a test mail for the printer.
    await cli('POST', '/v1/accounts/signin', { email: ACCOUNT });
    const code = await idp.waitForCode((c) => c.clientId === idp.clientId);
    await idp.approve(code.userCode, ACCOUNT);
    await until(async () => {
      const accounts = (await cli('GET', '/v1/accounts')).json as Array<{ id: string; state: string }>;
      return accounts.some((a) => a.id === ACCOUNT && a.state === 'signed-in');
    }, 20_000);
    const sent = await cli('POST', '/v1/test-mail', {
      account: ACCOUNT,
      smtp: { host: smtp.host, port: smtp.port },
      printerId: first.origin,
    });
    expect(sent.json, JSON.stringify(sent.json)).toMatchObject({ ok: true });
    // The agent's test mail is the agent's clock: shown apart, it never counts as the printer's mail.
    const tested = (await printers()).find((p) => p.origin === first.origin)!;
    expect(tested.lastTestMail?.at).toBeTruthy();
    expect(tested.lastMail?.source ?? null).not.toBe('test-mail');
    // The printer's own clock: its job history's last successful mail.
    await visit(`${first.origin}${PATHS.jobHistory}`, 'job-history', SERIAL);
    const mailed = await until(async () => {
      const p = (await printers()).find((x) => x.origin === first.origin);
      return p?.lastMail?.source === 'job-history' && p;
    }, 20_000);
    const lastMail = Date.parse(mailed.lastMail!.at);

    const soon = await optionsAt(new Date(lastMail + 59 * 86_400_000));
    const rows = soon.getByTestId('printer-row');
    expect(await rows.count()).toBe(2);
    const row = soon.locator(`[data-testid="printer-row"][data-printer="${mailed.id}"]`);
    expect(await row.locator('[data-oauth]').getAttribute('data-oauth')).toBe('signed-in');
    expect(await row.textContent()).toMatch(/59 days ago \(job history\)/);
    expect(await soon.getByTestId('mail-warning').count()).toBe(0);
    expect(await row.getByTestId('open-webconfig').getAttribute('href')).toBe(first.origin);
    await soon.close();

    const late = await optionsAt(new Date(lastMail + 60 * 86_400_000 + 60_000));
    const warned = late.locator(`[data-testid="printer-row"][data-printer="${mailed.id}"]`);
    expect(await warned.getAttribute('data-alert')).toBe('warning');
    expect(await warned.getByTestId('mail-warning').textContent()).toContain('60 days');
    await late.screenshot({ path: join(ARTIFACTS_DIR, 'options-printers-60-days.png'), fullPage: true });

    // One click to the sheet: the extension page shows the agent's sheet for that printer.
    const [sheet] = await Promise.all([
      stack.browser.context.waitForEvent('page'),
      warned.getByTestId('open-sheet').click(),
    ]);
    const frame = sheet.frameLocator('[data-testid="sheet-frame"]');
    await frame.locator('tr[data-field="macAddress"]').waitFor();
    expect(await frame.locator('tr[data-field="macAddress"] td').textContent()).toBe(MAC);
    expect(await frame.locator('tr[data-field="testMailResult"] td').textContent()).toBe(
      messagesFor('en').sheet.testMail.delivered,
    );
    expect(await frame.locator('tr[data-field="tlsVersion"] td').textContent()).toBe(
      messagesFor('en').sheet.notSeen,
    );
    await sheet.screenshot({ path: join(ARTIFACTS_DIR, 'sheet-page.png'), fullPage: true });
    await sheet.close();
    await late.close();
  });

  it('"Status sheet" in the overlay opens the sheet of the printer at hand, in its own extension page', async () => {
    const second = stack.sim.printers[1]!;
    const page = await stack.browser.context.newPage();
    await page.goto(`${second.origin}${PATHS.area('INFO_NWINFO')}`);
    await waitForOverlay(page, 'data-page', 'network-status');
    const [sheet] = await Promise.all([
      stack.browser.context.waitForEvent('page'),
      clickInOverlay(page, 'open-sheet'),
    ]);
    expect(sheet.url()).toContain(`sheet.html?origin=${encodeURIComponent(second.origin)}`);
    const frame = sheet.frameLocator('[data-testid="sheet-frame"]');
    await frame.locator('tr[data-field="authMethod"]').waitFor();
    expect(await frame.locator('tr[data-field="authMethod"] td').textContent()).toBe(
      messagesFor('en').sheet.values.smtpAuth,
    );
    expect(await frame.locator('tr[data-field="model"] td').textContent()).toBe('ET-4950');
    await sheet.close();
    await page.close();
  });
});
