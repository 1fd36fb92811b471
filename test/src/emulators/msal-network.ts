/**
 * An MSAL network client that trusts one extra CA (the emulators' test CA) for this client only.
 *
 * msal-node 7 fetches through the global `fetch`, which trusts NODE_EXTRA_CA_CERTS only when that
 * is set before the process starts. In-process tests cannot do that, and turning verification off
 * would test nothing, so MSAL gets `system.networkClient` = this module, which speaks https with
 * `ca` set. The agent can do the same with its caFile setting (or run with NODE_EXTRA_CA_CERTS).
 */
import { request } from 'node:https';
import {
  type INetworkModule,
  type NetworkRequestOptions,
  type NetworkResponse,
  PublicClientApplication,
} from '@azure/msal-node';
import type { IdentityEmulator } from './identity/start.ts';

export function caTrustingNetworkClient(caPem: string): INetworkModule {
  const send = <T>(method: 'GET' | 'POST', url: string, options?: NetworkRequestOptions) =>
    new Promise<NetworkResponse<T>>((resolve, reject) => {
      const req = request(url, { method, ca: caPem, headers: options?.headers ?? {} }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
          try {
            resolve({
              headers,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T,
              status: res.statusCode ?? 0,
            });
          } catch (e) {
            reject(e);
          }
        });
      });
      req.on('error', reject);
      if (method === 'POST') req.end(options?.body ?? '');
      else req.end();
    });
  return {
    sendGetRequestAsync: (url, options) => send('GET', url, options),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
  };
}

/** msal-node's public client for an app of the identity emulator, trusting the emulators' CA. */
export function emulatorMsal(
  idp: Pick<IdentityEmulator, 'clientId' | 'url' | 'authority'>,
  caPem: string,
  opts: { tenant?: string; clientId?: string } = {},
): PublicClientApplication {
  return new PublicClientApplication({
    auth: {
      clientId: opts.clientId ?? idp.clientId,
      authority: idp.authority(opts.tenant ?? 'organizations'),
      knownAuthorities: [new URL(idp.url).host],
    },
    system: { networkClient: caTrustingNetworkClient(caPem) },
  });
}

/** An access token for `email` by the device-code flow, approved at the emulator as soon as it is shown. */
export async function deviceCodeToken(
  idp: Pick<IdentityEmulator, 'clientId' | 'url' | 'authority' | 'approve'>,
  caPem: string,
  email: string,
  scopes: string[],
): Promise<string> {
  const result = await emulatorMsal(idp, caPem).acquireTokenByDeviceCode({
    scopes,
    deviceCodeCallback: (code) => void idp.approve(code.userCode, email),
  });
  if (!result) throw new Error(`no token for ${email}`);
  return result.accessToken;
}
