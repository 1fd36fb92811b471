import { currentStep, emptyMemory } from '@wcoa/shared/guide';
import { describe, expect, it } from 'vitest';
import { buildView } from '../src/overlay/view.ts';
import { testMailRequest } from '../src/ui/test-mail.tsx';
import { model } from './model.ts';

describe('what the overlay shows', () => {
  it('explains each documented job code once, in page order, and leaves the others to the manual', () => {
    const view = buildView('en', model('job-history', { errorCodes: [370, 360, 370, 315, 361] }), null, null);
    expect(view.jobCodes).toEqual([
      { code: 370, count: 2, cause: 'sign-in-required' },
      { code: 360, count: 1, cause: 'service-unreachable' },
      { code: 315, count: 1, cause: null },
      { code: 361, count: 1, cause: 'sign-in-expired' },
    ]);
    expect(view.hints).toEqual(['sign-in-required', 'service-unreachable', 'sign-in-expired']);
  });

  it('explains the printer’s “sign in to your email service” message where it appears', () => {
    const page = model('email-server-basic', {
      authMethod: 'oauth2',
      message: ['To use this feature you need to sign in to your email service. Contact your administrator.'],
    });
    const view = buildView('en', page, currentStep(page, emptyMemory()), null);
    expect(view.messages[0]?.causes[0]).toBe('sign-in-required');
    expect(view.hints).toContain('sign-in-required');
  });

  it('lints the settings page: port, secure connection, certificate check, sender', () => {
    const page = model('email-server-basic', {
      authMethod: 'oauth2',
      emailService: 'exchange-online',
      currentStatus: 'signed-in',
      account: 'scan@contoso.com',
      sender: 'printer@contoso.com',
      smtpServer: 'smtp.office365.com',
      smtpPort: 465,
      secureConnection: 'ssl-tls',
      certificateValidation: false,
    });
    const view = buildView('en', page, currentStep(page, emptyMemory()), null);
    expect(view.findings).toEqual(
      expect.arrayContaining([
        'sender-mismatch',
        'wrong-port',
        'wrong-secure-connection',
        'certificate-validation-disabled',
      ]),
    );
    expect(view.hints.slice(0, view.findings.length)).toEqual(view.findings);
  });

  it('does not lint pages that are not settings pages', () => {
    const view = buildView('en', model('network-status', { smtpPort: 25 }), null, null);
    expect(view.findings).toEqual([]);
    expect(view.hints).toEqual([]);
  });

  it('blocks the guide on firmware without OAuth2 and says why', () => {
    const page = model('email-server-basic', { authMethod: 'smtp-auth', oauthOffered: false });
    const guide = currentStep(page, emptyMemory());
    const view = buildView('pt-PT', page, guide, null);
    expect(guide.status).toBe('blocked');
    expect(view.hints[0]).toBe('oauth-not-supported');
  });
});

describe('the test mail request from the page', () => {
  it('sends the account, the sender and the printer’s SMTP server', () => {
    const page = model('email-server-basic', {
      account: 'scan@contoso.com',
      sender: 'printer@contoso.com',
      smtpServer: 'smtp.office365.com',
      smtpPort: 587,
    });
    expect(testMailRequest(page)).toEqual({
      account: 'scan@contoso.com',
      from: 'printer@contoso.com',
      smtp: { host: 'smtp.office365.com', port: 587 },
    });
  });

  it('falls back to the sender when the page shows no account, and to the agent’s server', () => {
    expect(testMailRequest(model('fax-server-email', { sender: 'fax@contoso.com' }))).toEqual({
      account: 'fax@contoso.com',
      from: 'fax@contoso.com',
    });
  });

  it('has nothing to send without an address', () => {
    expect(testMailRequest(model('email-server-basic', { smtpServer: 'smtp.office365.com' }))).toBeNull();
    expect(testMailRequest(model('email-server-basic', { account: 'not an address' }))).toBeNull();
  });
});
