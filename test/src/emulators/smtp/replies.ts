/**
 * Exchange Online's SMTP reply texts (FACTS.md §3), with the bracketed diagnostic tail Microsoft
 * appends: [<mailbox server>.prod.outlook.com <ISO time> <16 hex id>]. One place for every text so
 * the emulator and the tests agree.
 */
import { randomBytes } from 'node:crypto';

export interface ExchangeHost {
  /** Front end named in the banner, e.g. LO4P265CA0042.outlook.office365.com */
  frontEnd: string;
  /** Back end named in diagnostics, e.g. PAXPR01MB8212.eurprd01.prod.outlook.com */
  backEnd: string;
}

export function newExchangeHost(): ExchangeHost {
  const n = () => String(1000 + (randomBytes(2).readUInt16BE() % 9000));
  return {
    frontEnd: `LO4P265CA${n().slice(0, 4)}.outlook.office365.com`,
    backEnd: `PAXPR01MB${n()}.eurprd01.prod.outlook.com`,
  };
}

export function diagnosticTail(host: ExchangeHost, now = new Date()): string {
  return `[${host.backEnd} ${now.toISOString()} ${randomBytes(8).toString('hex').toUpperCase()}]`;
}

/** A reply as [code, text]; the text already carries the enhanced status code, as Exchange's do. */
export type Reply = [number, string];

export const REPLIES = {
  banner: (h: ExchangeHost, now: Date) =>
    `${h.frontEnd} Microsoft ESMTP MAIL Service ready at ${now.toUTCString().replace('GMT', '+0000')}`,
  authOk: (): Reply => [235, '2.7.0 Authentication successful'],
  tokenRejected: (h: ExchangeHost): Reply => [535, `5.7.3 Authentication unsuccessful ${diagnosticTail(h)}`],
  securityDefaults: (h: ExchangeHost): Reply => [
    535,
    `5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator. ${diagnosticTail(h)}`,
  ],
  basicAuthDisabled: (h: ExchangeHost): Reply => [
    535,
    `5.7.139 Authentication unsuccessful, basic authentication is disabled. ${diagnosticTail(h)}`,
  ],
  smtpAuthDisabled: (h: ExchangeHost, scope: 'Tenant' | 'Mailbox'): Reply => [
    535,
    `5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the ${scope}. Visit https://aka.ms/smtp_auth_disabled for more information. ${diagnosticTail(h)}`,
  ],
  unrecognizedAuth: (h: ExchangeHost): Reply => [
    504,
    `5.7.4 Unrecognized authentication type ${diagnosticTail(h)}`,
  ],
  notAuthenticated: (h: ExchangeHost): Reply => [
    530,
    `5.7.57 Client not authenticated to send mail. ${diagnosticTail(h)}`,
  ],
  sendAsNotPermitted: (h: ExchangeHost): Reply => [
    550,
    `5.7.60 SMTP; Client does not have permissions to send as this sender ${diagnosticTail(h)}`,
  ],
  sendAsDenied: (h: ExchangeHost, user: string, from: string): Reply => [
    554,
    `5.2.252 SendAsDenied; ${user} not allowed to send as ${from}; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message. ${diagnosticTail(h)}[EndDiagnosticData]`,
  ],
  // UNVERIFIED wording: FACTS.md names "550 5.2.252 throttled" without its full text.
  throttled: (h: ExchangeHost, user: string): Reply => [
    550,
    `5.2.252 SendAsDenied; ${user} has been temporarily throttled after repeated send-as denials. Try again later. ${diagnosticTail(h)}`,
  ],
  // UNVERIFIED: the reply an unlicensed (mailbox-less) account gets; it cannot authenticate.
  unlicensed: (h: ExchangeHost): Reply => [535, `5.7.3 Authentication unsuccessful ${diagnosticTail(h)}`],
  ipBlocked: (h: ExchangeHost): Reply => [
    550,
    `5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. ${diagnosticTail(h)}`,
  ],
  transient: (h: ExchangeHost): Reply => [
    451,
    `4.7.0 Temporary server error. Please try again later. PRX4 ${diagnosticTail(h)}`,
  ],
  legacyTls: (): Reply => [
    421,
    '4.7.66 TLS 1.0 and 1.1 are not supported. Please upgrade/update your client to support TLS 1.2. Visit https://aka.ms/smtp_auth_tls.',
  ],
  queued: (h: ExchangeHost, messageId: string): Reply => [
    250,
    `2.0.0 OK ${messageId} [Hostname=${h.backEnd}]`,
  ],
  senderOk: (): Reply => [250, '2.1.0 Sender OK'],
  recipientOk: (): Reply => [250, '2.1.5 Recipient OK'],
  startData: (): Reply => [354, 'Start mail input; end with <CRLF>.<CRLF>'],
  startTls: (): Reply => [220, '2.0.0 SMTP server ready'],
  bye: (): Reply => [221, '2.0.0 Service closing transmission channel'],
};

/** An Error that smtp-server turns into this reply. */
export function replyError([code, text]: Reply): Error & { responseCode: number } {
  return Object.assign(new Error(text), { responseCode: code });
}
