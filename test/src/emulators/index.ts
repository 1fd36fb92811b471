/**
 * The Microsoft-side emulators (a CONTRACT other parts of wcoa build on; change it only additively).
 *
 *   const ca = await createTestCa();                       // { caCertPem, caFile, issue(hostnames) }
 *   const idp = await startIdentityEmulator({ tls: ca, pollIntervalSec: 1 });
 *   idp.addUser({ email: 'scan@contoso.com' });            // tenant id derived from the domain
 *   // MSAL: auth { clientId: idp.clientId, authority: idp.authority('organizations'),
 *   //              knownAuthorities: [new URL(idp.url).host] },
 *   //       system { networkClient: caTrustingNetworkClient(ca.caCertPem) }  (or NODE_EXTRA_CA_CERTS=ca.caFile)
 *   const code = await idp.waitForCode();  await idp.approve(code.userCode, 'scan@contoso.com');
 *   const smtp = await startSmtpEmulator({ tls: ca, identity: idp });
 *   // nodemailer: { host: smtp.host, port: smtp.port, secure: false, requireTLS: true, tls: { ca: ca.caCertPem },
 *   //               auth: { type: 'OAuth2', user, accessToken } }
 *   const msg = await smtp.waitForMessage((m) => m.envelope.to.includes('x@contoso.com'));
 *
 * Identity emulator (https://127.0.0.1:PORT, Microsoft's paths and AADSTS dialect):
 *   GET  /{tenant}/v2.0/.well-known/openid-configuration, /common/discovery/instance, /{tenant}/discovery/v2.0/keys
 *   POST /{tenant}/oauth2/v2.0/devicecode, /{tenant}/oauth2/v2.0/token (device_code, URN device_code, refresh_token)
 *   GET  /devicelogin (also /common/oauth2/deviceauth, ?otc=CODE pre-fills): the sign-in pages
 *   GET  /{tenant}/oauth2/v2.0/authorize: authorization code + PKCE (S256) through the same pages,
 *        back to redirect_uri; redeemed with grant_type=authorization_code (see identity/auth-code.ts)
 *   /_emulator/*: control API for demos (see identity/routes/admin.ts)
 *   tenant: common | organizations | consumers | tenant id | tenant domain (<domain> or <label>.onmicrosoft.com)
 *   faults (setFault): see IDENTITY_FAULTS.
 * SMTP emulator (smtp.office365.com:587's behaviour): see smtp/start.ts.
 * Graph emulator (the v1.0 slice a tenant pre-flight reads, Graph tokens only): see graph/start.ts.
 *
 * All together: startEmulators() (one CA; SMTP and Graph switches also under /_emulator/smtp|graph/*;
 * one tenant: Graph's Conditional Access decides sign-ins, its security defaults lock SMTP AUTH).
 * Trust: Node clients pass ca.caCertPem (nodemailer tls.ca, httpsCall, caTrustingNetworkClient) or
 * run with NODE_EXTRA_CA_CERTS=ca.caFile; Chromium launches with chromiumTrustArgs(ca).
 * Sign-in page hooks for Playwright: see identity/routes/verification-ui.ts.
 * Figures: npx tsx test/src/emulators/bench/roundtrip.bench.ts
 */

export { graphAdminRoutes } from './graph/admin.ts';
export { conditionalAccessFault, type SignInFacts } from './graph/conditional-access.ts';
export {
  type ConditionalAccessPolicy,
  conditionalAccessPolicy,
  DIRECTORY_ROLES,
  type DirectoryRole,
  type GraphUserSettings,
  POLICY_READER_ROLES,
} from './graph/model.ts';
export {
  type GraphEmulator,
  type GraphEmulatorOptions,
  type GraphRequestRecord,
  startGraphEmulator,
} from './graph/start.ts';
export { type HttpsReply, httpsCall } from './https-call.ts';
export { AADSTS, type AadErrorBody, type AadstsCode, aadErrorBody } from './identity/aadsts.ts';
export {
  CONSUMER_TENANT_ID,
  DEFAULT_APP_NAMES,
  DEFAULT_CLIENT_ID,
  GRAPH_CLI_CLIENT_ID,
  type NewUser,
  PRINTER_CLIENT_ID,
} from './identity/directory.ts';
export { GRAPH_RESOURCE, OUTLOOK_RESOURCE } from './identity/scopes.ts';
export {
  type AccessTokenCheck,
  type IdentityEmulator,
  type IdentityEmulatorOptions,
  type PendingCode,
  startIdentityEmulator,
} from './identity/start.ts';
export {
  ALL_ACCOUNTS,
  IDENTITY_FAULTS,
  type IdentityFault,
  type SignInPolicy,
  type TokenRequestRecord,
} from './identity/state.ts';
export type { AccessTokenClaims } from './identity/tokens.ts';
export { caTrustingNetworkClient, deviceCodeToken, emulatorMsal } from './msal-network.ts';
export { smtpAdminRoutes } from './smtp/admin.ts';
export { type ExchangeHost, REPLIES } from './smtp/replies.ts';
export {
  type DeliveredMessage,
  type MailboxSettings,
  type SmtpEmulator,
  type SmtpEmulatorOptions,
  startSmtpEmulator,
  type TenantSettings,
  type TranscriptLine,
} from './smtp/start.ts';
export { agentEnvFor, type Emulators, startEmulators } from './start-all.ts';
export {
  chromiumTrustArgs,
  createTestCa,
  type EmulatorTls,
  type KeyAndCert,
  LOOPBACK_NAMES,
  type TestCa,
} from './tls.ts';
