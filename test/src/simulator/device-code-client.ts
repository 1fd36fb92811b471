import { request } from 'node:https';

/**
 * The printer's side of Microsoft's device-code flow (RFC 8628), as Web Config runs it against the
 * identity emulator: POST devicecode, then poll token. The emulator's certificate comes from the
 * test CA, so requests trust that CA alone.
 */
export interface PrinterIdentity {
  /** https://127.0.0.1:PORT of the identity emulator. */
  url: string;
  clientId: string;
  /** PEM of the CA the emulator's certificate chains to. */
  caCertPem: string;
  tenant?: string;
}

export const PRINTER_SCOPE = 'openid profile offline_access https://outlook.office.com/SMTP.Send';

function postForm(
  url: string,
  form: Record<string, string>,
  ca: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const body = new URLSearchParams(form).toString();
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        ca,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as Record<string, unknown> });
          } catch {
            reject(new Error(`identity answered ${res.statusCode} with non-JSON`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export interface DeviceCodeStart {
  deviceCode: string;
  userCode: string;
  verificationUri: string;
  intervalSec: number;
  expiresAt: number;
}

export async function startDeviceCode(identity: PrinterIdentity): Promise<DeviceCodeStart> {
  const tenant = identity.tenant ?? 'organizations';
  const { status, json } = await postForm(
    `${identity.url}/${tenant}/oauth2/v2.0/devicecode`,
    { client_id: identity.clientId, scope: PRINTER_SCOPE },
    identity.caCertPem,
  );
  if (status !== 200) throw new Error(String(json.error_description ?? json.error ?? status));
  return {
    deviceCode: String(json.device_code),
    userCode: String(json.user_code),
    verificationUri: String(json.verification_uri),
    intervalSec: Number(json.interval ?? 5),
    expiresAt: Date.now() + Number(json.expires_in ?? 900) * 1000,
  };
}

export type PollResult =
  | { state: 'pending' }
  | { state: 'signed-in'; account: string; refreshToken: string | null }
  | { state: 'failed'; error: string; description: string };

function claimsOf(jwt: unknown): Record<string, unknown> {
  if (typeof jwt !== 'string') return {};
  const payload = jwt.split('.')[1];
  if (!payload) return {};
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** One poll of the token endpoint. */
export async function pollDeviceCode(identity: PrinterIdentity, deviceCode: string): Promise<PollResult> {
  const tenant = identity.tenant ?? 'organizations';
  const { status, json } = await postForm(
    `${identity.url}/${tenant}/oauth2/v2.0/token`,
    {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      client_id: identity.clientId,
      device_code: deviceCode,
    },
    identity.caCertPem,
  );
  if (status === 200) {
    const claims = { ...claimsOf(json.access_token), ...claimsOf(json.id_token) };
    const account = String(claims.preferred_username ?? claims.upn ?? claims.unique_name ?? '');
    return {
      state: 'signed-in',
      account,
      refreshToken: typeof json.refresh_token === 'string' ? json.refresh_token : null,
    };
  }
  const error = String(json.error ?? 'unknown');
  if (error === 'authorization_pending' || error === 'slow_down') return { state: 'pending' };
  return { state: 'failed', error, description: String(json.error_description ?? '') };
}
