import { isIP } from 'node:net';
import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { SmtpEndpoint, TestMailResponse, TestMailStage, TestMailTimings } from '@wcoa/shared/protocol';
import { causesOf } from '../diagnose.ts';
import { redact } from '../redact.ts';
import { resolveHost } from './resolve.ts';
import { Transcript } from './transcript.ts';
import { trustContext } from './trust.ts';

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

interface SmtpError extends Error {
  code?: string;
  command?: string;
  response?: string;
  responseCode?: number;
}

/** nodemailer's error code and failed command → our stage. */
export function stageOf(error: SmtpError): TestMailStage {
  const command = (error.command ?? '').toUpperCase();
  if (error.code === 'EDNS') return 'dns';
  if (error.code === 'ETLS' || command === 'STARTTLS' || /certificate|TLS|SSL/i.test(error.message))
    return 'tls';
  if (error.code === 'EAUTH' || error.code === 'EOAUTH2' || command.startsWith('AUTH')) return 'auth';
  if (command.startsWith('MAIL')) return 'sender';
  if (command.startsWith('RCPT')) return 'recipient';
  if (command === 'DATA' || error.code === 'EMESSAGE') return 'data';
  return 'connect';
}

/**
 * What the failing stage itself tells, before any wording: a TLS failure that names a certificate is a
 * certificate problem whatever socket error carried it; one about the protocol version, an old TLS.
 */
function stageCauses(stage: TestMailStage, text: string): TestMailResponse['causes'] {
  if (stage !== 'tls') return [];
  if (/certif|self[- ]signed|unable to verify|CERT_/i.test(text)) return ['certificate-invalid'];
  if (/protocol|version|TLSV1/i.test(text)) return ['tls-too-old'];
  return [];
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
  const transcript = new Transcript();
  const timings: TestMailTimings = { dns: null, connect: null, tls: null, auth: null, send: null };
  const at = new Date().toISOString();
  const base = { from: input.from, to: input.to, smtp: input.smtp, at };
  const fail = (stage: TestMailStage, reply: string | null, extra: string[] = []): TestMailResponse => ({
    ok: false,
    stage,
    reply: reply === null ? null : redact(reply),
    transcript: [...transcript.toStrings(), ...extra.map(redact)],
    timings,
    causes: [
      ...new Set([...stageCauses(stage, reply ?? ''), ...causesOf([reply ?? '', ...extra].join('\n'))]),
    ],
    ...base,
  });

  // The token first: without one there is nothing to try on the wire.
  const tokenStart = performance.now();
  let token: string;
  try {
    token = await getToken();
  } catch (error) {
    timings.auth = since(tokenStart, performance.now());
    const message = redact(error instanceof Error ? error.message : String(error));
    const result = fail('auth', message, [`* token: ${message}`]);
    if (error instanceof TokenUnavailable) result.causes = error.causes;
    return result;
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
      return fail('dns', `${code} ${input.smtp.host}`);
    }
  }
  timings.dns = since(dnsStart, performance.now());

  // nodemailer loads with the first test mail, not with the agent.
  const [{ default: SMTPConnection }, { default: XOAuth2 }, { default: MailComposer }] = await Promise.all([
    import('nodemailer/lib/smtp-connection'),
    import('nodemailer/lib/xoauth2'),
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
    connection.close();
    const banner = transcript.timeOf('S', /^220/);
    timings.connect = since(connectStart, banner ?? performance.now());
    const stage = stageOf(e);
    if (stage === 'tls') timings.tls = since(transcript.timeOf('C', /^STARTTLS/), performance.now());
    return fail(stage === 'auth' ? 'connect' : stage, e.response ?? `${e.code ?? ''} ${e.message}`.trim());
  }
  const connected = performance.now();
  timings.connect = since(connectStart, transcript.timeOf('S', /^220/) ?? connected);
  timings.tls = since(transcript.timeOf('C', /^STARTTLS/), connected);

  const authStart = performance.now();
  try {
    const oauth2 = new XOAuth2({ user: input.account, accessToken: token });
    await call<boolean>((cb) => connection.login({ user: input.account, oauth2 }, cb));
  } catch (error) {
    const e = error as SmtpError;
    connection.close();
    timings.auth = Math.round((tokenMs + performance.now() - authStart) * 10) / 10;
    return fail('auth', e.response ?? `${e.code ?? ''} ${e.message}`.trim());
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
      reply: info.response ? redact(info.response) : transcript.lastServerReply(),
      transcript: transcript.toStrings(),
      timings,
      causes: [],
      ...base,
    };
  } catch (error) {
    const e = error as SmtpError;
    timings.send = since(sendStart, performance.now());
    connection.close();
    const stage = stageOf(e);
    return fail(
      stage === 'connect' || stage === 'auth' ? 'data' : stage,
      e.response ?? transcript.lastServerReply() ?? e.message,
    );
  }
}
