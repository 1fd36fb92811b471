import type { CauseId } from '@wcoa/shared/diagnosis';

/**
 * The one door from the agent to the shared cause catalog. Until shared/diagnosis exports
 * explain(), a minimal reading of the codes the agent itself meets (AADSTS numbers, OAuth errors,
 * SMTP enhanced codes, Node network errors); replace the body with explain() when it lands.
 */
const AADSTS: Record<string, CauseId> = {
  '50076': 'mfa-required',
  '50079': 'mfa-required',
  '53003': 'conditional-access-blocked',
  '530035': 'security-defaults-on',
  '65001': 'consent-missing',
  '700082': 'sign-in-expired',
  '70043': 'sign-in-expired',
  '50173': 'sign-in-expired',
  '700016': 'app-not-found',
  '50194': 'wrong-tenant-endpoint',
  '7000218': 'public-client-disabled',
  '700025': 'client-secret-sent',
  '70019': 'device-code-expired',
};
const SMTP: Array<[RegExp, CauseId[]]> = [
  [/5\.7\.139/, ['smtp-auth-disabled', 'security-defaults-on']],
  [/5\.7\.3\b/, ['token-rejected', 'token-audience', 'smtp-auth-disabled']],
  [/5\.7\.57/, ['not-authenticated']],
  [/5\.7\.60|SendAsDenied|5\.2\.252/i, ['sender-mismatch']],
  [/5\.7\.708/, ['ip-blocked']],
  [/4\.7\.66/, ['tls-too-old']],
  [/5\.7\.30/, ['basic-auth-rejected']],
  [/^4\d\d\b|\b4\.\d\.\d+/, ['transient-server-error']],
];
const OAUTH: Array<[RegExp, CauseId]> = [
  [/\bexpired_token\b/, 'device-code-expired'],
  [/\b(authorization_declined|access_denied)\b/, 'device-code-declined'],
  [/\binvalid_grant\b/, 'sign-in-expired'],
  [/\b(temporarily_unavailable|server_error)\b|HTTP 5\d\d|\b429\b/, 'transient-server-error'],
];
const NETWORK: Array<[RegExp, CauseId]> = [
  [/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET/, 'service-unreachable'],
  [/CERT_|certificate|self[- ]signed|UNABLE_TO_VERIFY|ERR_TLS_CERT/i, 'certificate-invalid'],
];

export function causesOf(text: string): CauseId[] {
  const found: CauseId[] = [];
  const add = (id: CauseId) => {
    if (!found.includes(id)) found.push(id);
  };
  for (const match of text.matchAll(/AADSTS(\d{5,7})/g)) {
    const id = AADSTS[match[1]!];
    if (id) add(id);
  }
  for (const [pattern, ids] of SMTP) if (pattern.test(text)) ids.forEach(add);
  for (const [pattern, id] of OAUTH) if (pattern.test(text)) add(id);
  for (const [pattern, id] of NETWORK) if (pattern.test(text)) add(id);
  return found;
}
