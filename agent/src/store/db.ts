import { chmodSync, closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { FLEET_COLUMNS, refreshFleetColumns } from '../printers/fleet-columns.ts';

export type Db = Database.Database;

/**
 * Schema migrations, in order; `user_version` records how many ran. Each runs in a transaction,
 * so a crash mid-migration leaves the previous schema.
 */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
   CREATE TABLE clients (
     id TEXT PRIMARY KEY, name TEXT NOT NULL, origin TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, last_used_at TEXT);
   CREATE TABLE accounts (
     id TEXT PRIMARY KEY, email TEXT, tenant TEXT NOT NULL, state TEXT NOT NULL, cause TEXT,
     home_account_id TEXT, updated_at TEXT NOT NULL);
   CREATE TABLE msal_cache (partition TEXT PRIMARY KEY, data BLOB NOT NULL, updated_at TEXT NOT NULL);
   CREATE TABLE test_mails (
     id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, account TEXT NOT NULL,
     from_addr TEXT NOT NULL, to_addr TEXT NOT NULL, smtp_host TEXT NOT NULL, smtp_port INTEGER NOT NULL,
     ok INTEGER NOT NULL, stage TEXT NOT NULL, reply TEXT, causes TEXT NOT NULL, timings TEXT NOT NULL,
     printer_id TEXT);
   CREATE INDEX test_mails_printer ON test_mails (printer_id, at);
   CREATE TABLE probes (
     id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, host TEXT NOT NULL, port INTEGER NOT NULL,
     ok INTEGER NOT NULL, result TEXT NOT NULL);`,
  // Printers the extension has seen (agent/src/printers): identity, and the last page of each kind.
  `CREATE TABLE printers (
     id TEXT PRIMARY KEY, origin TEXT NOT NULL, model TEXT, mac TEXT, serial TEXT, device_name TEXT,
     first_seen_at TEXT NOT NULL, last_seen_at TEXT NOT NULL, last_mail_at TEXT);
   CREATE INDEX printers_origin ON printers (origin);
   CREATE UNIQUE INDEX printers_mac ON printers (mac) WHERE mac IS NOT NULL;
   CREATE UNIQUE INDEX printers_serial ON printers (serial) WHERE serial IS NOT NULL;
   CREATE TABLE printer_pages (
     printer_id TEXT NOT NULL REFERENCES printers (id) ON DELETE CASCADE, page TEXT NOT NULL,
     seen_at TEXT NOT NULL, page_model TEXT NOT NULL, PRIMARY KEY (printer_id, page));
   CREATE INDEX probes_host ON probes (host, at);`,
  // The tenant pre-flight's last findings, reported by the extension with a printer's page (no token).
  `CREATE TABLE printer_tenant_reports (
     printer_id TEXT PRIMARY KEY REFERENCES printers (id) ON DELETE CASCADE,
     checked_at TEXT NOT NULL, report TEXT NOT NULL);`,
  // The fleet list: printers newest seen first, and each one's newest successful test mail, by index.
  `CREATE INDEX printers_last_seen ON printers (last_seen_at);
   CREATE INDEX test_mails_ok_printer ON test_mails (ok, printer_id, at);`,
  // Sealed rows that failed authentication are moved aside, not deleted (evidence), and the
  // accounts they held say why they need a new sign-in.
  `ALTER TABLE accounts ADD COLUMN reason TEXT;
   CREATE TABLE quarantine (
     id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, row_key TEXT NOT NULL,
     data BLOB NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL);`,
  // The fleet list reads each printer's few page fields from its own row, filled on write.
  `${FLEET_COLUMNS}
   ${refreshFleetColumns('1')};`,
];

/** A statement compiler for one database that compiles each SQL text once and hands back the same statement after. */
export function statementCache(db: Db): (text: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (text) => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement;
  };
}

/** Opens (creating, 0600) the store: WAL, full fsync on commit, foreign keys, migrations applied. */
export function openDb(path: string): Db {
  if (!existsSync(path)) closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let i = version; i < MIGRATIONS.length; i++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[i]!);
      db.pragma(`user_version = ${i + 1}`);
    })();
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) chmodSync(path + suffix, 0o600);
  }
  return db;
}
