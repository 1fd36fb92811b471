import type { ProbeResponse } from '@wcoa/shared/protocol';
import type { PageFields, PageKind, PageModel } from '@wcoa/shared/webconfig';
import { OAUTH_SIGNED_IN } from '@wcoa/test/webconfig-pages';
import type { TestMailRecord } from '../src/store/history.ts';

/** A PageModel as detect() gives it, for the parts the printer store and the sheet read. */
export function pageModel(page: PageKind, fields: PageFields, model: string | null = 'WF-2930'): PageModel {
  return { vendor: 'epson', page, model, lang: 'en', fields, raw: {}, signals: ['test'] };
}

export const NETWORK: PageFields = {
  network: {
    deviceName: 'EPSON0C85BF',
    connection: 'Wi-Fi-433Mbps',
    ipAddress: '10.0.1.116',
    subnetMask: '255.255.255.0',
    gateway: '10.0.1.1',
    dns: ['10.0.1.1', '10.0.1.2'],
    ipv6: ['fe80::5a05:d9ff:fe0c:85bf/64'],
    macAddress: '58:05:D9:0C:85:BF',
  },
};

/**
 * The Email Server page as detect() reads it when set as the guide leaves it, on a printer that
 * offers OAuth2, for this fleet's mailbox (the store's account and test mails name it), with
 * certificate validation off (the sheet shows it as Disable).
 */
export const EMAIL: PageFields = {
  ...OAUTH_SIGNED_IN,
  oauthOffered: true,
  account: 'scanner@contoso.com',
  sender: 'scanner@contoso.com',
  certificateValidation: false,
};

/** A test mail the agent delivered for scanner@contoso.com through Microsoft's SMTP, filed under `printerId`. */
export function deliveredMail(at: string, printerId: string | null): TestMailRecord {
  return {
    at,
    account: 'scanner@contoso.com',
    from: 'scanner@contoso.com',
    to: 'scanner@contoso.com',
    smtpHost: 'smtp.office365.com',
    smtpPort: 587,
    ok: true,
    stage: 'ok',
    reply: '250',
    causes: [],
    timings: { dns: null, connect: null, tls: null, auth: null, send: null },
    printerId,
  };
}

export function probeResult(at: string, validTo: string, daysLeft: number): ProbeResponse {
  return {
    ok: true,
    host: 'smtp.office365.com',
    port: 587,
    stages: [{ stage: 'tls', ok: true, ms: 12, detail: 'TLSv1.3' }],
    addresses: ['127.0.0.1'],
    banner: '220 emulator',
    extensions: ['STARTTLS'],
    starttls: true,
    tls: {
      version: 'TLSv1.3',
      cipher: 'TLS_AES_256_GCM_SHA384',
      authorized: true,
      authorizationError: null,
      certificate: {
        subject: 'outlook.office365.com',
        issuer: 'Test CA',
        validFrom: '2026-01-01T00:00:00.000Z',
        validTo,
        daysLeft,
        altNames: ['smtp.office365.com'],
        nameMatch: true,
        fingerprint256: 'AA:BB',
      },
    },
    authMechanisms: ['LOGIN', 'XOAUTH2'],
    xoauth2: true,
    causes: [],
    at,
  };
}
