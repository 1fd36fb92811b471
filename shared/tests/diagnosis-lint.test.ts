import { OAUTH_SIGNED_IN } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { ADDITIONAL_NETWORK_SIGNAL, lint, lintCauses, parseEndpoint } from '../src/diagnosis/index.ts';
import type { PageFields, PageModel } from '../src/webconfig/page-model.ts';
import { pageModel } from './guide-model.ts';

function page(fields: PageFields, signals: string[] = []): PageModel {
  return { ...pageModel('email-server-basic', fields), signals };
}

/** A correct OAuth2 set-up for Exchange Online, as the guide leaves it. */
const good: PageFields = { ...OAUTH_SIGNED_IN, oauthOffered: true };

describe('lint()', () => {
  it('finds nothing wrong with the guide’s settings', () => {
    expect(lint(page(good))).toEqual([]);
  });

  it('accepts the server in any case and with stray spaces, and the sender in any case', () => {
    expect(
      lint(page({ ...good, smtpServer: '  SMTP.Office365.COM ', sender: 'Scanner@Contoso.EXAMPLE' })),
    ).toEqual([]);
  });

  it('finds every wrong field of a bad page, each with its field, in page order', () => {
    const findings = lint(
      page({
        ...good,
        sender: 'reception@contoso.com',
        smtpServer: 'smtp.contoso.com',
        smtpPort: 465,
        secureConnection: 'ssl-tls',
        certificateValidation: false,
      }),
    );
    expect(findings).toEqual([
      { id: 'sender-mismatch', field: 'sender' },
      { id: 'wrong-server', field: 'smtpServer' },
      { id: 'wrong-port', field: 'smtpPort' },
      { id: 'wrong-secure-connection', field: 'secureConnection' },
      { id: 'certificate-validation-disabled', field: 'certificateValidation' },
    ]);
  });

  it('expects smtp-mail.outlook.com for Outlook.com and smtp.office365.com for Exchange Online', () => {
    const outlook = { ...good, emailService: 'outlook-com' as const };
    expect(lintCauses(page(outlook))).toEqual(['wrong-server']);
    expect(lintCauses(page({ ...outlook, smtpServer: 'smtp-mail.outlook.com' }))).toEqual([]);
    expect(lintCauses(page({ ...good, smtpServer: 'smtp-mail.outlook.com' }))).toEqual(['wrong-server']);
  });

  it('reports a printer whose method list has no OAuth2', () => {
    expect(lint(page({ authMethod: 'smtp-auth', oauthOffered: false }))).toEqual([
      { id: 'oauth-not-supported', field: 'authMethod' },
    ]);
  });

  it('judges only the fields the page shows', () => {
    expect(lint(page({}))).toEqual([]);
    expect(
      lint(page({ authMethod: 'oauth2', emailService: 'exchange-online', currentStatus: 'signed-in' })),
    ).toEqual([]);
    expect(lintCauses(page({ authMethod: 'oauth2', smtpPort: 25 }))).toEqual(['wrong-port']);
  });

  it('does not apply Microsoft’s rules to another mail server without OAuth2', () => {
    const otherServer: PageFields = {
      authMethod: 'smtp-auth',
      oauthOffered: true,
      account: 'printer',
      sender: 'printer@example.org',
      smtpServer: 'mail.example.org',
      smtpPort: 465,
      secureConnection: 'ssl-tls',
    };
    expect(lint(page(otherServer))).toEqual([]);
  });

  it('says a password or no authentication will not work against Microsoft’s server', () => {
    const base = { ...good, authMethod: 'smtp-auth' as const, emailService: undefined };
    // Issue 9: Exchange Online still takes a password until the end of December 2026; it is retiring.
    expect(lintCauses(page(base))).toEqual(['basic-auth-retiring']);
    // Outlook.com personal accounts refuse it already.
    expect(lintCauses(page({ ...base, smtpServer: 'smtp-mail.outlook.com' }))).toEqual([
      'basic-auth-rejected',
      'basic-auth-retiring',
    ]);
    expect(lintCauses(page({ ...base, authMethod: 'off' }))).toEqual(['not-authenticated']);
    expect(lintCauses(page({ ...base, authMethod: 'pop-before-smtp' }))).toEqual(['not-authenticated']);
  });

  it('reports certificate validation off whatever the method', () => {
    expect(lintCauses(page({ authMethod: 'off', certificateValidation: false }))).toEqual([
      'certificate-validation-disabled',
    ]);
  });

  it('reports the additional network when detection signals it', () => {
    expect(lint(page({}, [ADDITIONAL_NETWORK_SIGNAL]))).toEqual([
      { id: 'additional-network-unsupported', field: 'network' },
    ]);
  });

  it('takes OAuth2 for granted when only the email service is shown', () => {
    expect(lintCauses(page({ emailService: 'exchange-online', smtpServer: 'smtp.gmail.com' }))).toEqual([
      'wrong-server',
    ]);
  });
});

describe('lint() on the Fax Server page', () => {
  const fax = (fields: PageFields): PageModel => ({ ...page(fields), page: 'fax-server-email' });

  it('leaves an Internet fax provider’s own OAuth server alone', () => {
    expect(
      lint(fax({ authMethod: 'oauth2', smtpServer: 'smtp.faxprovider.example', smtpPort: 465 })),
    ).toEqual([]);
  });

  it('applies Microsoft’s rules when the page chose a Microsoft email service', () => {
    expect(
      lintCauses(
        fax({
          authMethod: 'oauth2',
          emailService: 'exchange-online',
          smtpServer: 'smtp.office365.com',
          smtpPort: 465,
        }),
      ),
    ).toEqual(['wrong-port']);
  });
});

describe('lint() with a declared endpoint (a setting: the emulator in tests and the demo)', () => {
  const emulator = { ...good, smtpServer: '127.0.0.1', smtpPort: 25871 };

  it('flags the emulator when nothing is declared', () => {
    expect(lintCauses(page(emulator))).toEqual(['wrong-server', 'wrong-port']);
  });

  it('does not flag a correct setup against the declared host and port', () => {
    expect(lintCauses(page(emulator), { expectedEndpoints: [{ host: '127.0.0.1', port: 25871 }] })).toEqual(
      [],
    );
  });

  it('still judges everything else, and a port other than the declared one', () => {
    const options = { expectedEndpoints: [{ host: '127.0.0.1', port: 25871 }] };
    expect(lintCauses(page({ ...emulator, smtpPort: 587 }), options)).toEqual(['wrong-port']);
    expect(lintCauses(page({ ...emulator, sender: 'other@contoso.com' }), options)).toEqual([
      'sender-mismatch',
    ]);
    expect(lintCauses(page({ ...emulator, secureConnection: 'none' }), options)).toEqual([
      'wrong-secure-connection',
    ]);
  });

  it('a host declared without a port takes the submission port', () => {
    expect(
      lintCauses(page({ ...emulator, smtpPort: 587 }), { expectedEndpoints: [{ host: '127.0.0.1' }] }),
    ).toEqual([]);
  });

  it('parses the setting as typed, and refuses what is not an endpoint', () => {
    expect(parseEndpoint(' 127.0.0.1:25871 ')).toEqual({ host: '127.0.0.1', port: 25871 });
    expect(parseEndpoint('SMTP.Example.org')).toEqual({ host: 'smtp.example.org' });
    expect(parseEndpoint('[::1]:2525')).toEqual({ host: '::1', port: 2525 });
    expect(parseEndpoint('host:70000')).toBeNull();
    expect(parseEndpoint('http://x')).toBeNull();
    expect(parseEndpoint(`${'a'.repeat(50_000)}!`)).toBeNull();
  });
});
