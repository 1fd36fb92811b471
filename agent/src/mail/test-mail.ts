import { isIP } from 'node:net';
import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { SmtpEndpoint, TestMailResponse, TestMailStage, TestMailTimings } from '@wcoa/shared/protocol';
import { redact } from '../redact.ts';
import { classify, enhancedStatusOf, type Progress, type SmtpError } from './failure.ts';
import { resolveHost } from './resolve.ts';
import { Transcript } from './transcript.ts';
import { trustContext } from './trust.ts';
import { XOAUTH2_HANDLER, xoauth2Handler } from './xoauth2.ts';

export interface TestMailInput {
  account: string;
  from: string;
  to: string;
  smtp: SmtpEndpoint;
  lang: Lang;
  /** Trusted besides the system CAs. */
  extraCa?: string;
  timeoutMs?: number;
}

/** Where getting the token failed: no SMTP was tried. */
export class TokenUnavailable extends Error {
  constructor(
    message: string,
    readonly causes: TestMailResponse['causes'],
  ) {
    super(message);
  }
}

/** The SMTP reply a failure ended on: its code (nodemailer's responseCode) and RFC 3463 status. */
export interface SmtpReplyCode {
  code: number;
  /** The enhanced status code (`5.7.8`) when the reply carries one. */
  enhanced: string | null;
}

/** A test mail's answer, with the structured reply it failed on (null when no SMTP reply ended it). */
export interface TestMailAttempt {
  result: TestMailResponse;
  failedOn: SmtpReplyCode | null;
}

const since = (start: number | null, end: number | null) =>
  start !== null && end !== null ? Math.round((end - start) * 10) / 10 : null;

function call<T>(fn: (cb: (err: Error | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value as T))));
}

/**
 * One real test mail: DNS, TCP, STARTTLS (required, TLS 1.2+, certificate verified), AUTH XOAUTH2,
 * MAIL FROM / RCPT TO / DATA, with nodemailer's SMTP connection. Each stage is timed from the
 * dialogue itself; the result names the stage that failed and the causes its reply points to.
 */
export async function sendTestMail(
  input: TestMailInput,
  getToken: () => Promise<string>,
): Promise<TestMailResponse> {
  return (await attemptTestMail(input, getToken)).result;
}

/** sendTestMail, also telling the SMTP reply code it failed on (the mail service's retry reads it). */
export async function attemptTestMail(
  input: TestMailInput,
  getToken: () => Promise<string>,
): Promise<TestMailAttempt> {
  let failedOn: SmtpReplyCode | null = null;
  const result = await dialogue(input, getToken, (e) => {
    failedOn = e.responseCode ? { code: e.responseCode, enhanced: enhancedStatusOf(e.response) } : null;
  });
  return { result, failedOn };
}

async function dialogue(
  input: TestMailInput,
  getToken: () => Promise<string>,
  failedWith: (e: SmtpError) => void,
): Promise<TestMailResponse> {
  const transcript = new Transcript();
  const timings: TestMailTimings = { dns: null, connect: null, tls: null, auth: null, send: null };
  const at = new Date().toISOString();
  const base = { from: input.from, to: input.to, smtp: input.smtp, at };
  const fail = (
    stage: TestMailStage,
    reply: string | null,
    causes: TestMailResponse['causes'],
    extra: string[] = [],
  ): TestMailResponse => ({
    ok: false,
    stage,
    reply: reply === null ? null : transcript.scrub(reply),
    transcript: [...transcript.toStrings(), ...extra.map(redact)],
    timings,
    causes,
    ...base,
  });
  const progress = (): Progress => {
    const client = transcript.lines.filter((l) => l.dir === 'C').map((l) => l.text);
    const starttls = client.findIndex((text) => /^STARTTLS\b/i.test(text));
    return {
      greeted: transcript.heardServer(),
      starttlsSent: starttls >= 0,
      // The client says EHLO again only over the new TLS session.
      secured: starttls >= 0 && client.slice(starttls + 1).some((text) => /^EHLO\b/i.test(text)),
    };
  };

  // The token first: without one there is nothing to try on the wire.
  const tokenStart = performance.now();
  let token: string;
  try {
    token = await getToken();
  } catch (error) {
    timings.auth = since(tokenStart, performance.now());
    const message = redact(error instanceof Error ? error.message : String(error));
    return fail('auth', message, error instanceof TokenUnavailable ? error.causes : [], [
      `* token: ${message}`,
    ]);
  }
  const tokenMs = performance.now() - tokenStart;

  const dnsStart = performance.now();
  let address = input.smtp.host;
  if (!isIP(input.smtp.host)) {
    try {
      address = (await resolveHost(input.smtp.host))[0] ?? input.smtp.host;
    } catch (error) {
      timings.dns = since(dnsStart, performance.now());
      const code = (error as { code?: string }).code ?? 'ENOTFOUND';
      return fail(
        'dns',
        `${code} ${input.smtp.host}`,
        classify({ name: 'Error', message: code, code: 'EDNS' }, 'connect', progress(), input.smtp.host, 0)
          .causes,
      );
    }
  }
  timings.dns = since(dnsStart, performance.now());

  // nodemailer loads with the first test mail, not with the agent.
  const [{ default: SMTPConnection }, { default: MailComposer }] = await Promise.all([
    import('nodemailer/lib/smtp-connection'),
    import('nodemailer/lib/mail-composer'),
  ]);
  const timeout = input.timeoutMs ?? 20_000;
  const connection = new SMTPConnection({
    host: address,
    port: input.smtp.port,
    ...(isIP(input.smtp.host) ? {} : { servername: input.smtp.host }),
    secure: false,
    requireTLS: true,
    tls: {
      minVersion: 'TLSv1.2',
      rejectUnauthorized: true,
      ...(input.extraCa ? { secureContext: trustContext(input.extraCa) } : {}),
    },
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    logger: transcript.logger,
    debug: true,
    // Our own name for the handler: under 'XOAUTH2' without an oauth2 object nodemailer would pick
    // the first other mechanism the server lists (LOGIN on Exchange) instead.
    customAuth: { [XOAUTH2_HANDLER]: xoauth2Handler(transcript) },
  });
  connection.on('error', () => {
    // Errors arrive through the callbacks; this keeps a late socket error from crashing the agent.
  });

  const connectStart = performance.now();
  try {
    await new Promise<void>((resolve, reject) => {
      connection.once('error', reject);
      connection.connect(() => {
        connection.removeListener('error', reject);
        resolve();
      });
    });
  } catch (error) {
    const e = error as SmtpError;
    failedWith(e);
    connection.close();
    const banner = transcript.timeOf('S', /^220/);
    timings.connect = since(connectStart, banner ?? performance.now());
    const failure = classify(e, 'connect', progress(), input.smtp.host, timeout);
    if (failure.stage === 'tls') timings.tls = since(transcript.timeOf('C', /^STARTTLS/), performance.now());
    return fail(failure.stage, failure.reply, failure.causes);
  }
  const connected = performance.now();
  timings.connect = since(connectStart, transcript.timeOf('S', /^220/) ?? connected);
  timings.tls = since(transcript.timeOf('C', /^STARTTLS/), connected);

  const authStart = performance.now();
  try {
    // XOAUTH2 through our own handler (inline or two-step, see xoauth2.ts), not nodemailer's
    // built-in one, which always sends the token inline.
    await call<boolean>((cb) =>
      connection.login(
        { type: 'custom', method: XOAUTH2_HANDLER, user: input.account, options: { token } } as never,
        cb,
      ),
    );
  } catch (error) {
    const e = error as SmtpError;
    failedWith(e);
    connection.close();
    timings.auth = Math.round((tokenMs + performance.now() - authStart) * 10) / 10;
    const failure = classify(e, 'auth', progress(), input.smtp.host, timeout);
    return fail(failure.stage, failure.reply, failure.causes);
  }
  timings.auth = Math.round((tokenMs + performance.now() - authStart) * 10) / 10;

  const t = messagesFor(input.lang).agent.testMail;
  const params = { account: input.account, server: `${input.smtp.host}:${input.smtp.port}`, time: at };
  const message = await new MailComposer({
    from: input.from,
    to: input.to,
    subject: format(t.subject, params),
    text: format(t.body, params),
    headers: { 'X-Wcoa-Test-Mail': '1' },
  })
    .compile()
    .build();

  const sendStart = performance.now();
  try {
    const info = await call<{ response?: string; rejected?: unknown[] }>((cb) =>
      connection.send({ from: input.from, to: [input.to] }, message, cb),
    );
    timings.send = since(sendStart, performance.now());
    connection.quit();
    return {
      ok: true,
      stage: 'ok',
      reply: info.response ? transcript.scrub(info.response) : transcript.lastServerReply(),
      transcript: transcript.toStrings(),
      timings,
      causes: [],
      ...base,
    };
  } catch (error) {
    const e = error as SmtpError;
    failedWith(e);
    timings.send = since(sendStart, performance.now());
    connection.close();
    const failure = classify(e, 'send', progress(), input.smtp.host, timeout);
    return fail(failure.stage, e.response ?? transcript.lastServerReply() ?? failure.reply, failure.causes);
  }
}
