import { describe, expect, it } from 'vitest';
import type { PageModel } from '../webconfig/page-model.ts';
import {
  PAIRING_CODE_ALPHABET,
  PageModelSchema,
  PairingCodeSchema,
  RuntimeMessageSchema,
  runtimeReplySchema,
  TestMailRequestSchema,
} from './index.ts';

const emailServerPage: PageModel = {
  vendor: 'epson',
  page: 'email-server-basic',
  model: 'WF-C5790',
  lang: 'pt',
  fields: {
    authMethod: 'oauth2',
    emailService: 'exchange-online',
    smtpPort: 587,
    network: { ipAddress: '192.0.2.10', dns: ['192.0.2.1'], wins: 'x' },
  },
  raw: { authMethod: 'OAuth2', network: { 'Endereço IP': '192.0.2.10' } },
  signals: ['meta-author'],
};

describe('PageModelSchema', () => {
  it('accepts a PageModel and keeps every field', () => {
    expect(PageModelSchema.parse(emailServerPage)).toEqual(emailServerPage);
  });
  it('rejects an unknown page kind and a port given as text', () => {
    expect(PageModelSchema.safeParse({ ...emailServerPage, page: 'email' }).success).toBe(false);
    const fields = { ...emailServerPage.fields, smtpPort: '587' };
    expect(PageModelSchema.safeParse({ ...emailServerPage, fields }).success).toBe(false);
  });
});

describe('PairingCodeSchema', () => {
  it('normalises case, spaces and the dash', () => {
    expect(PairingCodeSchema.parse(' ac3d-ef4g ')).toBe('AC3DEF4G');
  });
  it('refuses ambiguous characters and wrong lengths', () => {
    for (const ch of '0O1IL2Z5S8B') expect(PAIRING_CODE_ALPHABET).not.toContain(ch);
    expect(PairingCodeSchema.safeParse('AC3D-EF40').success).toBe(false);
    expect(PairingCodeSchema.safeParse('AC3D-EF4').success).toBe(false);
  });
});

describe('TestMailRequestSchema', () => {
  it('rejects header injection in from and to', () => {
    const base = { account: 'scan@contoso.example' };
    expect(
      TestMailRequestSchema.safeParse({ ...base, from: 'a@b.example\r\nBcc: x@y.example' }).success,
    ).toBe(false);
    expect(TestMailRequestSchema.safeParse({ ...base, to: 'a@b.example\n' }).success).toBe(false);
    expect(
      TestMailRequestSchema.safeParse({ ...base, smtp: { host: 'smtp.office365.com', port: 587 } }).success,
    ).toBe(true);
  });
});

describe('RuntimeMessageSchema', () => {
  it('parses known messages and drops unknown types', () => {
    expect(RuntimeMessageSchema.parse({ type: 'accounts' })).toEqual({ type: 'accounts' });
    expect(RuntimeMessageSchema.safeParse({ type: 'eval', code: '1' }).success).toBe(false);
  });
  it('has a reply schema per type', () => {
    const reply = runtimeReplySchema('enable-printer');
    expect(reply.safeParse({ ok: true, data: { enabled: true } }).success).toBe(true);
    expect(reply.safeParse({ ok: false, error: { code: 'agent-down', message: 'm' } }).success).toBe(true);
    expect(reply.safeParse({ ok: true, data: {} }).success).toBe(false);
  });
});
