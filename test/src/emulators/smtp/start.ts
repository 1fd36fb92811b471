/**
 * startSmtpEmulator: Exchange Online's client submission endpoint (smtp.office365.com:587) on
 * 127.0.0.1: plain connect, STARTTLS (certificate from the test CA) before AUTH, AUTH LOGIN and
 * XOAUTH2 advertised but only XOAUTH2 accepted, the bearer token verified against the identity
 * emulator's key and clock (signature, exp, aud Exchange, scp SMTP.Send, user= the token's account),
 * Microsoft's reply texts, tenant and mailbox switches, and every delivered message parsed.
 *
 * Switches: setTenant({smtpAuthDisabled, ipBlocked, transientError}); setMailbox(email,
 * {smtpAuthDisabled (overrides the tenant, as Set-CASMailbox does), sendAsDenied, throttled, unlicensed,
 * sendAs: addresses it may send as}). Defaults: SMTP AUTH enabled everywhere (unlike new real tenants).
 * With requireTls12 (default) a TLS 1.0/1.1 client completes the handshake and then gets
 * 421 4.7.66, as Exchange answers; with false it is served, like smtp-legacy.office365.com.
 */
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { format } from 'node:util';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';
import type { AccessTokenCheck } from '../identity/start.ts';
import type { TestCa } from '../tls.ts';
import { LOOPBACK_NAMES } from '../tls.ts';
import { type ExchangeHost, newExchangeHost, REPLIES, type Reply, replyError } from './replies.ts';

const TRANSCRIPT_LIMIT = 20_000;
/** The audiences Exchange Online accepts for SMTP AUTH. */
const EXCHANGE_AUDIENCES = new Set(['https://outlook.office.com', 'https://outlook.office365.com']);

export interface DeliveredMessage {
  envelope: { from: string; to: string[] };
  authUser: string;
  raw: Buffer;
  parsed: ParsedMail;
  receivedAt: Date;
}

export interface MailboxSettings {
  smtpAuthDisabled?: boolean;
  sendAsDenied?: boolean;
  throttled?: boolean;
  unlicensed?: boolean;
  /** Addresses this mailbox has Send As rights on. */
  sendAs?: string[];
}

export interface TenantSettings {
  smtpAuthDisabled?: boolean;
  ipBlocked?: boolean;
  transientError?: boolean;
}

export interface TranscriptLine {
  connection: string;
  direction: 'C' | 'S';
  line: string;
}

export interface SmtpEmulator {
  host: '127.0.0.1';
  port: number;
  /** The names in the banner and in diagnostics. */
  exchangeHost: ExchangeHost;
  close(): Promise<void>;
  messages: DeliveredMessage[];
  waitForMessage(pred?: (m: DeliveredMessage) => boolean, timeoutMs?: number): Promise<DeliveredMessage>;
  setMailbox(email: string, settings: MailboxSettings): void;
  setTenant(settings: TenantSettings): void;
  /** Security defaults lock SMTP AUTH for every mailbox, whatever its own setting (startEmulators follows Graph's). */
  setSecurityDefaults(enabled: boolean): void;
  /** Every command and reply, with AUTH arguments redacted by smtp-server. */
  transcript: TranscriptLine[];
}

export interface SmtpEmulatorOptions {
  tls: Pick<TestCa, 'issue'>;
  /** The identity emulator (or anything that verifies its tokens against its key and clock). */
  identity: { verifyAccessToken(token: string): Promise<AccessTokenCheck> };
  port?: number;
  requireTls12?: boolean;
}

type Conn = {
  send(code: number, data?: string | string[], context?: unknown): void;
  _onCommand(command: Buffer | string, callback?: () => void): unknown;
  session: SMTPServerSession;
  secure: boolean;
};

function lowerAddress(a: string): string {
  return a.trim().toLowerCase();
}

export async function startSmtpEmulator(opts: SmtpEmulatorOptions): Promise<SmtpEmulator> {
  const host = newExchangeHost();
  const requireTls12 = opts.requireTls12 ?? true;
  const mailboxes = new Map<string, MailboxSettings>();
  let tenant: TenantSettings = {};
  let securityDefaults = false;
  const messages: DeliveredMessage[] = [];
  const transcript: TranscriptLine[] = [];
  const delivered = new EventEmitter();
  const mailbox = (email: string) => mailboxes.get(lowerAddress(email)) ?? {};

  const logLine = (meta: unknown, ...args: unknown[]) => {
    const m = meta as { tnx?: string; cid?: string };
    if (m?.tnx !== 'send' && m?.tnx !== 'command') return;
    const text = format(...args).replace(/^[CS]: /, '');
    for (const line of text.split('\r\n')) {
      transcript.push({ connection: m.cid ?? '', direction: m.tnx === 'send' ? 'S' : 'C', line });
    }
    // A demo left running for hours keeps only the recent conversation.
    if (transcript.length > TRANSCRIPT_LIMIT) transcript.splice(0, transcript.length - TRANSCRIPT_LIMIT);
  };
  const noop = () => {};

  const { key, cert } = await opts.tls.issue([...LOOPBACK_NAMES, host.frontEnd, 'smtp.office365.com']);
  const server = new SMTPServer({
    name: host.frontEnd,
    key,
    cert,
    // Old clients are let through the handshake so they can be told why (421 4.7.66), as Exchange does.
    minVersion: 'TLSv1',
    ciphers: 'DEFAULT:@SECLEVEL=0',
    authMethods: ['LOGIN', 'XOAUTH2'],
    allowInsecureAuth: false,
    authOptional: true,
    size: 157_286_400,
    disabledCommands: [],
    // Loopback only: a reverse DNS lookup per connection would only add latency.
    disableReverseLookup: true,
    logger: { level: noop, trace: noop, debug: logLine, info: noop, warn: noop, error: noop, fatal: noop },

    onSecure(socket, _session, callback) {
      const protocol = (socket as TLSSocket).getProtocol?.();
      if (requireTls12 && (protocol === 'TLSv1' || protocol === 'TLSv1.1')) {
        return callback(replyError(REPLIES.legacyTls()));
      }
      callback();
    },

    onAuth(auth, _session, callback) {
      if (auth.method !== 'XOAUTH2') return callback(replyError(REPLIES.basicAuthDisabled(host)));
      void (async () => {
        const check = await opts.identity.verifyAccessToken(auth.accessToken ?? '');
        if (!check.ok) return callback(replyError(REPLIES.tokenRejected(host)));
        const c = check.claims;
        const account = String(c.upn ?? c.preferred_username ?? c.unique_name ?? '');
        const scopes = String(c.scp ?? '').split(' ');
        if (
          !EXCHANGE_AUDIENCES.has(String(c.aud)) ||
          !scopes.includes('SMTP.Send') ||
          lowerAddress(account) !== lowerAddress(auth.username ?? '')
        ) {
          return callback(replyError(REPLIES.tokenRejected(host)));
        }
        const box = mailbox(account);
        if (box.unlicensed) return callback(replyError(REPLIES.unlicensed(host)));
        if (securityDefaults) return callback(replyError(REPLIES.securityDefaults(host)));
        if (box.smtpAuthDisabled === true)
          return callback(replyError(REPLIES.smtpAuthDisabled(host, 'Mailbox')));
        if (box.smtpAuthDisabled === undefined && tenant.smtpAuthDisabled) {
          return callback(replyError(REPLIES.smtpAuthDisabled(host, 'Tenant')));
        }
        callback(null, { user: account });
      })().catch((e: unknown) => callback(e instanceof Error ? e : new Error(String(e))));
    },

    onMailFrom(address, session, callback) {
      const user = typeof session.user === 'string' ? session.user : '';
      if (!user) return callback(replyError(REPLIES.notAuthenticated(host)));
      if (tenant.ipBlocked) return callback(replyError(REPLIES.ipBlocked(host)));
      const box = mailbox(user);
      if (box.throttled) return callback(replyError(REPLIES.throttled(host, user)));
      const from = lowerAddress(address.address);
      if (from !== lowerAddress(user) && !(box.sendAs ?? []).some((a) => lowerAddress(a) === from)) {
        return callback(replyError(REPLIES.sendAsNotPermitted(host)));
      }
      callback();
    },

    onRcptTo(_address, _session, callback) {
      callback();
    },

    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        void (async () => {
          const user = typeof session.user === 'string' ? session.user : '';
          if (tenant.transientError) return callback(replyError(REPLIES.transient(host)));
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const headerFrom = parsed.from?.value[0]?.address ?? '';
          const box = mailbox(user);
          const allowed = [user, ...(box.sendAs ?? [])].map(lowerAddress);
          if (box.sendAsDenied || (headerFrom && !allowed.includes(lowerAddress(headerFrom)))) {
            return callback(replyError(REPLIES.sendAsDenied(host, user, headerFrom || user)));
          }
          const envelope = session.envelope;
          const message: DeliveredMessage = {
            envelope: {
              from: envelope.mailFrom ? envelope.mailFrom.address : '',
              to: envelope.rcptTo.map((r) => r.address),
            },
            authUser: user,
            raw,
            parsed,
            receivedAt: new Date(),
          };
          messages.push(message);
          delivered.emit('message', message);
          const id = `<${Date.now().toString(36)}.${session.id}@${host.backEnd}>`;
          callback(null, REPLIES.queued(host, id)[1]);
        })().catch((e: unknown) => callback(e instanceof Error ? e : new Error(String(e))));
      });
    },
  });

  // Exchange's fixed texts for what smtp-server answers on its own (greeting, 250 Accepted, 354, 221…).
  const connections = server as unknown as { connections: Set<Conn> };
  connections.connections = new (class extends Set<Conn> {
    override add(conn: Conn): this {
      let lastCommand = '';
      const onCommand = conn._onCommand.bind(conn);
      conn._onCommand = (command, cb) => {
        lastCommand = command.toString().split(' ')[0]?.toUpperCase() ?? '';
        return onCommand(command, cb);
      };
      const send = conn.send.bind(conn);
      conn.send = (code, data, context) => {
        const [c, d] = exchangeText(code, data, lastCommand, conn.secure);
        send(c, d, context);
      };
      return super.add(conn);
    }
  })();

  function exchangeText(
    code: number,
    data: string | string[] | undefined,
    command: string,
    secure: boolean,
  ): [number, string | string[] | undefined] {
    const fixed = (r: Reply): [number, string] => r;
    if (Array.isArray(data)) {
      // EHLO: Exchange greets with "Hello [ip]" and offers AUTH only once TLS is up.
      const [first, ...rest] = data;
      if (!first?.startsWith(host.frontEnd)) return [code, data];
      return [
        code,
        [`${host.frontEnd} Hello [127.0.0.1]`, ...rest.filter((l) => secure || !l.startsWith('AUTH'))],
      ];
    }
    if (code === 220 && data?.startsWith(host.frontEnd)) return [220, REPLIES.banner(host, new Date())];
    if (code === 220 && command === 'STARTTLS') return fixed(REPLIES.startTls());
    if (code === 235) return fixed(REPLIES.authOk());
    if (code === 250 && data === 'Accepted')
      return fixed(command === 'MAIL' ? REPLIES.senderOk() : REPLIES.recipientOk());
    if (code === 354) return fixed(REPLIES.startData());
    if (code === 221) return fixed(REPLIES.bye());
    // AUTH before STARTTLS, or a mechanism not offered (PLAIN): Exchange does not know it there.
    if (code === 538 || (code === 504 && command === 'AUTH')) return fixed(REPLIES.unrecognizedAuth(host));
    return [code, data];
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {}); // a client dropping mid-session is not the emulator's failure
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    exchangeHost: host,
    messages,
    transcript,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    setMailbox: (email, settings) => {
      mailboxes.set(lowerAddress(email), { ...settings });
    },
    setTenant: (settings) => {
      tenant = { ...settings };
    },
    setSecurityDefaults: (enabled) => {
      securityDefaults = enabled;
    },
    waitForMessage: (pred = () => true, timeoutMs = 10_000) => {
      const found = messages.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          delivered.off('message', listener);
          reject(new Error(`no matching message within ${timeoutMs} ms (${messages.length} delivered)`));
        }, timeoutMs);
        const listener = (m: DeliveredMessage) => {
          if (!pred(m)) return;
          clearTimeout(timer);
          delivered.off('message', listener);
          resolve(m);
        };
        delivered.on('message', listener);
      });
    },
  };
}
