import type { CauseId } from '@wcoa/shared/diagnosis';
import {
  CauseIdSchema,
  type ProbeResponse,
  ProbeResponseSchema,
  type TenantReport,
  TenantReportSchema,
  type TestMailStage,
  TestMailStageSchema,
  type TestMailTimings,
} from '@wcoa/shared/protocol';
import { type Db, statementCache } from './db.ts';

/** A test mail as the agent keeps it (what its answer said, and the printer it was sent for). */
export interface TestMailRecord {
  at: string;
  account: string;
  from: string;
  to: string;
  smtpHost: string;
  smtpPort: number;
  ok: boolean;
  stage: TestMailStage;
  reply: string | null;
  causes: CauseId[];
  timings: TestMailTimings;
  /** The printer's id, or its origin when the extension knew it by address only; null from the CLI. */
  printerId: string | null;
}

/** A stored test mail as read back (the timings stay in the store: nothing shows them later). */
export type StoredTestMail = Omit<TestMailRecord, 'timings' | 'printerId'>;

export interface StoredProbe {
  at: string;
  result: ProbeResponse;
}

/** Told about a stored value the code cannot read (it is skipped; the rest still answers). */
export type SkipWarning = (what: string, detail: Record<string, unknown>) => void;
const ignore: SkipWarning = () => {};

/** JSON from a column, or undefined when it does not parse (a hand-edited or older store). */
export function parseStored(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface TestMailRow {
  id: number;
  at: string;
  account: string;
  from_addr: string;
  to_addr: string;
  smtp_host: string;
  smtp_port: number;
  ok: number;
  stage: string;
  reply: string | null;
  causes: string;
}

/** A printer as the history files things under it: its id, and the address it was known by. */
export interface FiledUnder {
  id: string;
  origin: string;
}

/**
 * What the agent did and was told, per printer: test mails, SMTP probes and the extension's tenant
 * reports. Written as the protocol types them; every read checks the row against the same types
 * (a hand-edited store, or one written by a newer agent, loses the row it cannot read, with a
 * warning, never the whole answer).
 */
export class HistoryStore {
  private readonly sql: ReturnType<typeof statementCache>;

  constructor(
    db: Db,
    private readonly warn: SkipWarning = ignore,
  ) {
    this.sql = statementCache(db);
  }

  // ── test mails ─────────────────────────────────────────────────────────────

  recordTestMail(r: TestMailRecord): void {
    this.sql(
      `INSERT INTO test_mails (at, account, from_addr, to_addr, smtp_host, smtp_port, ok, stage, reply, causes, timings, printer_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      r.at,
      r.account,
      r.from,
      r.to,
      r.smtpHost,
      r.smtpPort,
      r.ok ? 1 : 0,
      r.stage,
      r.reply,
      JSON.stringify(r.causes),
      JSON.stringify(r.timings),
      r.printerId,
    );
  }

  /** Test mails sent for this printer (filed under its id or its current origin), newest first. */
  testMails(printer: FiledUnder, limit = 20): StoredTestMail[] {
    const rows = this.sql(
      'SELECT * FROM test_mails WHERE printer_id IN (?, ?) ORDER BY at DESC, id DESC LIMIT ?',
    ).all(printer.id, printer.origin, limit) as TestMailRow[];
    return rows.flatMap((r) => {
      const stage = TestMailStageSchema.safeParse(r.stage);
      if (!stage.success) {
        this.warn('stored test mail skipped', { printer: printer.id, row: r.id });
        return [];
      }
      return [
        {
          at: r.at,
          account: r.account,
          from: r.from_addr,
          to: r.to_addr,
          smtpHost: r.smtp_host,
          smtpPort: r.smtp_port,
          ok: r.ok === 1,
          stage: stage.data,
          reply: r.reply,
          causes: this.causesOf(r, printer.id),
        },
      ];
    });
  }

  /** The cause ids this agent knows (one it does not, from a newer agent, is left out with a warning). */
  private causesOf(r: TestMailRow, printer: string): CauseId[] {
    const value = parseStored(r.causes);
    const all = Array.isArray(value) ? value : [];
    const known = all.flatMap((c) => {
      const id = CauseIdSchema.safeParse(c);
      return id.success ? [id.data] : [];
    });
    if (known.length !== all.length || !Array.isArray(value))
      this.warn('stored test mail causes skipped', { printer, row: r.id });
    return known;
  }

  /** The newest successful test mail for this printer (filed under its id or its current origin). */
  lastOkTestMailAt(printer: FiledUnder): string | null {
    const row = this.sql('SELECT MAX(at) AS at FROM test_mails WHERE ok = 1 AND printer_id IN (?, ?)').get(
      printer.id,
      printer.origin,
    ) as { at: string | null };
    return row.at;
  }

  // ── probes ─────────────────────────────────────────────────────────────────

  recordProbe(result: ProbeResponse): void {
    this.sql('INSERT INTO probes (at, host, port, ok, result) VALUES (?, ?, ?, ?, ?)').run(
      result.at,
      result.host,
      result.port,
      result.ok ? 1 : 0,
      JSON.stringify(result),
    );
  }

  /** The newest probe of this SMTP host (any port unless given) that still reads as a probe. */
  latestProbe(host: string, port?: number): StoredProbe | null {
    const row = (
      port === undefined
        ? this.sql('SELECT * FROM probes WHERE host = ? COLLATE NOCASE ORDER BY at DESC, id DESC').get(host)
        : this.sql(
            'SELECT * FROM probes WHERE host = ? COLLATE NOCASE AND port = ? ORDER BY at DESC, id DESC',
          ).get(host, port)
    ) as { id: number; at: string; result: string } | undefined;
    if (!row) return null;
    const result = ProbeResponseSchema.safeParse(parseStored(row.result));
    if (!result.success) {
      this.warn('stored probe skipped', { host, row: row.id });
      return null;
    }
    return { at: row.at, result: result.data };
  }

  // ── tenant reports ─────────────────────────────────────────────────────────

  /**
   * The extension's last "Check my tenant" findings, kept per printer as reported with its pages
   * (findings, names and the admin's account only: the Graph token never leaves the extension).
   * A newer check replaces an older one; an older report arriving late does not.
   */
  saveTenantReport(printerId: string, report: TenantReport): void {
    this.sql(
      `INSERT INTO printer_tenant_reports (printer_id, checked_at, report) VALUES (?, ?, ?)
       ON CONFLICT (printer_id) DO UPDATE SET checked_at = excluded.checked_at, report = excluded.report
       WHERE excluded.checked_at >= printer_tenant_reports.checked_at`,
    ).run(printerId, report.checkedAt, JSON.stringify(report));
  }

  /** The stored report, or null; one the code cannot read (bad JSON, bad dates) is skipped with a warning. */
  tenantReport(printerId: string): TenantReport | null {
    const row = this.sql('SELECT report FROM printer_tenant_reports WHERE printer_id = ?').get(printerId) as
      | { report: string }
      | undefined;
    if (!row) return null;
    const parsed = TenantReportSchema.safeParse(parseStored(row.report));
    if (!parsed.success) this.warn('stored tenant report skipped', { printer: printerId });
    return parsed.success ? parsed.data : null;
  }
}
