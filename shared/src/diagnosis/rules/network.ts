import { MICROSOFT_CLOUD_LOGIN_HOSTS, MICROSOFT_SMTP_HOSTS } from '../microsoft.ts';
import type { Recogniser } from '../recogniser.ts';

/**
 * Network and TLS failures as Node, nodemailer, .NET (Send-MailMessage) and OpenSSL word them.
 * Codes are matched as whole upper-case words; phrases as written by those libraries.
 */
function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])(?:${alternatives.join('|')})(?![A-Za-z0-9_])[^\\n]{0,120}`);
}

/**
 * Exchange Online's (or Outlook.com's) submission host on port 465 in the context: it offers 587 with
 * STARTTLS only, so a timeout or refusal there is the port, not the network.
 */
export function implicitTlsToExchange(context: string): boolean {
  return (
    /\bsmtp(?:-mail|-legacy)?\.(?:office365|outlook)\.com\b/i.test(context) &&
    // "port 465", "porta: 465", "host:465", a JSON error's "port":465.
    /(?:\bport[ao]?|\bpuerto|[a-z\]]:|,)"?[ \t:=#]{0,3}465(?!\d)/i.test(context)
  );
}

/** Host names written in a text (at most a few dozen looked at). */
const HOST = /\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}\b/gi;
const MAX_HOSTS = 40;
const LOOKS_MICROSOFT = /off?ic?e[ -]?365|outl[o0]{1,2}k|microsoft/i;
/** Microsoft's names a device or the agent is told to use: each resolves, so none is a typo. */
const MICROSOFT_NAMES = new Set([
  ...MICROSOFT_SMTP_HOSTS,
  ...MICROSOFT_CLOUD_LOGIN_HOSTS,
  'outlook.office.com',
  'outlook.office365.com',
  'login.microsoft.com',
  'login.live.com',
]);

/**
 * A name that does not resolve and looks like one of Microsoft's without being one
 * ("smtp.office365.co", "smtp.ofice365.com"): a mistyped server address, not the network.
 */
export function mistypedMicrosoftHost(context: string): boolean {
  let n = 0;
  for (const m of context.matchAll(HOST)) {
    if (++n > MAX_HOSTS) return false;
    const host = m[0].toLowerCase();
    if (LOOKS_MICROSOFT.test(host) && !MICROSOFT_NAMES.has(host)) return true;
  }
  return false;
}

export const NETWORK_RECOGNISERS: readonly Recogniser[] = [
  {
    name: 'tls-certificate',
    kind: 'tls-error',
    weight: 80,
    pattern: words(
      'CERT_HAS_EXPIRED',
      'CERT_NOT_YET_VALID',
      'CERT_REVOKED',
      'CERT_UNTRUSTED',
      'CERT_SIGNATURE_FAILURE',
      'CERT_CHAIN_TOO_LONG',
      'INVALID_CA',
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT(?:_LOCALLY)?',
      'ERR_TLS_CERT_ALTNAME_INVALID',
      "[Hh]ostname/IP does not match certificate's altnames",
      'certificate has expired',
      'self[- ]signed certificate',
      'unable to verify the first certificate',
      'unable to get local issuer certificate',
      'certificate verify failed',
      'certificate signature failure',
      'remote certificate is invalid',
    ),
    causes: ['certificate-invalid'],
    confidence: 'certain',
  },
  {
    name: 'tls-protocol-version',
    kind: 'tls-error',
    weight: 80,
    pattern: words(
      'ERR_SSL_UNSUPPORTED_PROTOCOL',
      'ERR_SSL_NO_PROTOCOLS_AVAILABLE',
      'ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION',
      'ERR_SSL_UNSUPPORTED_SSL_VERSION',
      'tlsv1 alert protocol version',
      'unsupported protocol',
      'no protocols available',
    ),
    causes: ['tls-too-old'],
    confidence: 'likely',
  },
  {
    // Implicit TLS spoken to a plain-text (STARTTLS) port, or the reverse.
    name: 'tls-wrong-version-number',
    kind: 'tls-error',
    weight: 80,
    pattern: words('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'),
    causes: ['wrong-secure-connection'],
    confidence: 'likely',
  },
  {
    // .NET's usual wording when the two sides share no TLS version.
    name: 'tls-transport-closed',
    kind: 'tls-error',
    weight: 75,
    pattern: words('remote party has closed the transport stream'),
    causes: ['tls-too-old', 'service-unreachable'],
    confidence: 'possible',
  },
  {
    // Node: the peer closed the socket during the TLS handshake (often no shared TLS version).
    name: 'tls-socket-disconnected',
    kind: 'tls-error',
    weight: 75,
    pattern: words('socket disconnected before secure TLS connection was established'),
    causes: ['service-unreachable', 'tls-too-old'],
    confidence: 'possible',
  },
  {
    // The name does not exist (not a lookup that timed out, EAI_AGAIN): mistyped, or the DNS server
    // the device asks cannot see the internet.
    name: 'dns-name-not-found',
    kind: 'network-error',
    weight: 52,
    pattern: words(
      'ENOTFOUND',
      'remote name could not be resolved',
      'No such host is known',
      'Name or service not known',
      'nodename nor servname provided',
      'NXDOMAIN',
    ),
    causes: ['service-unreachable'],
    confidence: 'likely',
    refine: [
      { when: mistypedMicrosoftHost, causes: ['wrong-server', 'service-unreachable'], confidence: 'likely' },
    ],
  },
  {
    // nodemailer: the connection opened and no 220 came (its greeting timeout), as the agent decides
    // it from the dialogue (smtp-no-greeting): often a plain-text client on the implicit-TLS port 465.
    name: 'smtp-greeting-timeout',
    kind: 'network-error',
    weight: 55,
    pattern: words('Greeting never received', 'GREETING_TIMEOUT'),
    causes: ['smtp-no-greeting'],
    confidence: 'certain',
    refine: [
      { when: implicitTlsToExchange, causes: ['wrong-port', 'smtp-no-greeting'], confidence: 'likely' },
    ],
  },
  {
    name: 'network-unreachable',
    kind: 'network-error',
    weight: 50,
    pattern: words(
      'EAI_AGAIN',
      'ECONNREFUSED',
      'ETIMEDOUT',
      'ECONNRESET',
      'EHOSTUNREACH',
      'ENETUNREACH',
      'EDNS',
      'Connection timeout',
      'Unable to connect to the remote server',
      'actively refused',
      'did not properly respond after a period of time',
      '[Cc]onnection timed out',
      '[Cc]onnection refused',
    ),
    causes: ['service-unreachable'],
    confidence: 'likely',
    refine: [
      { when: implicitTlsToExchange, causes: ['wrong-port', 'service-unreachable'], confidence: 'likely' },
    ],
  },
  {
    // nodemailer's generic codes: only when nothing more precise is in the text.
    name: 'nodemailer-connection',
    kind: 'network-error',
    weight: 20,
    fallback: true,
    pattern: words('ECONNECTION', 'ESOCKET'),
    causes: ['service-unreachable'],
    confidence: 'possible',
  },
];
