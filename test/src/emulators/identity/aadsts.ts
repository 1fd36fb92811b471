/**
 * Microsoft identity platform error dialect: the OAuth `error`, an AADSTS code and its text, and the
 * JSON body shape login.microsoftonline.com returns
 * ({error, error_description: "AADSTSnnnn: …\r\nTrace ID: …\r\nCorrelation ID: …\r\nTimestamp: …",
 * error_codes, timestamp, trace_id, correlation_id, error_uri, suberror?}).
 * Texts follow Microsoft's published AADSTS reference; where a code's exact wording is not verified
 * the comment says so. One catalog, so a fault switch and an endpoint produce the same body.
 */
import { randomUUID } from 'node:crypto';

export type OAuthError =
  | 'authorization_pending'
  | 'authorization_declined'
  | 'expired_token'
  | 'bad_verification_code'
  | 'invalid_grant'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'interaction_required'
  | 'invalid_request'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'invalid_tenant'
  | 'invalid_resource'
  | 'temporarily_unavailable'
  | 'access_denied'
  | 'unsupported_response_type';

interface CatalogEntry {
  error: OAuthError;
  text: (p: Record<string, string>) => string;
  /** Microsoft's `suberror`, which MSAL reads to decide that user interaction is required. */
  suberror?: string;
}

export const AADSTS = {
  70016: {
    error: 'authorization_pending',
    text: () => 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  },
  70019: { error: 'expired_token', text: () => 'Verification code expired.' },
  // Not verified against a live tenant: the code Entra attaches to a declined device flow.
  70000: { error: 'authorization_declined', text: () => 'The user has declined the authorization request.' },
  7000014: {
    error: 'invalid_grant',
    text: () => "The provided value for the input parameter 'device_code' is not valid.",
  },
  54005: {
    error: 'invalid_grant',
    text: () =>
      'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  },
  9002313: { error: 'invalid_grant', text: () => 'Invalid request. Request is malformed or invalid.' },
  50076: {
    error: 'interaction_required',
    suberror: 'basic_action',
    text: (p) =>
      `Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '${p.resource}'.`,
  },
  50079: {
    error: 'interaction_required',
    suberror: 'basic_action',
    text: () =>
      'Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multi-factor authentication to access the resource.',
  },
  53003: {
    error: 'interaction_required',
    suberror: 'message_only',
    text: () =>
      'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
  },
  530035: {
    error: 'interaction_required',
    suberror: 'message_only',
    text: () =>
      'Access has been blocked by security defaults. This is due to the request using legacy auth or being deemed unsafe by security defaults policies.',
  },
  65001: {
    error: 'invalid_grant',
    suberror: 'consent_required',
    text: (p) =>
      `The user or administrator has not consented to use the application with ID '${p.clientId}' named '${p.appName}'. Send an interactive authorization request for this user and resource.`,
  },
  700082: {
    error: 'invalid_grant',
    suberror: 'bad_token',
    text: (p) =>
      `The refresh token has expired due to inactivity. The token was issued on ${p.issuedAt} and was inactive for 90.00:00:00.`,
  },
  70043: {
    error: 'invalid_grant',
    suberror: 'bad_token',
    text: (p) =>
      `The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on ${p.issuedAt} and the maximum allowed lifetime for this request is 3600.`,
  },
  50173: {
    error: 'invalid_grant',
    suberror: 'bad_token',
    text: (p) =>
      `The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password. The grant was issued on '${p.issuedAt}' and the TokensValidFrom date (before which tokens are not valid) for this user is '${p.validFrom}'.`,
  },
  7000218: {
    error: 'invalid_client',
    text: () =>
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  },
  700025: {
    error: 'invalid_client',
    text: () => "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
  },
  700016: {
    error: 'unauthorized_client',
    text: (p) =>
      `Application with identifier '${p.clientId}' was not found in the directory '${p.tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  },
  50194: {
    error: 'invalid_request',
    text: (p) =>
      `Application '${p.clientId}'(${p.appName}) is not configured as a multi-tenant application. Usage of the /common endpoint is not supported for such applications created after '10/15/2018'. Use a tenant-specific endpoint or configure the application to be multi-tenant.`,
  },
  90002: {
    error: 'invalid_tenant',
    text: (p) =>
      `Tenant '${p.tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  },
  500011: {
    error: 'invalid_resource',
    text: (p) =>
      `The resource principal named ${p.resource} was not found in the tenant named ${p.tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  },
  // Throttling and transient outage, sent with HTTP 429 / 503 and Retry-After.
  90055: {
    error: 'temporarily_unavailable',
    text: () =>
      'TenantThrottlingError - There are too many incoming requests. This exception is thrown for blocked tenants.',
  },
  90033: {
    error: 'temporarily_unavailable',
    text: () => 'A transient error has occurred. Please try again.',
  },
  65004: { error: 'access_denied', text: () => 'User declined to consent to access the app.' },
  50148: {
    error: 'invalid_grant',
    text: () =>
      'The code_verifier does not match the code_challenge supplied in the authorization request for PKCE.',
  },
  500112: {
    error: 'invalid_grant',
    text: () =>
      'The reply address does not match the reply address provided when requesting Authorization code.',
  },
  70008: {
    error: 'invalid_grant',
    text: () =>
      'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  },
  900144: {
    error: 'invalid_request',
    text: (p) => `The request body must contain the following parameter: '${p.parameter}'.`,
  },
  // Not verified: the code Entra attaches to an unsupported response_type.
  900011: {
    error: 'unsupported_response_type',
    text: () =>
      "The provided value for the input parameter 'response_type' is not allowed for this request. Expected value: 'code'.",
  },
  70003: {
    error: 'unsupported_grant_type',
    text: () => 'The app requested an unsupported grant type.',
  },
  28000: {
    error: 'invalid_scope',
    text: () =>
      'Provided value for the input parameter scope is not valid because it contains more than one resource.',
  },
  70011: {
    error: 'invalid_scope',
    text: (p) =>
      `The provided value for the input parameter 'scope' is not valid. The scope ${p.scope} is not valid.`,
  },
  50020: {
    error: 'invalid_grant',
    text: (p) =>
      `User account '${p.email}' from identity provider '${p.idp}' does not exist in tenant '${p.tenant}' and cannot access the application '${p.clientId}'(${p.appName}) in that tenant.`,
  },
} satisfies Record<number, CatalogEntry>;

export type AadstsCode = keyof typeof AADSTS;

export interface AadErrorBody {
  error: OAuthError;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
}

/** "2024-10-03 18:40:55Z", the timestamp format in Entra error bodies. */
export function aadTimestamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

export function aadErrorBody(
  code: AadstsCode,
  opts: { baseUrl: string; now: number; correlationId?: string; params?: Record<string, string> },
): AadErrorBody {
  const entry: CatalogEntry = AADSTS[code];
  const timestamp = aadTimestamp(opts.now);
  const traceId = randomUUID();
  const correlationId = opts.correlationId || randomUUID();
  const body: AadErrorBody = {
    error: entry.error,
    error_description: `AADSTS${code}: ${entry.text(opts.params ?? {})}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${opts.baseUrl}/error?code=${code}`,
  };
  if (entry.suberror) body.suberror = entry.suberror;
  return body;
}

/** The one-line text of a code, for the emulator's own HTML error pages. */
export function aadstsText(code: AadstsCode, params: Record<string, string> = {}): string {
  const entry: CatalogEntry = AADSTS[code];
  return `AADSTS${code}: ${entry.text(params)}`;
}
