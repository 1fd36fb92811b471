/**
 * Signing keys and token minting. Access tokens look like the v1 tokens Exchange Online receives
 * (iss https://sts.windows.net/{tid}/, aud the resource, scp, upn/unique_name); id tokens are v2
 * (iss {authority}/{tid}/v2.0, aud the client id); client_info is base64url {uid, utid}, which MSAL
 * uses to build the account's home id. Personal-account access tokens are JWTs here, unlike Microsoft's
 * opaque ones, so one verifier serves both.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { App, User } from './directory.ts';
import type { ScopeRequest } from './scopes.ts';

export interface AccessTokenClaims extends JWTPayload {
  aud: string;
  iss: string;
  tid: string;
  oid: string;
  scp: string;
  upn: string;
  unique_name: string;
  preferred_username: string;
  appid: string;
  uti: string;
  iat: number;
  exp: number;
}

export interface Signer {
  jwks: JSONWebKeySet;
  kid: string;
  sign(claims: JWTPayload): Promise<string>;
  /** Signature, nbf and exp, judged at `now` (the emulator's clock). */
  verify(token: string, now: Date): Promise<JWTPayload>;
}

export async function createSigner(): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk: JWK = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const publicJwk = { ...jwk, kid, x5t: kid, use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [publicJwk] };
  const keySet = createLocalJWKSet(jwks);
  return {
    jwks,
    kid,
    sign: (claims) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid, x5t: kid }).sign(privateKey),
    verify: async (token, now) =>
      (await jwtVerify(token, keySet, { algorithms: ['RS256'], currentDate: now, clockTolerance: 0 }))
        .payload,
  };
}

export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** A per-application subject, as Entra's pairwise `sub`. */
function pairwiseSub(user: User, clientId: string): string {
  return createHash('sha256').update(`${user.oid}|${clientId}`).digest('base64url').slice(0, 43);
}

export interface MintInput {
  user: User;
  app: App;
  scopes: ScopeRequest;
  nowSec: number;
  accessTokenLifetimeSec: number;
  issuerBase: string;
}

export async function mintAccessToken(signer: Signer, m: MintInput): Promise<{ token: string; uti: string }> {
  const uti = randomToken(16);
  const claims: AccessTokenClaims = {
    aud: m.scopes.resource,
    iss: `https://sts.windows.net/${m.user.tenantId}/`,
    iat: m.nowSec,
    nbf: m.nowSec,
    exp: m.nowSec + m.accessTokenLifetimeSec,
    acr: '1',
    amr: ['pwd'],
    app_displayname: m.app.name,
    appid: m.app.clientId,
    appidacr: '0',
    idtyp: 'user',
    ipaddr: '127.0.0.1',
    name: m.user.displayName,
    oid: m.user.oid,
    scp: m.scopes.permissions.join(' '),
    sub: pairwiseSub(m.user, m.app.clientId),
    tid: m.user.tenantId,
    unique_name: m.user.email,
    upn: m.user.email,
    preferred_username: m.user.email,
    uti,
    ver: '1.0',
  };
  return { token: await signer.sign(claims), uti };
}

export function mintIdToken(signer: Signer, m: MintInput, nonce?: string): Promise<string> {
  return signer.sign({
    ...(nonce ? { nonce } : {}),
    aud: m.app.clientId,
    iss: `${m.issuerBase}/${m.user.tenantId}/v2.0`,
    iat: m.nowSec,
    nbf: m.nowSec,
    exp: m.nowSec + 3600,
    name: m.user.displayName,
    oid: m.user.oid,
    preferred_username: m.user.email,
    sub: pairwiseSub(m.user, m.app.clientId),
    tid: m.user.tenantId,
    uti: randomToken(16),
    ver: '2.0',
  });
}

export function clientInfo(user: User): string {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: user.tenantId })).toString('base64url');
}
