import { MAX_LINE } from '../limits.ts';
import { escapeRegExp, type Recogniser } from '../recogniser.ts';
import { SENTENCES_5_7_139 } from './phrases.ts';

/**
 * SMTP replies from Exchange Online (FACTS.md §3), however they reach us: a raw reply with or
 * without Microsoft's `[XXXX.prod.outlook.com 2025-…]` trailer, a multi-line 535-/535 reply,
 * nodemailer's "Invalid login: 535 …", .NET's "The server response was: 5.7.57 …", Python's
 * "(535, b'5.7.139 …')".
 *
 * An enhanced status code counts when a reply code precedes it, or when reply text (a capital
 * letter or ';') follows it: "nodemailer 5.7.3 released" is a version, not a reply.
 * The evidence runs to the end of the line, stopping before Microsoft's bracketed trailer.
 */
const REST = String.raw`[^\n\[\]'"]{0,${MAX_LINE}}`;

function enhanced(code: string): string {
  const c = escapeRegExp(code);
  return String.raw`(?<![\d.])(?:[245]\d\d[ \t-]{1,8}${c}(?!\d|\.\d)|${c}(?!\d|\.\d)(?=[ \t]{1,8}[A-Z]|;))`;
}

/** Any of the given regex sources, each followed by the rest of its line. */
function reply(...sources: string[]): RegExp {
  return new RegExp(`(?:${sources.join('|')})${REST}`);
}

/** The tenant's MX / EOP host (`*.mail.protection.outlook.com`, "eop") or port 25 in the context. */
export function directSendEndpoint(context: string): boolean {
  return (
    /\bprotection\.outlook\.com\b|\beop\b/i.test(context) ||
    /\b(?:port[ao]?|puerto)[ \t:=#]{0,3}25(?!\d)|[a-z\]]:25(?![\d:])/i.test(context)
  );
}

/**
 * A reply the table names, by its enhanced status codes (counted as `enhanced` says) and by regex
 * sources of its wording (for a client that drops the code) or of its shape (any 4xx); any one of
 * them, with the rest of its line, is the evidence.
 */
interface Reply extends Omit<Recogniser, 'kind' | 'pattern' | 'folded' | 'keywords' | 'find'> {
  codes?: readonly string[];
  patterns?: readonly string[];
}

/** Every reply is SMTP evidence, matched by any of its codes, then any of its patterns. */
const recogniser = ({ codes = [], patterns = [], ...rest }: Reply): Recogniser => ({
  ...rest,
  kind: 'smtp-reply',
  pattern: reply(...codes.map(enhanced), ...patterns),
});

const REPLIES: readonly Reply[] = [
  {
    name: 'smtp-5.7.139',
    weight: 95,
    codes: ['5.7.139'],
    patterns: ['SmtpClientAuthentication is disabled'],
    causes: ['smtp-auth-disabled', 'security-defaults-on'],
    confidence: 'likely',
    refine: SENTENCES_5_7_139,
  },
  {
    name: 'smtp-5.7.30',
    weight: 95,
    codes: ['5.7.30'],
    patterns: ['Basic authentication is not supported for Client Submission'],
    causes: ['basic-auth-rejected'],
    confidence: 'certain',
  },
  {
    name: 'smtp-5.7.3',
    weight: 90,
    codes: ['5.7.3'],
    causes: ['token-rejected', 'token-audience', 'smtp-auth-disabled', 'mfa-required'],
    confidence: 'likely',
    refine: [
      {
        // A transcript where the client sent a token: the default reading stands.
        when: /(?:^|C:[ \t]{0,8}|"command"[ \t]{0,8}:[ \t]{0,8}")AUTH XOAUTH2/m,
        causes: ['token-rejected', 'token-audience', 'smtp-auth-disabled', 'mfa-required'],
        confidence: 'likely',
      },
      {
        // The client sent a password, not a token (PowerShell's Send-MailMessage, AUTH LOGIN/PLAIN).
        when: /Send-MailMessage|(?:^|C:[ \t]{0,8}|"command"[ \t]{0,8}:[ \t]{0,8}")AUTH (?:LOGIN|PLAIN)|\bpassword\b/im,
        causes: ['smtp-auth-disabled', 'credentials-invalid', 'basic-auth-rejected', 'security-defaults-on'],
        confidence: 'likely',
      },
    ],
  },
  {
    // Exchange's wording without the enhanced code (a client that drops it): 5.7.3 or 5.7.139,
    // so only the readings they share, none of them certain.
    name: 'smtp-535-unsuccessful',
    weight: 85,
    patterns: [String.raw`(?<![\d.])535[ \t:-]{1,8}Authentication unsuccessful`],
    causes: ['token-rejected', 'smtp-auth-disabled', 'security-defaults-on'],
    confidence: 'possible',
  },
  {
    name: 'smtp-send-as-denied',
    weight: 90,
    codes: ['5.7.60', '5.2.252'],
    patterns: [
      'SendAs ?Denied',
      'not (?:allowed|permitted|authori[sz]ed) to send as',
      'does not have permissions? to send as',
      'Client does not have permissions to send as this sender',
    ],
    causes: ['sender-mismatch'],
    confidence: 'certain',
    refine: [{ when: /throttl/i, causes: ['sender-mismatch', 'send-throttled'], confidence: 'certain' }],
  },
  {
    name: 'smtp-submission-throttled',
    weight: 85,
    patterns: [
      'SubmissionQuotaExceeded',
      'sender thread limit exceeded',
      'submission rate for this client has exceeded',
    ],
    causes: ['send-throttled'],
    confidence: 'likely',
  },
  {
    name: 'smtp-5.7.708',
    weight: 90,
    codes: ['5.7.708'],
    // 5.7.606-649: the sending IP is on Microsoft's block list (delisted through Microsoft's portal).
    patterns: ['traffic not accepted from this IP', '[Bb]anned sending IP'],
    causes: ['ip-blocked'],
    confidence: 'certain',
  },
  {
    name: 'smtp-4.7.66',
    weight: 90,
    codes: ['4.7.66'],
    patterns: ['TLS 1\\.0 and 1\\.1 are not supported'],
    causes: ['tls-too-old'],
    confidence: 'certain',
  },
  {
    name: 'smtp-mailbox-unlicensed',
    weight: 90,
    // Exchange Online's wording for a mailbox without a license (ErrorInvalidLicense).
    patterns: ["(?:doesn't|does not) have a valid license", 'license is invalid for this mailbox'],
    causes: ['mailbox-unlicensed'],
    confidence: 'likely',
  },
  {
    name: 'smtp-starttls-required',
    weight: 85,
    // RFC 3207's reply when a client sends commands that need TLS before STARTTLS.
    patterns: ['Must issue a STARTTLS command first'],
    causes: ['wrong-secure-connection', 'not-authenticated'],
    confidence: 'likely',
  },
  // RFC 4954 §6's replies to AUTH, which every conforming server (Dovecot, Postfix, Gmail …) gives
  // in its own words after the code.
  {
    // 535 5.7.8 "Authentication credentials invalid": the credentials are whatever the client sent, a
    // token for XOAUTH2 or OAUTHBEARER, a password for PLAIN or LOGIN; the text around it says which.
    name: 'smtp-5.7.8',
    weight: 89,
    codes: ['5.7.8'],
    causes: ['token-rejected', 'credentials-invalid'],
    confidence: 'possible',
    refine: [
      {
        // The client's command, its initial response, or the XOAUTH2 error challenge (base64 JSON).
        when: /AUTH[ \t]{1,8}(?:XOAUTH2|OAUTHBEARER)|\bauth=Bearer\b|\b334[ \t-]{1,8}eyJ/i,
        causes: ['token-rejected', 'token-audience'],
        confidence: 'likely',
      },
      {
        when: /AUTH[ \t]{1,8}(?:LOGIN|PLAIN|CRAM-MD5)|\bpassword\b/i,
        causes: ['credentials-invalid', 'basic-auth-rejected'],
        confidence: 'likely',
      },
    ],
  },
  {
    // 538 5.7.11: the mechanism is only accepted inside TLS (XOAUTH2 on most servers).
    name: 'smtp-5.7.11',
    weight: 85,
    codes: ['5.7.11'],
    patterns: ['Encryption required for (?:the )?requested authentication mechanism'],
    causes: ['wrong-secure-connection'],
    confidence: 'certain',
  },
  {
    // 534 5.7.9 "Authentication mechanism is too weak": the server refuses the password mechanism the
    // client used (Gmail: "Application-specific password required").
    name: 'smtp-5.7.9',
    weight: 85,
    codes: ['5.7.9'],
    patterns: ['Authentication mechanism is too weak'],
    causes: ['basic-auth-rejected'],
    confidence: 'likely',
  },
  {
    // 530 5.7.0 "Authentication required": mail sent without AUTH. 5.7.0 alone is any security refusal,
    // and "Authentication required" any login page's, so only after 530 or 5.7.0 (Python's
    // "(530, b'5.7.0 Authentication Required …')").
    name: 'smtp-530-5.7.0',
    weight: 60,
    patterns: [
      String.raw`(?<![\d.])530[ \t-]{1,8}(?:5\.7\.0(?!\d|\.\d)|Authentication [Rr]equired)`,
      String.raw`(?<![\d.])5\.7\.0[ \t]{1,8}Authentication [Rr]equired`,
    ],
    causes: ['not-authenticated'],
    confidence: 'likely',
  },
  {
    name: 'smtp-5.7.4-auth-type',
    // More specific than the 5.7.57 a client may wrap around it.
    weight: 65,
    // The AUTH method was refused: XOAUTH2 is only offered after STARTTLS; asking for it before gets
    // this reply. From the tenant's MX / Exchange Online Protection host, or on port 25, it means the
    // device points at the Direct Send endpoint, which offers no AUTH at all (FACTS.md §6).
    codes: ['5.7.4'],
    patterns: ['Unrecognized authentication type'],
    causes: ['wrong-secure-connection', 'not-authenticated'],
    confidence: 'possible',
    refine: [
      { when: directSendEndpoint, causes: ['wrong-server', 'not-authenticated'], confidence: 'likely' },
    ],
  },
  {
    // The tenant's "Reject Direct Send" setting refusing a device that sends to the MX host unauthenticated.
    name: 'smtp-direct-send-rejected',
    weight: 90,
    patterns: ['Direct Send (?:is )?not allowed', 'RejectDirectSend'],
    causes: ['direct-send-rejected'],
    confidence: 'certain',
  },
  {
    // A server that will not relay for a client that did not sign in: Exchange Online's 5.7.54 (Direct
    // Send to a recipient outside the tenant) and 5.7.64 (a connector that does not recognise the
    // device), Postfix's and others' "Relay access denied". A consequence, like 5.7.57.
    name: 'smtp-relay-denied',
    weight: 60,
    codes: ['5.7.54', '5.7.64'],
    patterns: [
      '[Rr]elay(?:ing)? [Aa]ccess [Dd]enied',
      '[Uu]nable to relay',
      '[Rr]elaying (?:denied|not permitted)',
    ],
    causes: ['not-authenticated'],
    confidence: 'likely',
    refine: [
      {
        // To the MX host without a connector: Direct Send. 5.7.64 comes from a connector relay, which
        // uses the MX host by design.
        when: (context) => directSendEndpoint(context) && !/TenantAttribution|\b5\.7\.64\b/.test(context),
        causes: ['wrong-server', 'not-authenticated'],
        confidence: 'likely',
      },
    ],
  },
  {
    name: 'smtp-5.7.57',
    // A consequence: the device never authenticated; a reason found elsewhere in the text ranks first.
    weight: 60,
    codes: ['5.7.57'],
    patterns: [
      'Client not authenticated to send mail',
      'Client was not authenticated to send anonymous mail',
    ],
    causes: ['not-authenticated'],
    confidence: 'certain',
  },
  {
    name: 'smtp-451-4.7.0',
    weight: 50,
    codes: ['4.7.0'],
    patterns: ['Temporary server error'],
    causes: ['transient-server-error'],
    confidence: 'certain',
  },
  {
    name: 'smtp-4xx',
    weight: 30,
    fallback: true,
    // Any other 4xx reply with an enhanced code: transient by definition (RFC 3463 class 4).
    patterns: [String.raw`(?<![\d.])4\d\d[ \t-]{1,8}4\.\d{1,3}\.\d{1,3}(?!\d|\.\d)`],
    causes: ['transient-server-error'],
    confidence: 'likely',
  },
];

export const SMTP_RECOGNISERS: readonly Recogniser[] = REPLIES.map(recogniser);
