import type { Prepared } from '../prepare.ts';
import type { Recogniser, Span } from '../recogniser.ts';

/**
 * token-user-mismatch read from the text itself: the XOAUTH2 `user=` (plain, or inside the base64
 * initial response "dXNlcj0…") names one account and the token's claims (upn, preferred_username,
 * unique_name, email) or a "signed in as …" line another. Linear scans, bounded counts.
 */
const MAX_ITEMS = 20;
const MAX_BASE64 = 8_192;
const ADDRESS = /^[^\s@"'<>,;^]{1,64}@[^\s@"'<>,;^]{1,190}$/;

function xoauth2Users(text: string): Set<string> {
  const users = new Set<string>();
  const plain = /user=([^\s"'<>,;^]{3,254})/g;
  for (const m of text.matchAll(plain)) {
    addAddress(users, m[1] ?? '');
    if (users.size >= MAX_ITEMS) return users;
  }
  // base64("user=") starts "dXNlcj"; decode bounded tokens only.
  for (const m of text.matchAll(/dXNlcj[A-Za-z0-9+/]{4,8192}={0,2}/g)) {
    const decoded = decodeBase64(m[0].slice(0, MAX_BASE64));
    const user = decoded
      ? /^user=([^\s^]{3,254})/.exec(decoded.split(String.fromCharCode(1))[0] ?? '')
      : null;
    if (user) addAddress(users, user[1] ?? '');
    if (users.size >= MAX_ITEMS) break;
  }
  return users;
}

function tokenAccounts(text: string): Set<string> {
  const accounts = new Set<string>();
  const claims = /"(?:upn|preferred_username|unique_name|email)"[ \t]{0,8}:[ \t]{0,8}"([^"]{3,254})"/g;
  const signedIn = /\b(?:signed|logged)[ -]in as[ \t]{1,8}<?([^\s<>"',;]{3,254})/gi;
  for (const pattern of [claims, signedIn]) {
    for (const m of text.matchAll(pattern)) {
      addAddress(accounts, m[1] ?? '');
      if (accounts.size >= MAX_ITEMS) return accounts;
    }
  }
  return accounts;
}

function addAddress(set: Set<string>, candidate: string): void {
  const address = candidate.replace(/[.)\]>]+$/, '').toLowerCase();
  if (ADDRESS.test(address)) set.add(address);
}

function decodeBase64(data: string): string | null {
  try {
    return atob(data);
  } catch {
    return null;
  }
}

function findMismatch(prepared: Prepared): Span | null {
  const users = xoauth2Users(prepared.text);
  if (users.size === 0) return null;
  const accounts = tokenAccounts(prepared.text);
  if (accounts.size === 0 || [...users].some((user) => accounts.has(user))) return null;
  const user = [...users][0] ?? '';
  const account = [...accounts][0] ?? '';
  const index = Math.max(0, prepared.text.toLowerCase().indexOf(account));
  return { evidence: `user=${user} ≠ ${account}`, index };
}

/**
 * The server's error challenge to a refused token (RFC 7628 §3.2.2 for OAUTHBEARER, Google's XOAUTH2
 * the same way): `334 ` and base64 of a JSON object whose `status` says why, before the client's empty
 * line and the final 535. "invalid_token" / "401": the token is not valid for this server (expired,
 * revoked, another audience); "insufficient_scope" / "403": it lacks the scope the server names.
 */
const CHALLENGE = /\b334[ \t-]{1,8}(eyJ[A-Za-z0-9+/]{8,4096}={0,2})/g;
const MAX_CHALLENGES = 20;

export interface ChallengeStatus {
  status: string;
  scope?: string;
}

/** The status (and scope) a base64 JSON error challenge carries, or null when it is not one. */
export function challengeStatus(base64: string): ChallengeStatus | null {
  const json = decodeBase64(base64.slice(0, MAX_BASE64));
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { status, scope } = value as Record<string, unknown>;
  if (typeof status !== 'string' && typeof status !== 'number') return null;
  return {
    status: String(status).slice(0, 40),
    ...(typeof scope === 'string' ? { scope: scope.slice(0, 200) } : {}),
  };
}

interface Challenge extends ChallengeStatus {
  /** The reply as written (`334 eyJ…`) and where it starts. */
  reply: string;
  index: number;
}

/** A text's challenges, decoded once for both recognisers that read them. */
const decoded = new WeakMap<Prepared, Challenge[]>();

function challengesOf(prepared: Prepared): Challenge[] {
  let found = decoded.get(prepared);
  if (!found) {
    found = [];
    let n = 0;
    for (const m of prepared.text.matchAll(CHALLENGE)) {
      if (++n > MAX_CHALLENGES) break;
      const status = challengeStatus(m[1] ?? '');
      if (status) found.push({ ...status, reply: m[0], index: m.index ?? 0 });
    }
    decoded.set(prepared, found);
  }
  return found;
}

function findChallenge(prepared: Prepared, statuses: ReadonlySet<string>): Span | null {
  const found = challengesOf(prepared).find((c) => statuses.has(c.status.toLowerCase()));
  if (!found) return null;
  const shown = found.reply.length > 60 ? `${found.reply.slice(0, 60)}…` : found.reply;
  const scope = found.scope ? `, scope ${found.scope}` : '';
  return { evidence: `${shown} (status ${found.status}${scope})`, index: found.index };
}

const TOKEN_INVALID = new Set(['invalid_token', '401']);
const SCOPE_MISSING = new Set(['insufficient_scope', '403']);

/** The challenge with one of `statuses`: above the 535 that follows it, as the server's own reason. */
function challengeRecogniser(
  name: string,
  statuses: ReadonlySet<string>,
  causes: Recogniser['causes'],
): Recogniser {
  const find = (prepared: Prepared) => findChallenge(prepared, statuses);
  return { name, kind: 'smtp-reply', weight: 92, find, causes, confidence: 'likely' };
}

export const XOAUTH2_RECOGNISERS: readonly Recogniser[] = [
  {
    // Above 5.7.3 (90): when the text shows the two accounts, that is the reason the token was refused.
    name: 'xoauth2-user-not-token-account',
    kind: 'smtp-reply',
    weight: 93,
    find: findMismatch,
    causes: ['token-user-mismatch'],
    confidence: 'certain',
  },
  challengeRecogniser('xoauth2-challenge-invalid-token', TOKEN_INVALID, ['token-rejected', 'token-audience']),
  challengeRecogniser('xoauth2-challenge-insufficient-scope', SCOPE_MISSING, [
    'token-audience',
    'token-rejected',
  ]),
];
