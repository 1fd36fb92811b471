import { MICROSOFT_CLOUD_LOGIN_HOSTS } from '@wcoa/shared/diagnosis';
import { GRAPH_CLI_CLIENT_ID } from '@wcoa/shared/protocol';
import { msalNode } from '../auth/msal-node.ts';
import { AgentNetworkModule } from '../auth/network.ts';

/** What Graph calls `wcoa setup` needs: make apps and service principals, grant consent. */
export const SETUP_GRAPH_SCOPES = [
  'https://graph.microsoft.com/Application.ReadWrite.All',
  'https://graph.microsoft.com/DelegatedPermissionGrant.ReadWrite.All',
];

export interface AdminSignIn {
  accessToken: string;
  account: string;
  tenantId: string;
}

/**
 * Signs the admin in with the device code flow as Microsoft Graph Command Line Tools (the first-party
 * public client Graph PowerShell uses, present in every tenant), for a Graph token that may create
 * the app registration. Nothing is cached: the token lives as long as this command.
 */
export async function signInAdmin(opts: {
  authorityHost: string;
  tenant: string;
  extraCa?: string;
  onCode(code: { verificationUri: string; userCode: string; expiresIn: number }): void;
}): Promise<AdminSignIn> {
  const { PublicClientApplication, LogLevel } = msalNode();
  const host = new URL(opts.authorityHost).host;
  const app = new PublicClientApplication({
    auth: {
      clientId: GRAPH_CLI_CLIENT_ID,
      authority: `${opts.authorityHost}/${opts.tenant}`,
      ...(MICROSOFT_CLOUD_LOGIN_HOSTS.has(host) ? {} : { knownAuthorities: [host] }),
    },
    system: {
      networkClient: new AgentNetworkModule(opts.extraCa ? { extraCa: opts.extraCa } : {}),
      loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Error, loggerCallback: () => {} },
    },
  });
  const result = await app.acquireTokenByDeviceCode({
    scopes: SETUP_GRAPH_SCOPES,
    deviceCodeCallback: (r) =>
      opts.onCode({ verificationUri: r.verificationUri, userCode: r.userCode, expiresIn: r.expiresIn }),
  });
  if (!result?.accessToken || !result.account) throw new Error('the sign-in returned no token');
  return {
    accessToken: result.accessToken,
    account: result.account.username,
    tenantId: result.tenantId || result.account.tenantId,
  };
}
