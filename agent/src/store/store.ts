import { createHash, timingSafeEqual } from 'node:crypto';
import type { CauseId } from '@wcoa/shared/diagnosis';
import type { Account, AccountReason, AccountState, Client } from '@wcoa/shared/protocol';
import type { SecretStore } from '../secrets/secret-store.ts';
import { newKey, open, seal } from './crypto.ts';
import { type Db, openDb } from './db.ts';

export class StoreKeyMismatchError extends Error {
  constructor(readonly backend: string) {
    super(`the store key in the ${backend} does not open the store`);
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

interface ClientRow {
  id: string;
  name: string;
  origin: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
}
interface AccountRow {
  id: string;
  email: string | null;
  tenant: string;
  state: AccountState;
  cause: CauseId | null;
  reason: AccountReason | null;
  home_account_id: string | null;
  updated_at: string;
}
export interface StoredAccount extends Account {
  homeAccountId: string | null;
}

const KEY_CHECK = 'wcoa-store-key-check';

/**
 * The embedded store. Every secret (the msal cache) is sealed with AES-256-GCM under the key the
 * SecretStore holds; every write is one SQLite transaction.
 */
export class Store {
  readonly db: Db;
  private readonly key: Buffer;
  /** Told when a sealed msal cache row failed authentication and was set aside (its partition). */
  onUnreadableCache: (partition: string) => void = () => {};

  constructor(
    path: string,
    readonly secrets: SecretStore,
  ) {
    this.db = openDb(path);
    this.key = this.loadKey();
  }

  private loadKey(): Buffer {
    const existing = this.secrets.read();
    const check = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('key_check') as
      | { value: Buffer }
      | undefined;
    if (existing) {
      const key = Buffer.from(existing, 'base64');
      if (check) {
        try {
          open(key, check.value, 'meta:key_check');
        } catch {
          throw new StoreKeyMismatchError(this.secrets.backend);
        }
      } else {
        this.db
          .prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
          .run('key_check', seal(key, KEY_CHECK, 'meta:key_check'));
      }
      return key;
    }
    if (check) throw new StoreKeyMismatchError(this.secrets.backend);
    const key = newKey();
    // Key first, then the check row: a crash between them leaves a key that opens an empty store.
    this.secrets.write(key.toString('base64'));
    this.db
      .prepare('INSERT INTO meta (key, value) VALUES (?, ?)')
      .run('key_check', seal(key, KEY_CHECK, 'meta:key_check'));
    return key;
  }

  close(): void {
    this.db.close();
  }

  /** Several writes as one: all or none, whatever instant the process dies at. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  // ── clients (paired extensions) ────────────────────────────────────────────

  addClient(client: { id: string; name: string; origin: string; token: string; createdAt: string }): void {
    this.db
      .prepare('INSERT INTO clients (id, name, origin, token_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(client.id, client.name, client.origin, hashToken(client.token), client.createdAt);
  }

  listClients(): Client[] {
    const rows = this.db.prepare('SELECT * FROM clients ORDER BY created_at').all() as ClientRow[];
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      origin: r.origin,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
    }));
  }

  removeClient(id: string): boolean {
    return this.db.prepare('DELETE FROM clients WHERE id = ?').run(id).changes > 0;
  }

  /** The pairing for this origin whose token matches, compared in constant time; touches last use. */
  authenticateClient(origin: string, token: string): Client | null {
    const presented = Buffer.from(hashToken(token), 'hex');
    const rows = this.db.prepare('SELECT * FROM clients WHERE origin = ?').all(origin) as ClientRow[];
    let match: ClientRow | null = null;
    for (const row of rows) {
      if (timingSafeEqual(Buffer.from(row.token_hash, 'hex'), presented)) match = row;
    }
    if (!match) return null;
    const now = new Date().toISOString();
    this.db.prepare('UPDATE clients SET last_used_at = ? WHERE id = ?').run(now, match.id);
    return {
      id: match.id,
      name: match.name,
      origin: match.origin,
      createdAt: match.created_at,
      lastUsedAt: now,
    };
  }

  // ── accounts ───────────────────────────────────────────────────────────────

  upsertAccount(a: {
    id: string;
    email: string | null;
    tenant: string;
    state: AccountState;
    cause?: CauseId | null;
    reason?: AccountReason | null;
    homeAccountId?: string | null;
  }): void {
    this.db
      .prepare(
        `INSERT INTO accounts (id, email, tenant, state, cause, reason, home_account_id, updated_at)
         VALUES (@id, @email, @tenant, @state, @cause, @reason, @home, @now)
         ON CONFLICT (id) DO UPDATE SET email = @email, tenant = @tenant, state = @state, cause = @cause,
           reason = @reason, home_account_id = COALESCE(@home, home_account_id), updated_at = @now`,
      )
      .run({
        id: a.id,
        email: a.email,
        tenant: a.tenant,
        state: a.state,
        cause: a.cause ?? null,
        reason: a.reason ?? null,
        home: a.homeAccountId ?? null,
        now: new Date().toISOString(),
      });
  }

  removeAccount(id: string): void {
    this.db.prepare('DELETE FROM accounts WHERE id = ?').run(id);
  }

  listAccounts(): StoredAccount[] {
    const rows = this.db.prepare('SELECT * FROM accounts ORDER BY id').all() as AccountRow[];
    return rows.map(toAccount);
  }

  getAccount(id: string): StoredAccount | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  // ── the msal token cache (sealed) ──────────────────────────────────────────

  /**
   * The partition's cache, or null. A row that fails authentication (changed on disk, copied from
   * another row, sealed under another key) can never open again: it is moved to the quarantine
   * table, the listener marks its accounts, and msal starts from an empty cache, so a fresh
   * sign-in works without anyone editing the database.
   */
  readMsalCache(partition: string): string | null {
    const row = this.db.prepare('SELECT data FROM msal_cache WHERE partition = ?').get(partition) as
      | { data: Buffer }
      | undefined;
    if (!row) return null;
    try {
      return open(this.key, row.data, `msal_cache:${partition}`).toString('utf8');
    } catch (error) {
      this.quarantineMsalCache(partition, row.data, error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  /** Opens every sealed cache row once (at start), so `wcoa status` is true before any token is asked for. */
  checkMsalCache(): string[] {
    const rows = this.db.prepare('SELECT partition FROM msal_cache').all() as Array<{ partition: string }>;
    return rows.map((r) => r.partition).filter((p) => this.readMsalCache(p) === null);
  }

  private quarantineMsalCache(partition: string, data: Buffer, reason: string): void {
    this.transaction(() => {
      this.db
        .prepare('INSERT INTO quarantine (source, row_key, data, reason, at) VALUES (?, ?, ?, ?, ?)')
        .run('msal_cache', partition, data, reason, new Date().toISOString());
      this.db.prepare('DELETE FROM msal_cache WHERE partition = ?').run(partition);
    });
    this.onUnreadableCache(partition);
  }

  /** Rows set aside, newest first (no data: sealed bytes are of no use to a reader). */
  listQuarantine(): Array<{ source: string; key: string; reason: string; at: string }> {
    return this.db
      .prepare('SELECT source, row_key AS key, reason, at FROM quarantine ORDER BY id DESC')
      .all() as Array<{ source: string; key: string; reason: string; at: string }>;
  }

  writeMsalCache(partition: string, serialized: string): void {
    this.db
      .prepare(
        `INSERT INTO msal_cache (partition, data, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (partition) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
      )
      .run(partition, seal(this.key, serialized, `msal_cache:${partition}`), new Date().toISOString());
  }
}

function toAccount(r: AccountRow): StoredAccount {
  return {
    id: r.id,
    email: r.email,
    tenant: r.tenant,
    state: r.state,
    ...(r.cause ? { cause: r.cause } : {}),
    ...(r.reason ? { reason: r.reason } : {}),
    updatedAt: r.updated_at,
    homeAccountId: r.home_account_id,
  };
}
