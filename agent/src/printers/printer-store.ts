import {
  isSaneInstant,
  PAGE_KINDS,
  type PageFields,
  type PageKind,
  type PageModel,
  PageModelSchema,
} from '@wcoa/shared/protocol';
import { newId } from '../pairing.ts';
import { type Db, statementCache } from '../store/db.ts';
import { parseStored, type SkipWarning } from '../store/history.ts';
import { refreshFleetColumns } from './fleet-columns.ts';

export type { SkipWarning };

/** A printer as the store knows it: where it answered last and what identifies it. */
export interface PrinterRecord {
  id: string;
  origin: string;
  model: string | null;
  mac: string | null;
  serial: string | null;
  deviceName: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  /** The newest mail job its job history listed as sent, when the page gave a date. */
  lastMailAt: string | null;
}

export interface SeenPage {
  seenAt: string;
  model: PageModel;
}

/** One printer as the fleet list needs it: the record and the few page fields the list shows. */
export interface FleetEntry {
  printer: PrinterRecord;
  /** The Email Server page's OAuth fields, or undefined when that page was never seen. */
  email:
    | Pick<
        PageFields,
        'authMethod' | 'currentStatus' | 'account' | 'smtpServer' | 'emailService' | 'oauthOffered'
      >
    | undefined;
  /** The job history's error codes as last seen (page order). */
  errorCodes: number[];
  /** The newest successful test mail for it (filed under its id or its current origin). */
  lastOkTestMailAt: string | null;
}

/** Pages that carry no printer state: frames, menus, logins, and what is not Web Config. */
const STATELESS_PAGES: ReadonlySet<PageKind> = new Set<PageKind>([
  'login',
  'webconfig-other',
  'not-webconfig',
]);
/** Pages worth remembering: every other kind (a kind added to PAGE_KINDS is kept unless listed above). */
const KEPT_PAGES: ReadonlySet<PageKind> = new Set(PAGE_KINDS.filter((kind) => !STATELESS_PAGES.has(kind)));

interface PrinterRow {
  id: string;
  origin: string;
  model: string | null;
  mac: string | null;
  serial: string | null;
  device_name: string | null;
  first_seen_at: string;
  last_seen_at: string;
  last_mail_at: string | null;
}

/** A row of the fleet query: the printer, its list columns (fleet-columns.ts), its newest good test mail. */
type FleetRow = [
  ...[
    id: string,
    origin: string,
    model: string | null,
    mac: string | null,
    serial: string | null,
    device_name: string | null,
    first_seen_at: string,
    last_seen_at: string,
    last_mail_at: string | null,
  ],
  emailSeen: number,
  authMethod: string | null,
  currentStatus: string | null,
  account: string | null,
  smtpServer: string | null,
  emailService: string | null,
  oauthOffered: number | null,
  errorCodes: string | null,
];

const ignore: SkipWarning = () => {};

function toRecord(r: PrinterRow, warn: SkipWarning): PrinterRecord {
  // Stored before reports were checked at the door, or edited since: a date that is not one, or
  // one in the future, would crash the sheet or silence the 60/90-day warnings.
  const lastMailAt = r.last_mail_at && isSaneInstant(r.last_mail_at) ? r.last_mail_at : null;
  if (r.last_mail_at && !lastMailAt) warn('stored last mail date skipped', { printer: r.id });
  return {
    id: r.id,
    origin: r.origin,
    model: r.model,
    mac: r.mac,
    serial: r.serial,
    deviceName: r.device_name,
    firstSeenAt: r.first_seen_at,
    lastSeenAt: r.last_seen_at,
    lastMailAt,
  };
}

/** `aa-bb-cc…`, `AABB.CCDD…` → `AA:BB:CC:DD:EE:FF`, so two pages' spellings compare equal. */
export function normaliseMac(mac: string | undefined): string | null {
  const hex = mac?.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
  if (hex?.length !== 12 || /^0+$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

function identityOf(pm: PageModel) {
  return {
    model: pm.model,
    mac: normaliseMac(pm.fields.network?.macAddress),
    serial: pm.fields.serialNumber?.trim().toUpperCase() || null,
    deviceName: pm.fields.network?.deviceName?.trim() || null,
  };
}

const later = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/**
 * Printers the extension has seen. Identity: a MAC address or serial number, where a page shows
 * one, wins over the address (DHCP moves printers; the same MAC at a new IP is the same printer);
 * otherwise the origin, as long as the model does not contradict it. When a page reveals that two
 * records are one printer (first seen by address, later by MAC), they are merged.
 */
export class PrinterStore {
  /** Each statement is compiled once per store and reused (the fleet list and every page seen run them). */
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(
    private readonly db: Db,
    private readonly warn: SkipWarning = ignore,
  ) {
    this.sql = statementCache(db);
    // SQLite's lower() folds ASCII only; names compare as JavaScript folds them (a device name may be any text).
    db.function('js_lower', { deterministic: true }, (v: unknown) =>
      typeof v === 'string' ? v.toLowerCase() : null,
    );
  }

  /** Records a page; returns the printer's id. */
  recordSeen(origin: string, pm: PageModel, at: string, lastMailAt?: string): string {
    return this.db.transaction(() => {
      const id = this.resolve(origin, pm, at);
      if (KEPT_PAGES.has(pm.page)) {
        this.sql(
          `INSERT INTO printer_pages (printer_id, page, seen_at, page_model) VALUES (?, ?, ?, ?)
             ON CONFLICT (printer_id, page) DO UPDATE SET seen_at = excluded.seen_at, page_model = excluded.page_model`,
        ).run(id, pm.page, at, JSON.stringify(pm));
      }
      // Test mails filed under this address (the extension knows a printer by its origin) are its own.
      this.sql('UPDATE test_mails SET printer_id = ? WHERE printer_id = ?').run(id, origin);
      if (lastMailAt) {
        const current = this.get(id)?.lastMailAt ?? null; // an unreadable one is replaced
        this.sql('UPDATE printers SET last_mail_at = ? WHERE id = ?').run(later(current, lastMailAt), id);
      }
      // The list's columns follow the pages (this one, or those a merge brought in).
      this.sql(refreshFleetColumns('p.id = ?')).run(id);
      return id;
    })();
  }

  private byColumn(column: 'mac' | 'serial', value: string | null): PrinterRow | undefined {
    if (!value) return undefined;
    return this.sql(`SELECT * FROM printers WHERE ${column} = ?`).get(value) as PrinterRow | undefined;
  }

  private resolve(origin: string, pm: PageModel, at: string): string {
    const seen = identityOf(pm);
    const byId = this.byColumn('mac', seen.mac) ?? this.byColumn('serial', seen.serial);
    // The record at this origin, unless what it knows contradicts the page (another printer took the IP).
    const atOrigin = (
      this.sql('SELECT * FROM printers WHERE origin = ? ORDER BY last_seen_at DESC').all(
        origin,
      ) as PrinterRow[]
    ).find(
      (r) =>
        !(seen.mac && r.mac && r.mac !== seen.mac) &&
        !(seen.serial && r.serial && r.serial !== seen.serial) &&
        !(seen.model && r.model && r.model !== seen.model),
    );
    let target = byId ?? atOrigin;
    if (byId && atOrigin && atOrigin.id !== byId.id && !this.conflicts(byId, atOrigin)) {
      this.merge(atOrigin.id, byId.id);
    }
    if (!target) {
      const id = newId();
      this.sql(
        `INSERT INTO printers (id, origin, model, mac, serial, device_name, first_seen_at, last_seen_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(id, origin, seen.model, seen.mac, seen.serial, seen.deviceName, at, at);
      return id;
    }
    target = this.sql('SELECT * FROM printers WHERE id = ?').get(target.id) as PrinterRow;
    // Leaving an address: mails filed under the old one stay with the printer, not with the address.
    if (target.origin !== origin) {
      this.sql('UPDATE test_mails SET printer_id = ? WHERE printer_id = ?').run(target.id, target.origin);
    }
    // Another record holding this MAC or serial would break the unique index: only fill in when free.
    const mac = target.mac ?? (this.byColumn('mac', seen.mac) ? null : seen.mac);
    const serial = target.serial ?? (this.byColumn('serial', seen.serial) ? null : seen.serial);
    this.sql(
      `UPDATE printers SET origin = ?, model = COALESCE(?, model), mac = ?, serial = ?,
           device_name = COALESCE(?, device_name), last_seen_at = ? WHERE id = ?`,
    ).run(origin, seen.model, mac, serial, seen.deviceName, at, target.id);
    return target.id;
  }

  private conflicts(a: PrinterRow, b: PrinterRow): boolean {
    return Boolean(
      (a.mac && b.mac && a.mac !== b.mac) ||
        (a.serial && b.serial && a.serial !== b.serial) ||
        (a.model && b.model && a.model !== b.model),
    );
  }

  /** Folds `from` into `into`: pages (the newer of each kind), test mails, dates, identity. */
  private merge(from: string, into: string): void {
    const a = this.sql('SELECT * FROM printers WHERE id = ?').get(from) as PrinterRow;
    this.sql(
      `INSERT INTO printer_pages (printer_id, page, seen_at, page_model)
         SELECT ?, page, seen_at, page_model FROM printer_pages WHERE printer_id = ?
         ON CONFLICT (printer_id, page) DO UPDATE SET seen_at = excluded.seen_at, page_model = excluded.page_model
           WHERE excluded.seen_at > printer_pages.seen_at`,
    ).run(into, from);
    this.sql('UPDATE test_mails SET printer_id = ? WHERE printer_id = ?').run(into, from);
    this.sql('DELETE FROM printers WHERE id = ?').run(from);
    this.sql(
      `UPDATE printers SET first_seen_at = MIN(first_seen_at, ?), model = COALESCE(model, ?),
           serial = COALESCE(serial, ?), mac = COALESCE(mac, ?), device_name = COALESCE(device_name, ?),
           last_mail_at = MAX(COALESCE(last_mail_at, ''), COALESCE(?, '')) WHERE id = ?`,
    ).run(a.first_seen_at, a.model, a.serial, a.mac, a.device_name, a.last_mail_at, into);
    this.sql("UPDATE printers SET last_mail_at = NULL WHERE last_mail_at = ''").run();
  }

  list(): PrinterRecord[] {
    return (this.sql('SELECT * FROM printers ORDER BY last_seen_at DESC').all() as PrinterRow[]).map((r) =>
      toRecord(r, this.warn),
    );
  }

  /**
   * Every printer with what the fleet list shows, newest seen first: the Email Server page's OAuth
   * fields and the job history's codes from the printer's own columns (one query of one table;
   * fleet-columns.ts fills them on write), and the newest successful test mail grouped once for all.
   */
  fleet(): FleetEntry[] {
    // The newest successful test mail of every printer, grouped once (an index answers it), matched
    // below by the printer's id or by its origin (mails recorded before the printer had an id). Joined
    // in SQL instead, SQLite built two automatic indexes over the grouped mails at every call: 41 ms
    // against 23 and 1 for the two queries apart, at 10,000 printers.
    const okMail = new Map(
      this.sql(
        `SELECT printer_id, MAX(at) FROM test_mails WHERE ok = 1 AND printer_id IS NOT NULL GROUP BY printer_id`,
      )
        .raw(true)
        .all() as [string, string][],
    );
    // Rows as arrays (better-sqlite3's raw mode): at 10,000 printers, building each row as an object
    // in C++ cost as much as the query; the columns are named once, below.
    const statement = this.sql(
      `SELECT id, origin, model, mac, serial, device_name, first_seen_at, last_seen_at, last_mail_at,
         email_seen, email_auth_method, email_current_status, email_account, email_smtp_server,
         email_service, email_oauth_offered, job_error_codes
       FROM printers ORDER BY last_seen_at DESC`,
    );
    const rows = statement.raw(true).all() as FleetRow[];
    return rows.map(
      ([
        id,
        origin,
        model,
        mac,
        serial,
        device_name,
        first_seen_at,
        last_seen_at,
        last_mail_at,
        emailSeen,
        authMethod,
        currentStatus,
        account,
        smtpServer,
        emailService,
        oauthOffered,
        errorCodes,
      ]) => ({
        printer: toRecord(
          { id, origin, model, mac, serial, device_name, first_seen_at, last_seen_at, last_mail_at },
          this.warn,
        ),
        email: emailSeen
          ? {
              authMethod: (authMethod ?? undefined) as PageFields['authMethod'],
              currentStatus: (currentStatus ?? undefined) as PageFields['currentStatus'],
              account: account ?? undefined,
              smtpServer: smtpServer ?? undefined,
              emailService: (emailService ?? undefined) as PageFields['emailService'],
              oauthOffered: oauthOffered === null ? undefined : oauthOffered === 1,
            }
          : undefined,
        errorCodes: codesOf(errorCodes),
        lastOkTestMailAt: later(okMail.get(id) ?? null, okMail.get(origin) ?? null),
      }),
    );
  }

  get(id: string): PrinterRecord | null {
    const row = this.sql('SELECT * FROM printers WHERE id = ?').get(id) as PrinterRow | undefined;
    return row ? toRecord(row, this.warn) : null;
  }

  /**
   * A printer as an admin names it: its id, its Web Config address (with or without scheme), its
   * host or IP, MAC, serial number or device name. Null when none or several match. SQLite narrows
   * the printers to those that could match; the exact rules below decide.
   */
  find(ref: string): PrinterRecord | null {
    const wanted = ref.trim();
    if (!wanted) return null;
    const exact = this.get(wanted);
    if (exact) return exact;
    const lower = wanted.toLowerCase().replace(/\/+$/, '');
    const mac = normaliseMac(wanted);
    const candidates = this.sql(
      `SELECT * FROM printers WHERE instr(lower(origin), ?) > 0 OR mac = ?
         OR js_lower(serial) = ? OR js_lower(device_name) = ?`,
    ).all(lower, mac, lower, lower) as PrinterRow[];
    const matches = candidates
      .map((r) => toRecord(r, this.warn))
      .filter((p) => {
        const url = new URL(p.origin);
        return (
          p.origin.toLowerCase() === lower ||
          url.host.toLowerCase() === lower ||
          url.hostname.toLowerCase() === lower ||
          (mac !== null && p.mac === mac) ||
          p.serial?.toLowerCase() === lower ||
          p.deviceName?.toLowerCase() === lower
        );
      });
    return matches.length === 1 ? matches[0]! : null;
  }

  /** The last page of each kind seen for this printer. */
  pages(id: string): Partial<Record<PageKind, SeenPage>> {
    const rows = this.sql('SELECT page, seen_at, page_model FROM printer_pages WHERE printer_id = ?').all(
      id,
    ) as Array<{ page: PageKind; seen_at: string; page_model: string }>;
    const pages: Partial<Record<PageKind, SeenPage>> = {};
    for (const r of rows) {
      const model = PageModelSchema.safeParse(parseStored(r.page_model));
      if (model.success) pages[r.page] = { seenAt: r.seen_at, model: model.data };
      else this.warn('stored page skipped', { printer: id, page: r.page });
    }
    return pages;
  }
}

/** The job history's codes as SQLite read them from a stored page: numbers only, anything else dropped. */
function codesOf(stored: string | null): number[] {
  const value = stored === null ? null : parseStored(stored);
  return Array.isArray(value) ? value.filter((c): c is number => Number.isInteger(c)) : [];
}
