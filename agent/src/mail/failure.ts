import type { CauseId } from '@wcoa/shared/diagnosis';
import type { TestMailStage } from '@wcoa/shared/protocol';
import { causesOf } from '../diagnose.ts';
import { AUTH_COMMAND } from './xoauth2.ts';

/** What nodemailer tells about a failure: its own code, the socket's code, the command, the reply. */
export interface SmtpError extends Error {
  code?: string;
  originalCode?: string;
  timeoutType?: string;
  command?: string;
  response?: string;
  responseCode?: number;
}

/** Where the dialogue was when it failed, from the transcript (not from any wording). */
export interface Progress {
  /** The server sent anything (a greeting or more). */
  greeted: boolean;
  /** The client sent STARTTLS. */
  starttlsSent: boolean;
  /** The TLS session is up (the client sent EHLO again over it). */
  secured: boolean;
}

export interface Failure {
  stage: TestMailStage;
  /** The server's words, or nodemailer's/Node's code and message where the server said nothing. */
  reply: string;
  causes: CauseId[];
}

/** Node/OpenSSL verification codes for a certificate whose chain the agent does not trust. */
const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'INVALID_CA',
  'CERT_SIGNATURE_FAILURE',
]);
const BAD_CERT = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'CERT_REVOKED', 'INVALID_PURPOSE']);
const NAME_MISMATCH = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'HOSTNAME_MISMATCH']);
/** The server offers no TLS version the agent accepts (1.2+): it only speaks TLS 1.1 or older. */
const OLD_PROTOCOL = new Set([
  'ERR_SSL_UNSUPPORTED_PROTOCOL',
  'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
  'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
  'ERR_SSL_VERSION_TOO_LOW',
]);

/** The TLS verdict of a socket error code, if it is one. */
export function tlsCauses(code: string | undefined): CauseId[] | null {
  if (!code) return null;
  if (NAME_MISMATCH.has(code)) return ['wrong-server'];
  if (UNTRUSTED.has(code)) return ['certificate-invalid', 'agent-ca-untrusted'];
  if (BAD_CERT.has(code)) return ['certificate-invalid'];
  if (OLD_PROTOCOL.has(code)) return ['server-tls-too-old'];
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return [];
  return null;
}

/**
 * The enhanced status code (RFC 3463 `class.subject.detail`, RFC 2034) right after a reply's
 * three-digit code, as in `535 5.7.8 …`; null when the reply has none.
 */
export function enhancedStatusOf(reply: string | undefined): string | null {
  return /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?!\S)/.exec(reply ?? '')?.[1] ?? null;
}

const commandOf = (e: SmtpError) => (e.command ?? '').toUpperCase();

/** A reply that refuses a line for its length (RFC 5321 §4.5.3.1.4 / 500 5.5.2 "Line too long"). */
const isLineTooLong = (e: SmtpError) =>
  (e.responseCode === 500 || e.responseCode === 501) &&
  /\b(line|command)\b.{0,40}\b(long|length)/i.test(e.response ?? '');

/**
 * The stage and causes of a failed test mail, decided from structured facts: nodemailer's code and
 * timeout type, the socket's (TLS) code, the command that failed, the reply code, and how far the
 * dialogue got. Words are only read for the causes a server states (explain()).
 */
export function classify(
  e: SmtpError,
  phase: 'connect' | 'auth' | 'send',
  progress: Progress,
  host: string,
  timeoutMs: number,
): Failure {
  const command = commandOf(e);
  const socketCode = e.originalCode ?? (e.code && !/^E[A-Z]+$/.test(e.code) ? e.code : undefined);
  const words = e.response ?? `${socketCode ?? e.code ?? ''} ${e.message}`.trim();
  const stated = (text: string) => causesOf(text);

  if (e.code === 'EDNS') return { stage: 'dns', reply: words, causes: stated(words) };

  // TLS: the upgrade itself, or any socket error that is a TLS one.
  const tls = tlsCauses(socketCode);
  if (tls !== null || e.code === 'ETLS' || command === 'STARTTLS' || e.timeoutType === 'UPGRADE_TIMEOUT') {
    if (socketCode && NAME_MISMATCH.has(socketCode))
      return { stage: 'tls', reply: `certificate is not for ${host}`, causes: ['wrong-server'] };
    // STARTTLS not offered (nodemailer sends it anyway under requireTLS) or refused: the token is
    // never sent over plain text.
    if (command === 'STARTTLS' && e.responseCode)
      return { stage: 'tls', reply: words, causes: ['wrong-secure-connection'] };
    // A known TLS code says it all; otherwise the words, except "the device uses TLS 1.0/1.1":
    // the agent itself always offers TLS 1.2+.
    return {
      stage: 'tls',
      reply: words,
      causes: tls?.length ? tls : stated(words).filter((c) => c !== 'tls-too-old'),
    };
  }
  if (e.timeoutType === 'CONNECT_TIMEOUT')
    return { stage: 'connect', reply: `ETIMEDOUT ${host}`, causes: ['service-unreachable'] };
  if (e.timeoutType === 'GREETING_TIMEOUT' || (!progress.greeted && e.code === 'ETIMEDOUT')) {
    // TCP is up and the server says nothing: not "cannot be reached".
    return {
      stage: 'connect',
      reply: `connected, no SMTP greeting within ${Math.round(timeoutMs / 1000)} s`,
      causes: ['smtp-no-greeting'],
    };
  }
  if (!progress.greeted) {
    // Refused, reset or closed before any greeting: the connection, whatever nodemailer's command.
    const reply = e.response ?? `${socketCode ?? e.code ?? ''} ${e.message}`.trim();
    return { stage: 'connect', reply, causes: stated(reply) };
  }
  if (progress.starttlsSent && !progress.secured)
    return { stage: 'tls', reply: words, causes: stated(words) };
  if (command.startsWith('AUTH') || e.code === 'EAUTH' || phase === 'auth') {
    if (isLineTooLong(e)) return { stage: 'auth', reply: words, causes: ['smtp-line-too-long'] };
    // Read as the reply to the agent's own command, written as a transcript writes it: it sends a
    // token, so a reply that only says "credentials invalid" (RFC 4954's 535 5.7.8) is about the token.
    const own = stated(`C: ${AUTH_COMMAND}\n${words}`);
    // Any refusal of the token: the server's own reason if explain() knows it, else token-rejected.
    const causes = own.length
      ? own
      : e.responseCode && e.responseCode >= 500
        ? ['token-rejected' as const]
        : [];
    return { stage: 'auth', reply: words, causes };
  }
  if (command.startsWith('MAIL')) return { stage: 'sender', reply: words, causes: stated(words) };
  if (command.startsWith('RCPT')) return { stage: 'recipient', reply: words, causes: stated(words) };
  if (command === 'DATA' || e.code === 'EMESSAGE' || phase === 'send')
    return { stage: 'data', reply: words, causes: stated(words) };
  // The greeting or EHLO (before STARTTLS) refused or cut: still the connection.
  return { stage: 'connect', reply: words, causes: stated(words) };
}
