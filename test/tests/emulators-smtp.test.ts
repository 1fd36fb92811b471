/**
 * Acceptance of the Exchange Online SMTP emulator: nodemailer sends over STARTTLS with AUTH XOAUTH2
 * using tokens that real msal-node obtained from the identity emulator; each switch and each bad
 * token gets Exchange's reply.
 */
import { connect } from 'node:net';
import { generateKeyPair, SignJWT } from 'jose';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { afterAll, describe, expect, it } from 'vitest';
import { deviceCodeToken, startSmtpEmulator } from '../src/emulators/index.ts';
import { identityEmulatorForFile } from './helpers/emulators.ts';

const SMTP_SCOPE = 'https://outlook.office.com/SMTP.Send';
const { ca, idp } = await identityEmulatorForFile({ pollIntervalSec: 1, accessTokenLifetimeSec: 600 });
const smtp = await startSmtpEmulator({ tls: ca, identity: idp });
afterAll(() => smtp.close());

let n = 0;
async function signedIn(scopes = [SMTP_SCOPE]): Promise<{ email: string; token: string }> {
  n += 1;
  const email = `mfp${n}@fabrikam.com`;
  idp.addUser({ email });
  return { email, token: await deviceCodeToken(idp, ca.caCertPem, email, scopes) };
}

function transport(auth: SMTPTransport.Options['auth'], tls: SMTPTransport.Options['tls'] = {}) {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    requireTLS: true,
    tls: { ca: ca.caCertPem, minVersion: 'TLSv1.2', ...tls },
    auth,
  });
}

function xoauth2(user: string, accessToken: string) {
  return transport({ type: 'OAuth2', user, accessToken });
}

async function rejection(
  p: Promise<unknown>,
): Promise<{ responseCode?: number; response?: string; command?: string }> {
  try {
    await p;
  } catch (e) {
    return e as { responseCode?: number; response?: string };
  }
  throw new Error('expected the server to refuse');
}

describe('delivery', () => {
  it('accepts XOAUTH2 after STARTTLS and hands the parsed message to the test', async () => {
    const { email, token } = await signedIn();
    const info = await xoauth2(email, token).sendMail({
      from: email,
      to: 'admin@fabrikam.com',
      subject: 'Scan to email test',
      text: 'Olá, ecrã e tela',
    });
    expect(info.response).toMatch(/^250 2\.0\.0 OK <.+> \[Hostname=.+\.prod\.outlook\.com\]$/);
    const m = await smtp.waitForMessage((x) => x.authUser === email);
    expect(m.envelope).toEqual({ from: email, to: ['admin@fabrikam.com'] });
    expect(m.parsed.subject).toBe('Scan to email test');
    expect(m.parsed.text?.trim()).toBe('Olá, ecrã e tela');

    const lines = smtp.transcript.map((t) => `${t.direction} ${t.line}`);
    expect(lines[0]).toMatch(/^S 220 \S+\.outlook\.office365\.com Microsoft ESMTP MAIL Service ready at /);
    const tlsAt = lines.indexOf('C STARTTLS');
    expect(lines.slice(0, tlsAt).some((l) => l.includes('AUTH'))).toBe(false);
    expect(lines.slice(tlsAt).some((l) => /^S 250.AUTH LOGIN XOAUTH2$/.test(l))).toBe(true);
    expect(lines).toContain('S 235 2.7.0 Authentication successful');
    expect(lines.join('\n')).not.toContain(token.slice(20, 60));
  }, 20_000);

  it('lets a mailbox send as an address it holds Send As rights on', async () => {
    const { email, token } = await signedIn();
    smtp.setMailbox(email, { sendAs: ['scanner@fabrikam.com'] });
    await xoauth2(email, token).sendMail({
      from: 'scanner@fabrikam.com',
      to: email,
      subject: 'as',
      text: 'x',
    });
    const m = await smtp.waitForMessage((x) => x.authUser === email);
    expect(m.envelope.from).toBe('scanner@fabrikam.com');
  }, 20_000);
});

describe('tokens Exchange rejects with 535 5.7.3', () => {
  const refused = /^535 5\.7\.3 Authentication unsuccessful \[\S+\.prod\.outlook\.com \S+ [0-9A-F]{16}\]$/;

  it('a Graph token (the audience trap)', async () => {
    const { email, token } = await signedIn(['https://graph.microsoft.com/Mail.Send']);
    const e = await rejection(xoauth2(email, token).sendMail({ from: email, to: email, text: 'x' }));
    expect(e.response).toMatch(refused);
  }, 20_000);

  it('user= naming another account than the token', async () => {
    const { token } = await signedIn();
    const other = await signedIn();
    const e = await rejection(
      xoauth2(other.email, token).sendMail({ from: other.email, to: other.email, text: 'x' }),
    );
    expect(e.response).toMatch(refused);
  }, 20_000);

  it('a token expired by the emulator, and one past its exp', async () => {
    const a = await signedIn();
    idp.expireAccessTokensNow();
    expect(
      (await rejection(xoauth2(a.email, a.token).sendMail({ from: a.email, to: a.email, text: 'x' })))
        .response,
    ).toMatch(refused);
    const b = await signedIn();
    await xoauth2(b.email, b.token).sendMail({ from: b.email, to: b.email, text: 'fresh' });
    idp.advanceClock(601);
    try {
      const e = await rejection(
        xoauth2(b.email, b.token).sendMail({ from: b.email, to: b.email, text: 'x' }),
      );
      expect(e.response).toMatch(refused);
    } finally {
      idp.advanceClock(-601);
    }
  }, 20_000);

  it('a token signed by another key', async () => {
    const { email, token } = await signedIn();
    const { privateKey } = await generateKeyPair('RS256');
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string };
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: header.kid })
      .sign(privateKey);
    const e = await rejection(xoauth2(email, forged).sendMail({ from: email, to: email, text: 'x' }));
    expect(e.response).toMatch(refused);
  }, 20_000);

  it('an unlicensed mailbox', async () => {
    const { email, token } = await signedIn();
    smtp.setMailbox(email, { unlicensed: true });
    const e = await rejection(xoauth2(email, token).sendMail({ from: email, to: email, text: 'x' }));
    expect(e.response).toMatch(refused);
  }, 20_000);
});

describe('tenant and mailbox switches', () => {
  it('SMTP AUTH disabled for the tenant, and a mailbox override both ways', async () => {
    const a = await signedIn();
    const b = await signedIn();
    const c = await signedIn();
    smtp.setTenant({ smtpAuthDisabled: true });
    smtp.setMailbox(b.email, { smtpAuthDisabled: false });
    try {
      const e = await rejection(
        xoauth2(a.email, a.token).sendMail({ from: a.email, to: a.email, text: 'x' }),
      );
      expect(e.response).toMatch(
        /^535 5\.7\.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant\. Visit https:\/\/aka\.ms\/smtp_auth_disabled for more information\. \[/,
      );
      await xoauth2(b.email, b.token).sendMail({ from: b.email, to: b.email, text: 'mailbox enabled' });
    } finally {
      smtp.setTenant({});
    }
    smtp.setMailbox(c.email, { smtpAuthDisabled: true });
    const e = await rejection(xoauth2(c.email, c.token).sendMail({ from: c.email, to: c.email, text: 'x' }));
    expect(e.response).toContain(
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
    );
  }, 30_000);

  it('a password (AUTH LOGIN) → basic authentication is disabled', async () => {
    const e = await rejection(
      transport({ user: 'mfp@fabrikam.com', pass: 'secret' }).sendMail({
        from: 'mfp@fabrikam.com',
        to: 'x@fabrikam.com',
        text: 'x',
      }),
    );
    expect(e.response).toMatch(
      /^535 5\.7\.139 Authentication unsuccessful, basic authentication is disabled\. \[/,
    );
  });

  it('MAIL FROM without AUTH → 530 5.7.57', async () => {
    const e = await rejection(
      transport(undefined).sendMail({ from: 'mfp@fabrikam.com', to: 'x@fabrikam.com', text: 'x' }),
    );
    expect(e.response).toMatch(/^530 5\.7\.57 Client not authenticated to send mail\. \[/);
  });

  it('MAIL FROM another address → 550 5.7.60', async () => {
    const { email, token } = await signedIn();
    const e = await rejection(
      xoauth2(email, token).sendMail({ from: 'ceo@fabrikam.com', to: email, text: 'x' }),
    );
    expect(e.response).toMatch(
      /^550 5\.7\.60 SMTP; Client does not have permissions to send as this sender \[/,
    );
  }, 20_000);

  it('a From header naming another address → 554 5.2.252 SendAsDenied', async () => {
    const { email, token } = await signedIn();
    const e = await rejection(
      xoauth2(email, token).sendMail({
        envelope: { from: email, to: [email] },
        from: 'ceo@fabrikam.com',
        to: email,
        text: 'x',
      }),
    );
    expect(e.response).toMatch(
      new RegExp(`^554 5\\.2\\.252 SendAsDenied; ${email} not allowed to send as ceo@fabrikam\\.com;`),
    );
  }, 20_000);

  it('sendAsDenied and throttled mailboxes', async () => {
    const a = await signedIn();
    smtp.setMailbox(a.email, { sendAsDenied: true });
    expect(
      (await rejection(xoauth2(a.email, a.token).sendMail({ from: a.email, to: a.email, text: 'x' })))
        .response,
    ).toMatch(/^554 5\.2\.252 SendAsDenied;/);
    smtp.setMailbox(a.email, { throttled: true });
    expect(
      (await rejection(xoauth2(a.email, a.token).sendMail({ from: a.email, to: a.email, text: 'x' })))
        .response,
    ).toMatch(/^550 5\.2\.252 /);
  }, 20_000);

  it('blocked IP and transient server error', async () => {
    const { email, token } = await signedIn();
    try {
      smtp.setTenant({ ipBlocked: true });
      expect(
        (await rejection(xoauth2(email, token).sendMail({ from: email, to: email, text: 'x' }))).response,
      ).toMatch(/^550 5\.7\.708 /);
      smtp.setTenant({ transientError: true });
      expect(
        (await rejection(xoauth2(email, token).sendMail({ from: email, to: email, text: 'x' }))).response,
      ).toMatch(/^451 4\.7\.0 Temporary server error/);
    } finally {
      smtp.setTenant({});
    }
  }, 20_000);

  it('a TLS 1.0 client → 421 4.7.66 after the handshake', async () => {
    const { email, token } = await signedIn();
    const old = transport(
      { type: 'OAuth2', user: email, accessToken: token },
      { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' },
    );
    const e = await rejection(old.sendMail({ from: email, to: email, text: 'x' }));
    expect(e.response).toMatch(/^421 4\.7\.66 TLS 1\.0 and 1\.1 are not supported/);
  }, 20_000);
});

/** A bare SMTP conversation over plain TCP: each command's complete reply. */
async function plainConversation(port: number, commands: string[]): Promise<string[]> {
  const socket = connect(port, '127.0.0.1');
  let buffer = '';
  const waiters: (() => void)[] = [];
  socket.on('data', (d: Buffer) => {
    buffer += d.toString();
    for (const w of waiters.splice(0)) w();
  });
  const nextReply = async (): Promise<string> => {
    for (;;) {
      // A reply ends with a line whose code is followed by a space.
      const m = /^(?:\d{3}-.*\r\n)*\d{3} .*\r\n/.exec(buffer);
      if (m) {
        buffer = buffer.slice(m[0].length);
        return m[0].trimEnd();
      }
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  const replies = [await nextReply()];
  for (const c of commands) {
    socket.write(`${c}\r\n`);
    replies.push(await nextReply());
  }
  socket.destroy();
  return replies;
}

describe('before STARTTLS', () => {
  it('offers no AUTH, refuses AUTH as unknown and MAIL as unauthenticated', async () => {
    const [banner, ehlo, auth, mail] = await plainConversation(smtp.port, [
      'EHLO printer',
      'AUTH XOAUTH2 dXNlcj1hQGIBYXV0aD1CZWFyZXIgeAEB',
      'MAIL FROM:<a@fabrikam.com>',
    ]);
    expect(banner).toMatch(/^220 /);
    expect(ehlo).toContain('250-STARTTLS');
    expect(ehlo).not.toContain('AUTH');
    expect(auth).toMatch(/^504 5\.7\.4 Unrecognized authentication type \[/);
    expect(mail).toMatch(/^530 5\.7\.57 Client not authenticated to send mail\. \[/);
  });
});

describe('the legacy endpoint (requireTls12: false)', () => {
  it('serves a TLS 1.0 client', async () => {
    const legacy = await startSmtpEmulator({ tls: ca, identity: idp, requireTls12: false });
    try {
      const { email, token } = await signedIn();
      await nodemailer
        .createTransport({
          host: legacy.host,
          port: legacy.port,
          secure: false,
          requireTLS: true,
          tls: { ca: ca.caCertPem, minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' },
          auth: { type: 'OAuth2', user: email, accessToken: token },
        })
        .sendMail({ from: email, to: email, text: 'old printer' });
      expect((await legacy.waitForMessage()).authUser).toBe(email);
    } finally {
      await legacy.close();
    }
  }, 20_000);
});
