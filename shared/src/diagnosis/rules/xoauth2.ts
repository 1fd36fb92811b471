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
];
