import { createTestCa, type TestCa } from '@wcoa/test/emulators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendTestMail } from '../src/mail/test-mail.ts';
import { closeScriptedServers, serve } from './helpers/scripted-smtp.ts';

/**
 * Stages and causes of a failed test mail, against small scripted SMTP servers on loopback
 * (helpers/scripted-smtp.ts): closing at once, saying nothing, no STARTTLS, STARTTLS refused,
 * TLS 1.1 only, a certificate for another name or from an unknown CA, a line-length refusal, a
 * generic 535. Each runs the real agent code (nodemailer, TLS) over real sockets.
 */

const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';
/** As long as a real Entra access token (1.5–2.5 KB): too long for an inline AUTH line. */
const LONG_TOKEN = `eyJ0eXAiOiJKV1QifQ.${Buffer.from('x'.repeat(1500)).toString('base64url')}.c2lnbmF0dXJl`;
let ca: TestCa;
let other: TestCa;

function mail(port: number, opts: { extraCa?: string; timeoutMs?: number; token?: string } = {}) {
  return sendTestMail(
    {
      account: 'printer@contoso.example',
      from: 'printer@contoso.example',
      to: 'printer@contoso.example',
      smtp: { host: '127.0.0.1', port },
      lang: 'en',
      extraCa: opts.extraCa ?? ca.caCertPem,
      timeoutMs: opts.timeoutMs ?? 5000,
    },
    async () => opts.token ?? TOKEN,
  );
}

beforeAll(async () => {
  [ca, other] = await Promise.all([createTestCa(), createTestCa()]);
});
afterAll(() => {
  closeScriptedServers();
  ca.dispose();
  other.dispose();
});

describe('test mail stages and causes', () => {
  it('a server that closes before any greeting fails at connect, not auth', async () => {
    const r = await mail(await serve({ closeAtOnce: true }));
    expect(r.stage).toBe('connect');
    expect(r.ok).toBe(false);
  });

  it('a server that accepts TCP and never greets says so, not "cannot be reached"', async () => {
    const r = await mail(await serve({ greeting: null }), { timeoutMs: 1000 });
    expect(r.stage).toBe('connect');
    expect(r.reply).toBe('connected, no SMTP greeting within 1 s');
    expect(r.causes).toEqual(['smtp-no-greeting']);
  });

  it('a greeting and a refusal that mention TLS are the connection, not tls', async () => {
    const r = await mail(
      await serve({
        greeting: '220 mx.example ESMTP TLS required, SSL only',
        ehloReply: '554 5.7.1 TLS clients from your network are not accepted',
      }),
    );
    expect(r.stage).toBe('connect');
    expect(r.reply).toBe('554 5.7.1 TLS clients from your network are not accepted');
  });

  it('no STARTTLS offered: stage tls, wrong-secure-connection, the token never sent', async () => {
    const r = await mail(
      await serve({ ehlo: () => ['AUTH XOAUTH2', 'SIZE 1000'], starttls: '502 5.5.1 Unrecognized command' }),
    );
    expect(r.stage).toBe('tls');
    expect(r.causes).toEqual(['wrong-secure-connection']);
    expect(r.transcript.some((l) => l.startsWith('C: AUTH'))).toBe(false);
  });

  it('STARTTLS refused: stage tls, wrong-secure-connection', async () => {
    const r = await mail(await serve({ starttls: '454 4.7.0 TLS not available due to local problem' }));
    expect(r.stage).toBe('tls');
    expect(r.reply).toBe('454 4.7.0 TLS not available due to local problem');
    expect(r.causes).toEqual(['wrong-secure-connection']);
  });

  // The TLS handshake's failures, each with the certificate (and TLS settings) the server shows.
  const tlsFailures = [
    {
      title: 'a server that only speaks TLS 1.1 is too old (the server, not the device)',
      leaf: () => ca.issue(['127.0.0.1']),
      tls: { maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' } as const,
      causes: ['server-tls-too-old'],
    },
    {
      title: 'a certificate for another name: wrong-server, "certificate is not for HOST"',
      leaf: () => ca.issue(['mail.other.example']),
      reply: 'certificate is not for 127.0.0.1',
      causes: ['wrong-server'],
    },
    {
      title: 'an untrusted chain: certificate-invalid with the agent’s tls.caFile remedy',
      leaf: () => other.issue(['127.0.0.1']),
      causes: ['certificate-invalid', 'agent-ca-untrusted'],
    },
  ];
  for (const { title, leaf, tls, reply, causes } of tlsFailures) {
    it(title, async () => {
      const r = await mail(await serve({ tls: { ...(await leaf()), ...tls } }));
      expect(r.stage).toBe('tls');
      if (reply !== undefined) expect(r.reply).toBe(reply);
      expect(r.causes).toEqual(causes);
    });
  }

  it('a line-length refusal of both AUTH forms is a cause of its own', async () => {
    const leaf = await ca.issue(['127.0.0.1']);
    const r = await mail(await serve({ tls: leaf, auth: () => '500 5.5.2 Line too long' }));
    expect(r.stage).toBe('auth');
    expect(r.causes).toEqual(['smtp-line-too-long']);
  });

  it('a token that fits a 512-octet line goes inline, one round trip', async () => {
    const leaf = await ca.issue(['127.0.0.1']);
    const r = await mail(await serve({ tls: leaf }));
    expect(r.transcript.filter((l) => l.startsWith('C: AUTH'))).toEqual([
      'C: AUTH XOAUTH2 [XOAUTH2 response redacted]',
    ]);
    expect(r.causes).toEqual(['token-rejected', 'token-audience']);
  });

  it('RFC 4954’s generic 535 5.7.8 to the agent’s token is token-rejected (or another audience) with the server’s words; the transcript is whole and safe', async () => {
    const leaf = await ca.issue(['127.0.0.1']);
    const r = await mail(
      await serve({
        tls: leaf,
        ehlo: (secure) => (secure ? ['AUTH XOAUTH2 OAUTHBEARER', 'SIZE 1000'] : ['STARTTLS']),
        auth: (line) =>
          line === 'AUTH XOAUTH2'
            ? '334 '
            : line === ''
              ? '535 5.7.8 Authentication failed.'
              : line.startsWith('AUTH')
                ? null
                : `334 ${Buffer.from('{"status":"401","schemes":"bearer"}').toString('base64')}`,
      }),
      { token: LONG_TOKEN },
    );
    expect(r.stage).toBe('auth');
    expect(r.reply).toBe('535 5.7.8 Authentication failed.');
    expect(r.causes).toEqual(['token-rejected', 'token-audience']);
    const text = r.transcript.join('\n');
    expect(text).not.toContain(LONG_TOKEN.slice(0, 40));
    expect(text).not.toMatch(/dXNlcj/);
    expect(r.transcript).toContain('S: 250-AUTH XOAUTH2 OAUTHBEARER');
    expect(r.transcript).toContain('S: 250 SIZE 1000');
    expect(r.transcript.slice(-6)).toEqual([
      'C: AUTH XOAUTH2',
      'S: 334 ',
      expect.stringMatching(/^C: \[XOAUTH2 response, \d+ bytes, redacted\]$/),
      expect.stringMatching(/^S: 334 eyJ/),
      'C: (empty line)',
      'S: 535 5.7.8 Authentication failed.',
    ]);
  });
});
