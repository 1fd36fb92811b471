/** Cause ids are a contract (DESIGN.md): add new ones, never rename. */
export const CAUSE_IDS = [
  'smtp-auth-disabled',
  'security-defaults-on',
  'conditional-access-blocked',
  'ca-blocks-device-code',
  'mfa-required',
  'consent-missing',
  'admin-role-missing',
  'sign-in-expired',
  'sign-in-required',
  'signed-in-not-saved',
  'sender-mismatch',
  'send-throttled',
  'token-rejected',
  'token-audience',
  'not-authenticated',
  'tls-too-old',
  'basic-auth-rejected',
  'ip-blocked',
  'mailbox-unlicensed',
  'wrong-server',
  'wrong-port',
  'wrong-secure-connection',
  'service-unreachable',
  'certificate-invalid',
  'certificate-validation-disabled',
  'app-not-found',
  'wrong-tenant-endpoint',
  'public-client-disabled',
  'client-secret-sent',
  'device-code-expired',
  'device-code-declined',
  'transient-server-error',
  'additional-network-unsupported',
  'oauth-not-supported',
  // Added for AADSTS 50126 / 50034 / 50055 / 50057 (wrong account or password, account missing,
  // expired or disabled): common in the field and none of the ids above says it.
  'credentials-invalid',
  // Added for issue 9 (December 2026): Entra registration and request faults, the XOAUTH2 user that is
  // not the token's, the end-of-2026 password switch-off (lint), and Direct Send refused by the tenant.
  'scope-invalid',
  'request-malformed',
  'redirect-uri-missing',
  'redirect-uri-wrong-platform',
  'client-secret-invalid',
  'token-user-mismatch',
  'basic-auth-retiring',
  'direct-send-rejected',
  // Added for SMTP servers other than Exchange (issue 10): what the agent's own connection meets.
  'server-tls-too-old',
  'agent-ca-untrusted',
  'smtp-line-too-long',
  'smtp-no-greeting',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export function isCauseId(value: string): value is CauseId {
  return (CAUSE_IDS as readonly string[]).includes(value);
}
