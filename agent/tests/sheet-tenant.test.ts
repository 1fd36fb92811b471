import { join } from 'node:path';
import { causeText } from '@wcoa/shared/diagnosis';
import { messagesFor } from '@wcoa/shared/i18n';
import { PrinterSeenResponseSchema, type TenantFinding, type TenantReport } from '@wcoa/shared/protocol';
import { tempHome } from '@wcoa/test/agent-process';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PrinterStore } from '../src/printers/printer-store.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { sheetData } from '../src/sheet/sheet-data.ts';
import { renderSheetHtml } from '../src/sheet/sheet-html.tsx';
import { HistoryStore } from '../src/store/history.ts';
import { Store } from '../src/store/store.ts';
import { agentForTests } from './helpers/for-tests.ts';
import { EMAIL, pageModel } from './printers-fixtures.ts';

const NOW = new Date('2026-11-24T12:00:00.000Z');

/** One finding as the extension's checks report it: which check, its cause, how bad, and what was found. */
const finding = (
  check: TenantFinding['check'],
  causeId: TenantFinding['causeId'],
  severity: TenantFinding['severity'],
  outcome: TenantFinding['outcome'],
  more: Partial<TenantFinding> = {},
): TenantFinding => ({ check, causeId, severity, outcome, ...more });

const report = (checkedAt: string, over: Partial<TenantReport> = {}): TenantReport => ({
  checkedAt,
  account: 'admin@contoso.com',
  mailbox: 'scanner@contoso.com',
  checked: ['security-defaults', 'conditional-access', 'admin-role', 'mailbox'],
  findings: [
    finding('security-defaults', 'security-defaults-on', 'blocker', 'problem'),
    finding('conditional-access', 'ca-blocks-device-code', 'blocker', 'problem', {
      subject: 'Block device code flow',
      reasons: ['device-code'],
    }),
    finding('conditional-access', 'mfa-required', 'info', 'report-only', {
      subject: 'MFA (report-only)',
      reasons: ['mfa'],
    }),
    finding('admin-role', 'admin-role-missing', 'warning', 'unreadable', {
      canRead: { permissions: ['RoleManagement.Read.Directory'], roles: [] },
    }),
  ],
  ...over,
});

function setup() {
  const home = tempHome('wcoa-sheet-tenant-');
  const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
  const printers = new PrinterStore(store.db);
  const history = new HistoryStore(store.db);
  const id = printers.recordSeen(
    'http://10.0.1.116',
    pageModel('email-server-basic', EMAIL),
    NOW.toISOString(),
  );
  return { store, printers, history, id };
}

const causesOf = (html: string) =>
  [...new JSDOM(html).window.document.querySelectorAll('#causes li[data-cause]')].map((li) =>
    li.getAttribute('data-cause'),
  );

describe('the tenant check on the status sheet', () => {
  it('blocking findings are causes, with the policy named; report-only and unreadable ones are not', () => {
    const { store, printers, history, id } = setup();
    history.saveTenantReport(id, report('2026-11-24T06:00:00.000Z'));
    const data = sheetData(
      { store, printers, history, authorityHost: 'https://login.microsoftonline.com', version: '1' },
      printers.get(id)!,
      NOW,
    );
    expect(data.causes.filter((c) => c.origin === 'tenant')).toEqual([
      { id: 'security-defaults-on', origin: 'tenant' },
      { id: 'ca-blocks-device-code', origin: 'tenant', subjects: ['Block device code flow'] },
    ]);
    expect(data.tenantCheck).toEqual({ checkedAt: '2026-11-24T06:00:00.000Z', account: 'admin@contoso.com' });
    for (const lang of ['en', 'pt-PT', 'pt-BR'] as const) {
      const html = renderSheetHtml(data, { lang, timeZone: 'UTC' });
      expect(causesOf(html)).toEqual(
        expect.arrayContaining(['security-defaults-on', 'ca-blocks-device-code']),
      );
      expect(causesOf(html)).not.toContain('mfa-required');
      expect(html).toContain('Block device code flow');
      expect(html).toContain(causeText('ca-blocks-device-code', lang).title);
      expect(html).toContain(`(${messagesFor(lang).tenant.heading})`);
      expect(html).toContain('admin@contoso.com');
    }
    store.close();
  });

  it('a newer check replaces the older one, a late older one does not', () => {
    const { store, history, id } = setup();
    history.saveTenantReport(id, report('2026-11-24T06:00:00.000Z'));
    history.saveTenantReport(id, report('2026-11-24T07:00:00.000Z', { findings: [] }));
    history.saveTenantReport(id, report('2026-11-24T05:00:00.000Z'));
    expect(history.tenantReport(id)).toMatchObject({
      checkedAt: '2026-11-24T07:00:00.000Z',
      findings: [],
    });
    store.close();
  });
});

describe('tenant findings through the real agent', () => {
  const agent = agentForTests();

  it('POST /v1/printers/seen with tenantFindings shows them on the sheet; malformed findings are refused', async () => {
    const seen = await agent.cli('POST', '/v1/printers/seen', {
      origin: 'http://192.0.2.30',
      pageModel: pageModel('email-server-basic', EMAIL),
      tenantFindings: report('2026-11-24T06:00:00.000Z'),
    });
    expect(seen.status).toBe(200);
    const { printerId } = PrinterSeenResponseSchema.parse(seen.json);
    const sheet = await agent.cli('GET', `/v1/printers/${printerId}/sheet?lang=en`);
    expect(sheet.status).toBe(200);
    expect(causesOf(sheet.text)).toEqual(
      expect.arrayContaining(['security-defaults-on', 'ca-blocks-device-code']),
    );
    expect(sheet.text).toContain('Block device code flow');
    const bad = await agent.cli('POST', '/v1/printers/seen', {
      origin: 'http://192.0.2.30',
      pageModel: pageModel('email-server-basic', EMAIL),
      tenantFindings: { ...report('2026-11-24T08:00:00.000Z'), findings: [{ causeId: 'nope' }] },
    });
    expect(bad.status).toBe(400);
  });
});
