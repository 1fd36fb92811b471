import { messagesFor } from '@wcoa/shared/i18n';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AgentProcess, startAgentProcess } from '../src/agent-process.ts';
import {
  agentEnvFor,
  type ConditionalAccessPolicy,
  conditionalAccessPolicy,
  DEFAULT_CLIENT_ID,
} from '../src/emulators/index.ts';
import { extensionPage } from './browser.ts';
import { pair, stackForSpec } from './stack.ts';

/**
 * "Check my tenant" end to end: the built extension's options page runs msal-browser, whose
 * authorization request (PKCE) goes through chrome.identity.launchWebAuthFlow to the identity
 * emulator's sign-in pages, which a person (this spec) walks through; msal-browser redeems the code
 * at the emulator's token endpoint and the page reads the Graph emulator with the token. Nobody
 * types a client id: the paired agent, set up with the app registration, hands it over.
 */
const ADMIN = 'admin@contoso.com';
const PRINTER = 'scan@contoso.com';

let agent: AgentProcess;

const stack = await stackForSpec({ emulators: true, trustEmulators: true });
const { emu, browser } = stack;

beforeAll(async () => {
  emu.identity.addUser({ email: ADMIN, password: 'Passw0rd!' });
  emu.identity.addUser({ email: PRINTER, isAdmin: false });
  // Before pairing the check has no app registration, and says what to do.
  const options = await browser.context.newPage();
  await options.goto(extensionPage(browser, 'options.html'));
  await options.getByTestId('tenant-registration-missing').waitFor();
  expect(await options.getByTestId('tenant-run').isDisabled()).toBe(true);
  // The agent as `wcoa setup` leaves it (its config names the app registration), then paired.
  agent = await startAgentProcess({ env: agentEnvFor(emu) });
  await pair(options, agent.pairingCode(), agent.port);
  await options.getByTestId('pair-result').and(options.locator('.ok')).waitFor();
  await options.getByTestId('tenant-registration').waitFor();
  expect(await options.getByTestId('tenant-registration').getAttribute('data-source')).toBe('agent');
  expect(await options.getByTestId('tenant-registration').textContent()).toContain(DEFAULT_CLIENT_ID);
  expect(await options.getByTestId('tenant-authority').inputValue()).toBe(
    `${emu.identity.url}/organizations`,
  );
  await options.close();
});

afterAll(() => agent?.stop());

beforeEach(() => {
  emu.graph.setSecurityDefaults(false);
  emu.graph.setConditionalAccessPolicies([]);
  emu.graph.setUser(ADMIN, { roles: ['Global Administrator'] });
  emu.graph.setUser(PRINTER, { exchangeLicensed: true });
});

/** The emulator's sign-in pages, as the admin walks them in the window launchWebAuthFlow opens. */
async function signInAt(page: Page) {
  await page.getByLabel('Email, phone, or Skype').fill(ADMIN);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Password').fill('Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The permissions page comes once: after the first consent the emulator, like Entra, redirects at once.
  const accept = page.getByRole('button', { name: 'Accept' });
  await Promise.race([accept.click().catch(() => undefined), page.waitForEvent('close')]);
}

async function checkTenant(mailbox = PRINTER): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, 'options.html'));
  await page.getByTestId('tenant-registration').waitFor();
  await page.getByTestId('tenant-graph').fill(`${emu.graph.url}/v1.0`);
  await page.getByTestId('tenant-mailbox').fill(mailbox);
  const popup = browser.context.waitForEvent('page', {
    predicate: (p) => p.url().startsWith(emu.identity.url),
    timeout: 20_000,
  });
  await page.getByTestId('tenant-run').click();
  await signInAt(await popup);
  // Done when nothing is busy any more: a new report, or an error.
  await page.locator('[data-testid="tenant-status"].busy').waitFor({ state: 'detached', timeout: 20_000 });
  await page
    .getByTestId('tenant-report')
    .or(page.locator('[data-testid="tenant-status"].bad'))
    .waitFor({ timeout: 5_000 });
  return page;
}

/** A policy named for what it does, its id made from the name. */
function policy(
  displayName: string,
  over: Partial<ConditionalAccessPolicy> = {},
  conditions: Partial<ConditionalAccessPolicy['conditions']> = {},
): ConditionalAccessPolicy {
  return conditionalAccessPolicy(
    { id: displayName.toLowerCase().replace(/\W+/g, '-'), displayName, ...over },
    conditions,
  );
}

/** What the page shows: one line per finding, cause and what it names. */
async function findings(page: Page): Promise<string[]> {
  return page
    .getByTestId('tenant-finding')
    .evaluateAll((els) =>
      els.map((e) =>
        `${e.getAttribute('data-cause')} ${e.getAttribute('data-severity')} ${e.getAttribute('data-outcome')} ${e.getAttribute('data-subject')}`.trim(),
      ),
    );
}

const printerOid = () => {
  const oid = emu.identity.user(PRINTER)?.oid;
  if (!oid) throw new Error('no printer account');
  return oid;
};

describe('Check my tenant', () => {
  it('a clean tenant gives no finding, and says what Graph cannot tell', async () => {
    const page = await checkTenant();
    await expect(page.getByTestId('tenant-status').count()).resolves.toBe(0);
    await expect(page.getByTestId('tenant-clean').isVisible()).resolves.toBe(true);
    await expect(findings(page)).resolves.toEqual([]);
    const ps = await page.getByTestId('tenant-powershell').textContent();
    expect(ps).toContain('Get-TransportConfig');
    expect(ps).toContain(`Get-CASMailbox -Identity ${PRINTER}`);
    // The redirect URI the admin registers is this extension's chromiumapp.org address.
    expect(await page.getByTestId('tenant-redirect').textContent()).toBe(
      `https://${browser.extensionId}.chromiumapp.org/msal`,
    );
    await page.close();
  });

  it('security defaults on', async () => {
    emu.graph.setSecurityDefaults(true);
    const page = await checkTenant();
    await expect(findings(page)).resolves.toEqual(['security-defaults-on blocker problem']);
    await page.close();
  });

  it('Conditional Access: each policy in the printer’s way, named; report-only as info; disabled ignored', async () => {
    emu.graph.setConditionalAccessPolicies([
      policy('Block device code flow', {}, { authenticationFlows: { transferMethods: 'deviceCodeFlow' } }),
      policy('Block printers', {}, { users: { includeUsers: [printerOid()] } }),
      policy('Block legacy authentication', {}, { clientAppTypes: ['exchangeActiveSync', 'other'] }),
      policy(
        'MFA for printers (report-only)',
        {
          state: 'enabledForReportingButNotEnforced',
          grantControls: { operator: 'OR', builtInControls: ['mfa'] },
        },
        { users: { includeUsers: [printerOid()] } },
      ),
      policy(
        'Block Exchange admins',
        {},
        { users: { includeUsers: [], includeRoles: ['29232cdf-9323-42fd-ade2-1d097af3e4de'] } },
      ),
      policy('Old block (disabled)', { state: 'disabled' }),
      policy(
        'Block everyone but the printer',
        {},
        {
          users: { includeUsers: ['All'], excludeUsers: [printerOid(), emu.identity.user(ADMIN)?.oid ?? ''] },
        },
      ),
    ]);
    const page = await checkTenant();
    await expect(findings(page)).resolves.toEqual([
      'ca-blocks-device-code blocker problem Block device code flow',
      'conditional-access-blocked blocker problem Block printers',
      'conditional-access-blocked warning problem Block legacy authentication',
      'mfa-required info report-only MFA for printers (report-only)',
      'conditional-access-blocked warning problem Block Exchange admins',
    ]);
    await expect(page.getByTestId('tenant-finding').first().textContent()).resolves.toContain(
      'blocks the device code flow the printer signs in with',
    );
    await page.close();
  });

  it('an admin who cannot consent for the organisation', async () => {
    emu.graph.setUser(ADMIN, { roles: ['Global Reader'] });
    const page = await checkTenant();
    await expect(findings(page)).resolves.toEqual(['admin-role-missing blocker problem']);
    await expect(page.getByTestId('tenant-finding').textContent()).resolves.toContain(
      'Your roles: Global Reader',
    );
    await page.close();
  });

  it('a role that cannot read policies: the findings say which can', async () => {
    emu.graph.setUser(ADMIN, { roles: ['Cloud Application Administrator'] });
    const page = await checkTenant();
    await expect(findings(page)).resolves.toEqual([
      'security-defaults-on warning unreadable',
      'conditional-access-blocked warning unreadable',
    ]);
    const text = await page.getByTestId('tenant-finding').first().textContent();
    expect(text).toContain('Policy.Read.All');
    expect(text).toContain('Security Reader');
    await page.close();
  });

  it('the printer’s mailbox without an Exchange licence, or missing', async () => {
    emu.graph.setUser(PRINTER, { exchangeLicensed: false });
    let page = await checkTenant();
    await expect(findings(page)).resolves.toEqual([`mailbox-unlicensed blocker problem ${PRINTER}`]);
    await page.close();
    page = await checkTenant('nobody@contoso.com');
    await expect(findings(page)).resolves.toEqual(['mailbox-unlicensed blocker missing nobody@contoso.com']);
    await page.close();
  });

  it('the Graph token goes to Graph only: never to the agent, never into storage', async () => {
    // Graph's token is a JWT; the agent's pairing token (the options page asks the agent's state) is not.
    const bearers: string[] = [];
    const listener = (request: Request) => {
      const auth = request.headers().authorization;
      if (auth && /eyJ[\w-]+\.eyJ[\w-]+\./.test(auth)) bearers.push(new URL(request.url()).origin);
    };
    browser.context.on('request', listener);
    const page = await checkTenant();
    browser.context.off('request', listener);
    expect(bearers.length).toBeGreaterThan(0);
    expect(new Set(bearers)).toEqual(new Set([emu.graph.url]));
    const graphCalls = emu.graph.requests().filter((r) => r.caller === ADMIN);
    expect(graphCalls.length).toBeGreaterThan(0);
    const stored = await browser.worker.evaluate(async () => {
      const g = globalThis as unknown as {
        chrome: { storage: { local: { get(): Promise<unknown> }; session: { get(): Promise<unknown> } } };
      };
      return JSON.stringify([await g.chrome.storage.local.get(), await g.chrome.storage.session.get()]);
    });
    expect(stored).toContain('"tenantReport"');
    expect(stored).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    await page.close();
  });

  it('a closed sign-in window says so, and the next attempt works (MSAL’s interaction state was cleared)', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage(browser, 'options.html'));
    await page.getByTestId('tenant-mailbox').fill(PRINTER);
    const popup = browser.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith(emu.identity.url),
      timeout: 20_000,
    });
    await page.getByTestId('tenant-run').click();
    await (await popup).close();
    const status = page.locator('[data-testid="tenant-status"].bad');
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toBe(messagesFor('en').tenant.cancelled);
    await page.close();
    const again = await checkTenant();
    await expect(again.getByTestId('tenant-clean').isVisible()).resolves.toBe(true);
    await again.close();
  });

  it('declined consent is an error in the admin’s language, with Microsoft’s code', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage(browser, 'options.html'));
    await page.getByTestId('language').selectOption('pt-PT');
    await page.getByTestId('tenant-run').waitFor();
    expect(await page.getByTestId('tenant-run').textContent()).toBe(messagesFor('pt-PT').tenant.run);
    emu.identity.addUser({ email: 'other-admin@contoso.com' });
    const popup = browser.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith(emu.identity.url),
      timeout: 20_000,
    });
    await page.getByTestId('tenant-run').click();
    const signIn = await popup;
    await signIn.getByLabel('Email, phone, or Skype').fill('other-admin@contoso.com');
    await signIn.getByRole('button', { name: 'Next' }).click();
    await signIn.getByRole('button', { name: 'Cancel' }).click();
    const status = page.locator('[data-testid="tenant-status"].bad');
    await status.waitFor({ timeout: 20_000 });
    const text = (await status.textContent()) ?? '';
    expect(text.startsWith(messagesFor('pt-PT').tenant.signInFailed.split('{')[0]!)).toBe(true);
    expect(text).toMatch(/AADSTS65004|access_denied/);
    await page.getByTestId('language').selectOption('auto');
    await page.close();
  });
});
