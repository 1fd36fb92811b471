import type { CauseId } from '../cause-ids.ts';
import { MAX_LINE } from '../limits.ts';
import type { Confidence, Recogniser, Refinement } from '../recogniser.ts';

/**
 * Microsoft Entra ID (AADSTS) codes, wherever they appear: "AADSTS700082: …" in an
 * error_description, MSAL's "Error(s): 700082 - Timestamp: …", a JSON body's "error_codes":[700082],
 * a URL-encoded redirect (decoded before matching) or a bare "AADSTS65001".
 * Meanings: https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes
 */
interface AadstsEntry {
  codes: readonly number[];
  causes: readonly CauseId[];
  confidence: Confidence;
  refine?: readonly Refinement[];
  note: string;
}

const DEVICE_CODE_FLOW = /device[\s_-]?code|authentication[\s_-]?flows?|deviceCodeFlow/i;

/** Conditional Access that names the device-code flow blocks that flow: the AADSTS code and its sentences. */
export const CA_ON_DEVICE_CODE: readonly Refinement[] = [
  {
    when: DEVICE_CODE_FLOW,
    causes: ['ca-blocks-device-code', 'conditional-access-blocked'],
    confidence: 'likely',
  },
];

const AADSTS_TABLE: readonly AadstsEntry[] = [
  {
    codes: [50076, 50079, 50074],
    causes: ['mfa-required'],
    confidence: 'certain',
    note: 'MFA required / registration required',
  },
  {
    codes: [50158],
    causes: ['mfa-required', 'conditional-access-blocked'],
    confidence: 'likely',
    note: 'an external security challenge (a third-party MFA a policy demands) not satisfied',
  },
  {
    codes: [53003],
    causes: ['conditional-access-blocked'],
    confidence: 'certain',
    refine: CA_ON_DEVICE_CODE,
    note: 'blocked by Conditional Access',
  },
  {
    codes: [53000, 53001, 53002, 53004, 50005, 50097, 50131],
    causes: ['conditional-access-blocked'],
    confidence: 'likely',
    note: 'device or app state required by Conditional Access (50131: its failures in general)',
  },
  {
    codes: [530035],
    causes: ['security-defaults-on'],
    confidence: 'certain',
    note: 'blocked by security defaults',
  },
  { codes: [65001], causes: ['consent-missing'], confidence: 'certain', note: 'consent missing' },
  {
    codes: [70000],
    causes: ['consent-missing'],
    confidence: 'likely',
    // RFC 8628's authorization_declined comes with 70000 when the user pressed Cancel.
    refine: [
      {
        when: /authorization_declined|\bdeclined\b/i,
        causes: ['device-code-declined'],
        confidence: 'certain',
      },
    ],
    note: 'invalid grant: the scopes were not granted (or the user declined)',
  },
  {
    codes: [90094, 90095],
    causes: ['consent-missing', 'admin-role-missing'],
    confidence: 'certain',
    note: 'admin consent required',
  },
  {
    codes: [65004],
    causes: ['consent-missing', 'device-code-declined'],
    confidence: 'likely',
    note: 'the user declined consent',
  },
  { codes: [50105], causes: ['consent-missing'], confidence: 'likely', note: 'user not assigned to the app' },
  {
    codes: [700082, 70043, 50173, 70008, 50133],
    causes: ['sign-in-expired'],
    confidence: 'certain',
    note: 'refresh token expired, revoked, or the grant is no longer valid',
  },
  {
    codes: [700016, 7000112],
    causes: ['app-not-found'],
    confidence: 'certain',
    note: 'app not found or disabled',
  },
  {
    codes: [50194, 90002, 900023, 50059, 50128, 50020, 90072],
    causes: ['wrong-tenant-endpoint'],
    confidence: 'likely',
    note: 'tenant missing, mistyped, or not the account’s',
  },
  {
    codes: [7000218],
    causes: ['public-client-disabled'],
    confidence: 'certain',
    note: 'public client flows off',
  },
  {
    codes: [700025],
    causes: ['client-secret-sent'],
    confidence: 'certain',
    note: 'public client sent a secret',
  },
  { codes: [70019], causes: ['device-code-expired'], confidence: 'certain', note: 'device code expired' },
  {
    codes: [70011, 500011, 28000],
    causes: ['scope-invalid'],
    confidence: 'certain',
    note: 'invalid scope, resource principal not found, or scopes of two resources in one request',
  },
  {
    codes: [650057],
    causes: ['scope-invalid', 'consent-missing'],
    confidence: 'likely',
    note: 'a resource the app registration does not list among its API permissions',
  },
  {
    codes: [900144],
    causes: ['request-malformed'],
    confidence: 'certain',
    note: 'a required parameter missing',
  },
  {
    codes: [500113, 50011],
    causes: ['redirect-uri-missing'],
    confidence: 'likely',
    note: 'no reply address registered, or not the one in the request',
  },
  {
    codes: [9002325, 9002326, 9002327],
    causes: ['redirect-uri-wrong-platform'],
    confidence: 'likely',
    note: 'the redirect URI is registered on a platform that does not fit the flow (SPA / web / public client)',
  },
  {
    codes: [7000215, 7000222],
    causes: ['client-secret-invalid'],
    confidence: 'certain',
    note: 'invalid or expired client secret',
  },
  {
    codes: [90033, 90055],
    causes: ['transient-server-error'],
    confidence: 'likely',
    note: 'transient error / tenant throttled',
  },
  {
    codes: [50126, 50034, 50055, 50057, 50053],
    causes: ['credentials-invalid'],
    confidence: 'likely',
    note: 'wrong account or password, account missing, expired, disabled or locked',
  },
  // Not failures: the device flow is still waiting for the user.
  { codes: [70016], causes: [], confidence: 'certain', note: 'authorization pending' },
];

/**
 * The AADSTS sentence first (the best evidence), then MSAL's "Error(s):" list, then a JSON
 * error_codes array. Every repeat is bounded (an AADSTS code followed by a megabyte of spaces took
 * minutes with an open-ended lazy repeat); explain() cuts the sentence before MSAL's "Trace ID".
 */
function codePatterns(codes: readonly number[]): RegExp[] {
  const alt = codes.join('|');
  return [
    String.raw`AADSTS(?:${alt})(?!\d)[^\r\n"\\]{0,${MAX_LINE}}`,
    String.raw`Error\(s\):[ \t]{0,8}(?:\d{1,9}[ \t]{0,8},[ \t]{0,8}){0,16}(?:${alt})(?!\d)`,
    String.raw`"error_codes"[ \t]{0,8}:[ \t]{0,8}\[(?:[ \t]{0,8}\d{1,9}[ \t]{0,8},){0,16}[ \t]{0,8}(?:${alt})(?!\d)[\d, \t]{0,160}\]`,
  ].map((source) => new RegExp(source, 'i'));
}

const AADSTS_RECOGNISERS: Recogniser[] = AADSTS_TABLE.map((entry) => ({
  name: `aadsts-${entry.codes.join('-')}`,
  kind: 'aadsts',
  weight: 90,
  pattern: codePatterns(entry.codes),
  causes: entry.causes,
  confidence: entry.confidence,
  ...(entry.refine ? { refine: entry.refine } : {}),
}));

/** OAuth 2.0 error codes, read only when no AADSTS code (or other evidence) says more. */
function oauthError(code: string): RegExp {
  return new RegExp(`(?<![A-Za-z_])${code}(?![A-Za-z_])`);
}

const OAUTH_RECOGNISERS: Recogniser[] = [
  {
    name: 'oauth-pending',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('(?:authorization_pending|slow_down)'),
    causes: [],
    confidence: 'certain',
  },
  {
    name: 'oauth-invalid-grant',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('invalid_grant'),
    causes: ['sign-in-expired'],
    confidence: 'likely',
  },
  {
    // RFC 8628's own outcome of the device flow: unambiguous, whatever AADSTS code comes with it.
    name: 'oauth-expired-token',
    kind: 'oauth-error',
    weight: 80,
    pattern: oauthError('expired_token'),
    causes: ['device-code-expired'],
    confidence: 'certain',
  },
  {
    name: 'oauth-bad-verification-code',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('bad_verification_code'),
    causes: ['device-code-expired'],
    confidence: 'possible',
  },
  {
    // RFC 8628: the user declined at the verification page (Entra sends AADSTS70000 with it).
    name: 'oauth-authorization-declined',
    kind: 'oauth-error',
    weight: 80,
    pattern: oauthError('authorization_declined'),
    causes: ['device-code-declined'],
    confidence: 'certain',
  },
  {
    name: 'oauth-access-denied',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('access_denied'),
    causes: ['device-code-declined'],
    confidence: 'likely',
  },
  {
    name: 'oauth-temporarily-unavailable',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('(?:temporarily_unavailable|server_error)'),
    causes: ['transient-server-error'],
    confidence: 'likely',
  },
  {
    name: 'oauth-invalid-client',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('(?:invalid_client|unauthorized_client)'),
    causes: ['app-not-found', 'public-client-disabled'],
    confidence: 'possible',
    refine: [
      {
        when: /public client|client_assertion|client_secret/i,
        causes: ['public-client-disabled', 'client-secret-sent'],
        confidence: 'likely',
      },
      {
        when: /not found in the directory|does not exist|not enabled for consumers/i,
        causes: ['app-not-found'],
        confidence: 'likely',
      },
    ],
  },
  {
    name: 'oauth-interaction-required',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('interaction_required'),
    causes: ['mfa-required', 'conditional-access-blocked'],
    confidence: 'possible',
  },
  {
    name: 'oauth-consent-required',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('consent_required'),
    causes: ['consent-missing'],
    confidence: 'likely',
  },
  {
    name: 'oauth-invalid-scope',
    kind: 'oauth-error',
    weight: 40,
    fallback: true,
    pattern: oauthError('invalid_scope'),
    causes: ['scope-invalid'],
    confidence: 'possible',
  },
];

export const IDENTITY_RECOGNISERS: readonly Recogniser[] = [
  ...AADSTS_RECOGNISERS,
  {
    // Any other AADSTS code: recognised as Entra's, but we hold no meaning for it. It keeps the
    // generic OAuth readings (invalid_grant → expired…) from guessing over a code that says more.
    name: 'aadsts-other',
    kind: 'aadsts',
    weight: 0,
    pattern: /AADSTS\d{4,8}|"error_codes"[ \t]{0,8}:[ \t]{0,8}\[[ \t]{0,8}\d/i,
    causes: [],
    confidence: 'certain',
  },
  ...OAUTH_RECOGNISERS,
];

/** The AADSTS codes we map, for documentation and tests. */
export const MAPPED_AADSTS_CODES: ReadonlyMap<number, readonly CauseId[]> = new Map(
  AADSTS_TABLE.flatMap((entry) => entry.codes.map((code) => [code, entry.causes] as const)),
);
