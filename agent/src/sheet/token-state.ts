import type { AccountState } from '@wcoa/shared/protocol';
import type { Store } from '../store/store.ts';

/** The agent's own sign-in for a mailbox, as the sheet shows it: never a token, only dates. */
export interface TokenState {
  account: string;
  state: AccountState;
  /** When the newest access token msal holds stops working. */
  accessTokenExpiresAt: string | null;
  /** When a token was last issued (each refresh rotates the refresh token: its age starts here). */
  lastRefreshAt: string | null;
}

interface CachedCredential {
  home_account_id?: string;
  expires_on?: string | number;
  cached_at?: string | number;
}

const isoFromSeconds = (value: string | number | undefined): string | null => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? new Date(n * 1000).toISOString() : null;
};

const newest = (values: Array<string | null>): string | null =>
  values
    .filter((v): v is string => v !== null)
    .sort()
    .at(-1) ?? null;

/**
 * Reads the state of `email`'s sign-in from the store and the dates from msal's (sealed) cache,
 * in memory only. Null when the agent holds no sign-in for that mailbox.
 */
export function tokenStateOf(store: Store, authorityHost: string, email: string): TokenState | null {
  const account = store.getAccount(email.toLowerCase());
  if (!account) return null;
  let accessTokenExpiresAt: string | null = null;
  let lastRefreshAt: string | null = null;
  const serialized = store.readMsalCache(`${authorityHost}/${account.tenant}`);
  if (serialized && account.homeAccountId) {
    try {
      const cache = JSON.parse(serialized) as {
        AccessToken?: Record<string, CachedCredential>;
      };
      const mine = Object.values(cache.AccessToken ?? {}).filter(
        (t) => t.home_account_id === account.homeAccountId,
      );
      accessTokenExpiresAt = newest(mine.map((t) => isoFromSeconds(t.expires_on)));
      lastRefreshAt = newest(mine.map((t) => isoFromSeconds(t.cached_at)));
    } catch {
      // A cache msal could not write whole: show the dates as unknown rather than fail the sheet.
    }
  }
  return { account: account.id, state: account.state, accessTokenExpiresAt, lastRefreshAt };
}
