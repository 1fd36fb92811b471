/**
 * Removes secrets from any text before it is logged, stored or returned: bearer tokens, JWTs,
 * XOAUTH2 blobs (base64 of `user=…\x01auth=Bearer …`), refresh tokens and codes in form bodies.
 */
const PATTERNS: Array<[RegExp, string]> = [
  // `AUTH XOAUTH2 <base64>` on one line ([ \t], never across a line break, and long enough that
  // EHLO's `250-AUTH XOAUTH2 OAUTHBEARER` is not taken for a token).
  [/(AUTH[ \t]+XOAUTH2[ \t]+)[A-Za-z0-9+/=]{20,}/gi, '$1[redacted]'],
  // Any base64 that decodes to an XOAUTH2 initial response starts with "user=" → "dXNlcj".
  [/dXNlcj[A-Za-z0-9+/=]{8,}/g, '[redacted-xoauth2]'],
  // "Bearer <token>" as a word on one line: not OAUTHBEARER, never across a line break.
  [/(\bBearer[ \t]+)[A-Za-z0-9._~+/=-]{8,}/gi, '$1[redacted]'],
  // JWTs (three base64url parts, the first a JSON header "eyJ").
  [/eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  [
    /((?:access_token|refresh_token|id_token|device_code|code|client_secret|token)["']?[ \t]*[:=][ \t]*["']?)[^"'&\s,}]{6,}/gi,
    '$1[redacted]',
  ],
];

export function redact(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
