import { currentStep, emptyMemory } from '@wcoa/shared/guide';
import { allMessages, messagesFor } from '@wcoa/shared/i18n';
import {
  type RuntimeMessage,
  RuntimeMessageSchema,
  type TenantReport,
  TenantReportSchema,
} from '@wcoa/shared/protocol';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send as realSend } from '../src/messages.ts';
import { Overlay } from '../src/overlay/overlay.tsx';
import { buildView } from '../src/overlay/view.ts';
import { printersItem } from '../src/settings.ts';
import { handleMessage } from '../src/sw/handler.ts';
import { openTenantCheckMessage } from '../src/tenant/checklist-item.tsx';
import { findingText } from '../src/tenant/finding-text.ts';
import { powershellChecks } from '../src/tenant/findings-view.tsx';
import { mailboxFromHash, tenantLink } from '../src/tenant/link.ts';
import { tenantPrerequisites } from '../src/tenant/prerequisites.ts';
import { parseTenantConfig, tenantConfigItem, tenantReportItem } from '../src/tenant/settings.ts';
import { TenantCheck } from '../src/tenant/tenant-check.tsx';
import { model } from './model.ts';
import { renderRoot } from './render-root.ts';

const report = (over: Partial<TenantReport> = {}): TenantReport => ({
  checkedAt: '2026-11-24T06:00:00.000Z',
  account: 'admin@contoso.com',
  mailbox: 'scan@contoso.com',
  checked: ['security-defaults', 'conditional-access', 'admin-role', 'mailbox'],
  findings: [],
  ...over,
});

const root = renderRoot();
beforeEach(() => {
  fakeBrowser.reset();
});

describe('findings → the prerequisites checklist', () => {
  it('a clean report ticks every Graph-verified prerequisite and nothing else', () => {
    expect(tenantPrerequisites(report())).toEqual({
      'security-defaults-off': 'met',
      'mailbox-licensed': 'met',
      'conditional-access': 'met',
      'consent-admin-role': 'met',
    });
    expect(tenantPrerequisites(null)).toEqual({});
  });
  it('a blocking finding flags the prerequisite its cause points at; report-only and unreadable do not', () => {
    const states = tenantPrerequisites(
      report({
        checked: ['conditional-access', 'admin-role', 'mailbox'],
        findings: [
          {
            check: 'conditional-access',
            causeId: 'ca-blocks-device-code',
            severity: 'blocker',
            outcome: 'problem',
            subject: 'P',
          },
          {
            check: 'mailbox',
            causeId: 'mailbox-unlicensed',
            severity: 'blocker',
            outcome: 'missing',
            subject: 'x@y.z',
          },
          {
            check: 'security-defaults',
            causeId: 'security-defaults-on',
            severity: 'warning',
            outcome: 'unreadable',
          },
        ],
      }),
    );
    expect(states).toEqual({
      'mailbox-licensed': 'missing',
      'conditional-access': 'missing',
      'consent-admin-role': 'met',
    });
    const reportOnly = tenantPrerequisites(
      report({
        findings: [
          {
            check: 'conditional-access',
            causeId: 'mfa-required',
            severity: 'info',
            outcome: 'report-only',
            subject: 'P',
          },
        ],
      }),
    );
    expect(reportOnly['conditional-access']).toBe('met');
  });
});

describe('the overlay checklist', () => {
  const page = model('email-server-basic', { authMethod: 'oauth2', account: 'scan@contoso.com' });
  // The overlay's injected send: the tenant report goes to the real service worker handler; opening
  // the check is only recorded.
  const send = vi.fn(async (message: RuntimeMessage) =>
    message.type === 'tenant-report' ? realSend(message) : { ok: true as const, data: { opened: true } },
  );
  const PRINTER_SENDER = {
    id: 'ext-id',
    url: 'http://10.0.0.5/x',
    tab: { id: 1, url: 'http://10.0.0.5/x' },
    frameId: 0,
  };
  const show = async () => {
    const view = buildView('en', page, currentStep(page, emptyMemory()), null);
    await act(async () => {
      render(<Overlay view={view} checklist={[]} onChecklist={vi.fn()} send={send as never} />, root);
    });
    await act(async () => {});
  };
  const state = (id: string) =>
    root
      .querySelector(`[data-prerequisite="${id}"]`)
      ?.parentElement?.querySelector('[data-tenant-state]')
      ?.getAttribute('data-tenant-state');
  beforeEach(async () => {
    send.mockClear();
    // The real service worker handler answers, as for a content script on an enabled printer.
    await printersItem.setValue(['http://10.0.0.5']);
    fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
      handleMessage(message, PRINTER_SENDER, {
        extensionId: 'ext-id',
        extensionBaseUrl: 'chrome-extension://ext-id/',
        browserName: 'Chromium',
      }),
    );
  });

  it('starts with "Check my tenant", which asks the service worker to open it with the printer’s account', async () => {
    await show();
    const item = root.querySelector('[data-testid="tenant-checklist-item"]');
    const first = root.querySelector('[data-testid="checklist"] p + *');
    expect(first).toBe(item);
    (root.querySelector('[data-testid="tenant-open"]') as HTMLButtonElement).click();
    expect(send).toHaveBeenCalledWith({ type: 'open-tenant-check', mailbox: 'scan@contoso.com' });
  });

  it('shows the last findings on their prerequisites, asked again when the admin comes back to the tab', async () => {
    await show();
    expect(root.querySelectorAll('[data-tenant-state]')).toHaveLength(0);
    await tenantReportItem.setValue(
      report({
        findings: [
          {
            check: 'security-defaults',
            causeId: 'security-defaults-on',
            severity: 'blocker',
            outcome: 'problem',
          },
        ],
      }),
    );
    expect(state('security-defaults-off')).toBeUndefined();
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await vi.waitFor(async () => {
      await act(async () => {});
      expect(state('security-defaults-off')).toBe('missing');
    });
    expect(state('mailbox-licensed')).toBe('met');
    expect(state('tenant-smtp-auth')).toBeUndefined();
    expect(root.querySelector('[data-testid="tenant-checklist-item"]')?.getAttribute('data-findings')).toBe(
      'security-defaults-on',
    );
    // Asked through the overlay's own (injected) send, like every other message of the overlay.
    expect(send).toHaveBeenCalledWith({ type: 'tenant-report' });
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'open-tenant-check' }));
  });

  it('opens the check with no mailbox that is not an address (the service worker drops it)', () => {
    expect(openTenantCheckMessage(undefined)).toEqual({ type: 'open-tenant-check' });
    const atDoor = (account: string) => RuntimeMessageSchema.parse(openTenantCheckMessage(account));
    expect(atDoor('SCANNER')).toMatchObject({ type: 'open-tenant-check', mailbox: undefined });
    expect(atDoor(' scan@contoso.com ')).toEqual({ type: 'open-tenant-check', mailbox: 'scan@contoso.com' });
  });
});

describe('the service worker and the tenant check', () => {
  it('hands an enabled printer’s page the stored report (content scripts cannot read storage)', async () => {
    await printersItem.setValue(['http://10.0.0.5']);
    const sender = {
      id: 'ext-id',
      url: 'http://10.0.0.5/x',
      tab: { id: 1, url: 'http://10.0.0.5/x' },
      frameId: 0,
    };
    const ctx = {
      extensionId: 'ext-id',
      extensionBaseUrl: 'chrome-extension://ext-id/',
      browserName: 'Chromium',
    };
    expect(await handleMessage({ type: 'tenant-report' }, sender, ctx)).toEqual({ ok: true, data: null });
    await tenantReportItem.setValue(report());
    expect(await handleMessage({ type: 'tenant-report' }, sender, ctx)).toEqual({ ok: true, data: report() });
    const stranger = { ...sender, url: 'http://10.0.0.9/x' };
    expect(await handleMessage({ type: 'tenant-report' }, stranger, ctx)).toMatchObject({ ok: false });
  });

  it('in the options page, with the mailbox in the address', async () => {
    await printersItem.setValue(['http://10.0.0.5']);
    const openTab = vi.fn(async () => undefined);
    const reply = await handleMessage(
      { type: 'open-tenant-check', mailbox: 'scan@contoso.com' },
      { id: 'ext-id', url: 'http://10.0.0.5/x', tab: { id: 1, url: 'http://10.0.0.5/x' }, frameId: 0 },
      {
        extensionId: 'ext-id',
        extensionBaseUrl: 'chrome-extension://ext-id/',
        browserName: 'Chromium',
        openTab,
      },
    );
    expect(reply).toEqual({ ok: true, data: { opened: true } });
    const url = String((openTab.mock.calls[0] as unknown[] | undefined)?.[0]);
    expect(url).toBe('chrome-extension://ext-id/options.html#tenant?mailbox=scan%40contoso.com');
    expect(mailboxFromHash(new URL(url).hash)).toBe('scan@contoso.com');
  });
  it('link round trip and foreign hashes', () => {
    expect(mailboxFromHash(new URL(tenantLink('chrome-extension://x/options.html')).hash)).toBe('');
    expect(mailboxFromHash('#printers')).toBe('');
  });
});

describe('findings in words', () => {
  it('every finding kind reads in en and pt, with no unfilled placeholder', () => {
    const all = report({
      findings: [
        {
          check: 'conditional-access',
          causeId: 'ca-blocks-device-code',
          severity: 'blocker',
          outcome: 'problem',
          subject: 'Block DCF',
          reasons: ['device-code', 'legacy-clients', 'may-apply'],
        },
        {
          check: 'conditional-access',
          causeId: 'mfa-required',
          severity: 'info',
          outcome: 'report-only',
          subject: 'MFA',
          reasons: ['mfa'],
        },
        {
          check: 'admin-role',
          causeId: 'admin-role-missing',
          severity: 'blocker',
          outcome: 'problem',
          roles: ['Global Reader'],
        },
        {
          check: 'admin-role',
          causeId: 'admin-role-missing',
          severity: 'blocker',
          outcome: 'problem',
          roles: [],
        },
        {
          check: 'mailbox',
          causeId: 'mailbox-unlicensed',
          severity: 'blocker',
          outcome: 'problem',
          subject: 'scan@contoso.com',
        },
        {
          check: 'mailbox',
          causeId: 'mailbox-unlicensed',
          severity: 'blocker',
          outcome: 'missing',
          subject: 'no@contoso.com',
        },
        {
          check: 'security-defaults',
          causeId: 'security-defaults-on',
          severity: 'warning',
          outcome: 'unreadable',
          canRead: { permissions: ['Policy.Read.All'], roles: ['Global Reader'] },
        },
      ],
    });
    expect(TenantReportSchema.parse(all)).toEqual(all);
    for (const lang of ['en', 'pt-PT', 'pt-BR'] as const) {
      for (const f of all.findings) {
        const text = findingText(f, lang);
        const words = [text.title, ...text.details].join(' ');
        expect(words).not.toMatch(/\{\w+\}/);
        expect(text.details.length).toBeGreaterThan(0);
        if (f.subject) expect(words).toContain(f.subject);
      }
    }
    expect(findingText(all.findings[0]!, 'pt-PT').title).toBe(
      messagesFor('pt-PT').causes.cause['ca-blocks-device-code'].title,
    );
    expect(findingText(all.findings[0]!, 'en').details[0]).toContain('device code');
  });
  it('the tenant words exist in both languages', () => {
    expect(Object.keys(allMessages['pt-PT'].tenant)).toEqual(Object.keys(allMessages.en.tenant));
  });
  it('what Graph cannot tell: the PowerShell checks, with the printer’s mailbox', () => {
    expect(powershellChecks('scan@contoso.com')).toEqual([
      'Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
      'Get-CASMailbox -Identity scan@contoso.com | Format-List SmtpClientAuthenticationDisabled',
    ]);
  });
});

describe('tenant settings', () => {
  it('accepts https addresses and a GUID client id, trimmed; refuses the rest', () => {
    const good = {
      authority: ' https://login.microsoftonline.com/organizations/ ',
      clientId: ' 6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13',
      graphUrl: 'https://graph.microsoft.com/v1.0',
    };
    expect(parseTenantConfig(good)).toEqual({
      ...good,
      authority: 'https://login.microsoftonline.com/organizations',
      clientId: '6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13',
    });
    expect(parseTenantConfig({ ...good, clientId: '' })).toBeNull();
    expect(parseTenantConfig({ ...good, authority: 'http://login.microsoftonline.com/x' })).toBeNull();
    expect(parseTenantConfig({ ...good, graphUrl: 'graph' })).toBeNull();
  });
});

describe('the options page form', () => {
  const mount = async () => {
    fakeBrowser.identity.getRedirectURL = (path?: string) => `https://ext-id.chromiumapp.org/${path ?? ''}`;
    await act(async () => {
      render(<TenantCheck lang="pt-PT" />, root);
    });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="tenant-run"]')).not.toBeNull());
  };
  const type = (id: string, value: string) => {
    const input = root.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const submit = async () => {
    await act(async () => {
      (root.querySelector('[data-testid="tenant-run"]') as HTMLButtonElement).click();
    });
  };
  const status = () => root.querySelector('[data-testid="tenant-status"]')?.textContent;

  it('has no client id to type: without the agent’s or a policy’s registration it says to run wcoa setup', async () => {
    // A client id typed into an older version (no source) is not used either.
    await tenantConfigItem.setValue({
      authority: 'https://login.microsoftonline.com/organizations',
      clientId: '6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13',
      graphUrl: 'https://graph.microsoft.com/v1.0',
    });
    await mount();
    const t = messagesFor('pt-PT').tenant;
    expect(root.querySelector('[data-testid="tenant-client-id"]')).toBeNull();
    expect(root.querySelector('input')?.id).not.toBe('tenant-client-id');
    const missing = root.querySelector('[data-testid="tenant-registration-missing"]');
    expect(missing?.textContent).toContain(t.registrationMissing);
    expect(missing?.querySelector('code')?.textContent).toBe('npx wcoa setup');
    expect((root.querySelector('[data-testid="tenant-run"]') as HTMLButtonElement).disabled).toBe(true);

    // The worker adopts the paired agent's registration: the form takes it as it arrives.
    await act(async () => {
      await tenantConfigItem.setValue({
        authority: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
        clientId: '0b6e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
        graphUrl: 'https://graph.microsoft.com/v1.0',
        source: 'agent',
      });
    });
    await vi.waitFor(() => expect(root.querySelector('[data-testid="tenant-registration"]')).not.toBeNull());
    expect(root.querySelector('[data-testid="tenant-registration"]')?.textContent).toBe(
      t.registrationFromAgent.replace('{clientId}', '0b6e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b'),
    );
    expect((root.querySelector('[data-testid="tenant-authority"]') as HTMLInputElement).value).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com',
    );
    expect((root.querySelector('[data-testid="tenant-run"]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('says, in the admin’s language, what is wrong with the settings or the mailbox before any sign-in', async () => {
    await tenantConfigItem.setValue({
      authority: 'https://login.microsoftonline.com/organizations',
      clientId: '6f1c9a2e-3b7d-4c58-9e21-0a4d7b8c5e13',
      graphUrl: 'https://graph.microsoft.com/v1.0',
      source: 'policy',
    });
    await mount();
    expect(root.querySelector('[data-testid="tenant-registration"]')?.getAttribute('data-source')).toBe(
      'policy',
    );
    expect(root.querySelector('[data-testid="tenant-redirect"]')?.textContent).toBe(
      'https://ext-id.chromiumapp.org/msal',
    );
    await act(async () => type('tenant-authority', 'http://login.microsoftonline.com/organizations'));
    await submit();
    expect(status()).toBe(messagesFor('pt-PT').tenant.settingsInvalid);
    await act(async () => type('tenant-authority', 'https://login.microsoftonline.com/organizations'));
    await act(async () => type('tenant-mailbox', 'not an address'));
    await submit();
    expect(status()).toBe(messagesFor('pt-PT').tenant.mailboxInvalid);
  });

  it('shows the last report, worded, with what Graph cannot tell', async () => {
    await tenantReportItem.setValue(
      report({
        findings: [
          {
            check: 'mailbox',
            causeId: 'mailbox-unlicensed',
            severity: 'blocker',
            outcome: 'problem',
            subject: 'scan@contoso.com',
          },
        ],
      }),
    );
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="tenant-report"]')).not.toBeNull());
    const finding = root.querySelector('[data-testid="tenant-finding"]');
    expect(finding?.textContent).toContain(messagesFor('pt-PT').causes.cause['mailbox-unlicensed'].title);
    expect(finding?.textContent).toContain('scan@contoso.com');
    expect(root.querySelector('[data-testid="tenant-powershell"]')?.textContent).toContain(
      'Get-CASMailbox -Identity scan@contoso.com',
    );
    expect((root.querySelector('[data-testid="tenant-mailbox"]') as HTMLInputElement).value).toBe(
      'scan@contoso.com',
    );
  });
});
