import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCauses } from '@wcoa/shared/diagnosis';
import { messagesFor } from '@wcoa/shared/i18n';
import { PrinterSeenResponseSchema, PrintersResponseSchema } from '@wcoa/shared/protocol';
import { detect } from '@wcoa/shared/webconfig';
import { runCli, startAgentProcess, tempHome } from '@wcoa/test/agent-process';
import { renderWebConfigPage } from '@wcoa/test/webconfig-pages';
import Database from 'better-sqlite3';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normaliseMac, PrinterStore } from '../src/printers/printer-store.ts';
import { countPasswordPrinters, oauthStateOf, summarise } from '../src/printers/summary.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { findChromium } from '../src/sheet/chromium.ts';
import { MIGRATIONS } from '../src/store/db.ts';
import { HistoryStore } from '../src/store/history.ts';
import { Store } from '../src/store/store.ts';
import { agentForTests } from './helpers/for-tests.ts';
import { deliveredMail, EMAIL, NETWORK, pageModel } from './printers-fixtures.ts';

function openStore() {
  const home = tempHome('wcoa-printers-');
  const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
  return { store, printers: new PrinterStore(store.db), history: new HistoryStore(store.db) };
}

const T = (minute: number) => new Date(Date.UTC(2026, 10, 24, 8, minute)).toISOString();
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A job history's time, as the printer's zone-less clock shows it, `ago` ms before `now`. */
function printerClock(now: number, ago: number): string {
  const at = new Date(now - ago);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

describe('printer identity', () => {
  it('normalises MAC spellings and refuses non-MACs', () => {
    expect(normaliseMac('58-05-d9-0c-85-bf')).toBe('58:05:D9:0C:85:BF');
    expect(normaliseMac('5805.D90C.85BF')).toBe('58:05:D9:0C:85:BF');
    expect(normaliseMac('00:00:00:00:00:00')).toBeNull();
    expect(normaliseMac('10.0.0.1')).toBeNull();
    expect(normaliseMac(undefined)).toBeNull();
  });

  it('pages of one origin are one printer; the same MAC at a new IP is the same printer', () => {
    const { printers } = openStore();
    const a = printers.recordSeen('http://10.0.0.5', pageModel('email-server-basic', EMAIL), T(0));
    expect(printers.recordSeen('http://10.0.0.5', pageModel('network-status', NETWORK), T(1))).toBe(a);
    const moved = printers.recordSeen(
      'http://10.0.0.77',
      pageModel('network-status', { network: { ...NETWORK.network, macAddress: '58-05-d9-0c-85-bf' } }),
      T(2),
    );
    expect(moved).toBe(a);
    expect(printers.list()).toHaveLength(1);
    expect(printers.get(a)!.origin).toBe('http://10.0.0.77');
    expect(Object.keys(printers.pages(a)).sort()).toEqual(['email-server-basic', 'network-status']);
  });

  it('merges a record made at a new address once a page there shows the known MAC', () => {
    const { printers, history } = openStore();
    const a = printers.recordSeen('http://10.0.0.5', pageModel('network-status', NETWORK), T(0));
    // DHCP moved it; the first page seen at the new address shows no MAC.
    const b = printers.recordSeen('http://10.0.0.9', pageModel('email-server-basic', EMAIL), T(1));
    expect(b).not.toBe(a);
    history.recordTestMail(deliveredMail(T(2), b));
    const c = printers.recordSeen('http://10.0.0.9', pageModel('network-status', NETWORK), T(3));
    expect(c).toBe(a);
    expect(printers.list().map((p) => p.id)).toEqual([a]);
    expect(printers.get(a)).toMatchObject({ origin: 'http://10.0.0.9', firstSeenAt: T(0) });
    expect(Object.keys(printers.pages(a)).sort()).toEqual(['email-server-basic', 'network-status']);
    expect(history.testMails(printers.get(a)!)).toHaveLength(1);
  });

  it('a different MAC, serial or model at a known address is another printer (the IP was reused)', () => {
    const { printers } = openStore();
    const a = printers.recordSeen('http://10.0.0.5', pageModel('network-status', NETWORK), T(0));
    const other = printers.recordSeen(
      'http://10.0.0.5',
      pageModel('network-status', { network: { macAddress: '64:EB:8C:00:00:01' } }),
      T(1),
    );
    expect(other).not.toBe(a);
    const byModel = printers.recordSeen('http://10.0.0.5', pageModel('login', {}, 'ET-4950'), T(2));
    expect([a, other]).not.toContain(byModel);
    const s1 = printers.recordSeen(
      'http://10.0.0.8',
      pageModel('product-status', { serialNumber: 'X1' }),
      T(3),
    );
    const s2 = printers.recordSeen(
      'http://10.0.0.8',
      pageModel('product-status', { serialNumber: 'X2' }),
      T(4),
    );
    expect(s2).not.toBe(s1);
    expect(
      printers.recordSeen('http://10.0.0.99', pageModel('product-status', { serialNumber: 'x1' }), T(5)),
    ).toBe(s1);
  });

  it('finds a printer by id, address, host, IP, MAC, serial or device name, and not when ambiguous', () => {
    const { printers } = openStore();
    const a = printers.recordSeen('http://10.0.0.5:8080', pageModel('network-status', NETWORK), T(0));
    printers.recordSeen(
      'http://10.0.0.5:8080',
      pageModel('product-status', { serialNumber: 'X5QZ01' }),
      T(1),
    );
    for (const ref of [
      a,
      'http://10.0.0.5:8080',
      'http://10.0.0.5:8080/',
      '10.0.0.5:8080',
      '10.0.0.5',
      '58-05-D9-0C-85-BF',
      'x5qz01',
      'epson0c85bf',
    ]) {
      expect(printers.find(ref)?.id, ref).toBe(a);
    }
    expect(printers.find('10.0.0.6')).toBeNull();
    // A device name is any text: it compares as JavaScript folds case, not only ASCII.
    const named = printers.recordSeen(
      'http://10.0.0.7',
      pageModel('network-status', { network: { deviceName: 'ÉPSON-Büro' } }),
      T(1),
    );
    expect(printers.find('épson-büro')?.id).toBe(named);
    printers.recordSeen('https://10.0.0.5', pageModel('login', {}, 'ET-4950'), T(2));
    expect(printers.find('10.0.0.5')).toBeNull();
  });

  it('counts test mails filed under the printer’s address (as the extension sends them) as its own', () => {
    const { printers, history } = openStore();
    const mail = (at: string) => deliveredMail(at, 'http://10.0.0.5');
    history.recordTestMail(mail(T(0)));
    const id = printers.recordSeen('http://10.0.0.5', pageModel('network-status', NETWORK), T(1));
    history.recordTestMail(mail(T(2)));
    expect(history.testMails(printers.get(id)!).map((mail) => mail.at)).toEqual([T(2), T(0)]);
    // The fleet list and the sheet read the same newest successful one (filed under the address).
    expect(printers.fleet().map((e) => e.lastOkTestMailAt)).toEqual([T(2)]);
    expect(history.lastOkTestMailAt(printers.get(id)!)).toBe(T(2));
    history.recordTestMail({ ...mail(T(3)), ok: false, printerId: id });
    expect(printers.fleet()[0]!.lastOkTestMailAt).toBe(T(2));
    // Moved to a new address: the mails stay with the printer.
    printers.recordSeen('http://10.0.0.6', pageModel('network-status', NETWORK), T(3));
    expect(history.testMails(printers.get(id)!)).toHaveLength(3);
    // The newer of the two wins, whether filed under the id or under an address.
    history.recordTestMail({ ...mail(T(4)), printerId: id });
    const other = printers.recordSeen('http://10.0.0.9', pageModel('product-status', {}, 'ET-4950'), T(4));
    // (Newest seen first: the other printer was seen last.)
    expect(printers.fleet().map((e) => [e.printer.id, e.lastOkTestMailAt])).toEqual([
      [other, null],
      [id, T(4)],
    ]);
  });

  it('does not keep frames, menus or logins as page state', () => {
    const { printers } = openStore();
    const id = printers.recordSeen('http://10.0.0.5', pageModel('webconfig-other', {}), T(0));
    printers.recordSeen('http://10.0.0.5', pageModel('login', {}), T(1));
    expect(printers.pages(id)).toEqual({});
  });
});

describe('printer summary', () => {
  it('reads the OAuth state the Email Server page showed', () => {
    expect(oauthStateOf(undefined)).toBe('not-seen');
    expect(oauthStateOf({ authMethod: 'smtp-auth' })).toBe('other-method');
    expect(oauthStateOf({ authMethod: 'oauth2', currentStatus: 'signed-in' })).toBe('signed-in');
    expect(oauthStateOf({ authMethod: 'oauth2' })).toBe('not-signed-in');
  });

  it('gives the last successful mail, its source and the days since on the clock given', () => {
    const { printers, history } = openStore();
    const id = printers.recordSeen(
      'http://10.0.0.5',
      pageModel('job-history', { errorCodes: [361, 360] }),
      T(0),
      '2026-09-01T08:00:00.000Z',
    );
    printers.recordSeen('http://10.0.0.5', pageModel('email-server-basic', EMAIL), T(1));
    const summary = (now: string) =>
      summarise(printers.fleet().find((e) => e.printer.id === id)!, new Date(now));
    // A clock a little behind the printer's mail: no negative days.
    expect(summary('2026-09-01T07:00:00.000Z')).toMatchObject({ daysSinceMail: 0 });
    expect(summary('2026-10-31T09:00:00.000Z')).toMatchObject({
      oauth: 'signed-in',
      account: 'scanner@contoso.com',
      lastMail: { at: '2026-09-01T08:00:00.000Z', source: 'job-history' },
      daysSinceMail: 60,
      errorCodes: [361, 360],
    });
    history.recordTestMail(deliveredMail('2026-11-01T08:00:00.000Z', id));
    // The agent's test mail is the agent's clock: it never resets the printer's 90 days.
    expect(summary('2026-11-03T09:00:00.000Z')).toMatchObject({
      lastMail: { source: 'job-history' },
      daysSinceMail: 63,
      lastTestMail: { at: '2026-11-01T08:00:00.000Z' },
    });
  });
});

describe('printers that send to Microsoft with a password (issue 9: basic-auth-retiring)', () => {
  it('flags them in the list and counts them; OAuth2 printers and other mail servers are not counted', () => {
    const { store, printers } = openStore();
    const password = {
      ...EMAIL,
      authMethod: 'smtp-auth' as const,
      emailService: undefined,
      currentStatus: undefined,
    };
    const a = printers.recordSeen('http://10.0.0.11', pageModel('email-server-basic', password), T(0));
    const b = printers.recordSeen(
      'http://10.0.0.12',
      pageModel('email-server-basic', { ...password, smtpServer: 'smtp-mail.outlook.com' }),
      T(1),
    );
    const oauth = printers.recordSeen('http://10.0.0.13', pageModel('email-server-basic', EMAIL), T(2));
    const other = printers.recordSeen(
      'http://10.0.0.14',
      pageModel('email-server-basic', { ...password, smtpServer: 'mail.example.org' }),
      T(3),
    );
    const fleet = printers.fleet();
    const flag = (id: string) =>
      summarise(fleet.find((entry) => entry.printer.id === id)!, new Date(T(5))).basicAuthRetiring;
    expect([a, b, oauth, other].map(flag)).toEqual([true, true, false, false]);
    expect(countPasswordPrinters(printers)).toBe(2);
    store.close();
  });
});

describe('the fleet list columns', () => {
  it('follow the pages: a newer Email Server page, a job history, a merge', () => {
    const { store, printers } = openStore();
    const a = printers.recordSeen('http://10.0.0.21', pageModel('email-server-basic', EMAIL), T(0));
    const email = () => printers.fleet().find((e) => e.printer.id === a)!.email;
    expect(email()).toMatchObject({ authMethod: 'oauth2', currentStatus: 'signed-in' });
    printers.recordSeen(
      'http://10.0.0.21',
      pageModel('email-server-basic', { ...EMAIL, authMethod: 'smtp-auth', currentStatus: undefined }),
      T(1),
    );
    expect(email()).toMatchObject({ authMethod: 'smtp-auth', account: EMAIL.account });
    expect(email()!.currentStatus).toBeUndefined();
    printers.recordSeen('http://10.0.0.21', pageModel('job-history', { errorCodes: [361, 360] }), T(2));
    expect(printers.fleet().find((e) => e.printer.id === a)!.errorCodes).toEqual([361, 360]);
    // A page first seen at another address, then known by its MAC: the merged record lists its email.
    const b = printers.recordSeen('http://10.0.0.30', pageModel('email-server-basic', EMAIL), T(3));
    const c = printers.recordSeen('http://10.0.0.31', pageModel('network-status', NETWORK), T(4));
    expect(printers.recordSeen('http://10.0.0.30', pageModel('network-status', NETWORK), T(5))).toBe(c);
    expect(printers.get(b)).toBeNull();
    expect(printers.fleet().find((e) => e.printer.id === c)!.email).toMatchObject({ authMethod: 'oauth2' });
    store.close();
  });

  it('are filled for every printer of an older store when it is opened', () => {
    // The pages as recordSeen stores them, and the list they give.
    const { store: current, printers: fresh } = openStore();
    const a = fresh.recordSeen('http://10.0.0.41', pageModel('email-server-basic', EMAIL), T(0));
    fresh.recordSeen('http://10.0.0.41', pageModel('job-history', { errorCodes: [361] }), T(1));
    const b = fresh.recordSeen('http://10.0.0.42', pageModel('network-status', NETWORK), T(2));
    const c = fresh.recordSeen('http://10.0.0.43', pageModel('email-server-basic', EMAIL), T(3));
    const expected = fresh.fleet();
    const printerColumns =
      'id, origin, model, mac, serial, device_name, first_seen_at, last_seen_at, last_mail_at';
    const rows = current.db.prepare(`SELECT ${printerColumns} FROM printers`).all();
    const pages = current.db.prepare('SELECT * FROM printer_pages').all() as Array<{ printer_id: string }>;
    current.close();

    // The same store as an agent before the list's columns left it (and a page there torn by hand).
    const home = tempHome('wcoa-printers-migrate-');
    const fleetMigration = MIGRATIONS.findIndex((m) => m.includes('email_seen'));
    const old = new Database(join(home, 'wcoa.db'));
    for (const migration of MIGRATIONS.slice(0, fleetMigration)) old.exec(migration);
    old.pragma(`user_version = ${fleetMigration}`);
    const insertPrinter = old.prepare(
      `INSERT INTO printers (${printerColumns}) VALUES (${'?, '.repeat(8)}?)`,
    );
    for (const row of rows) insertPrinter.run(Object.values(row as object));
    const insertPage = old.prepare(
      'INSERT INTO printer_pages VALUES (@printer_id, @page, @seen_at, @page_model)',
    );
    for (const page of pages)
      insertPage.run(page.printer_id === c ? { ...page, page_model: '{"broken' } : page);
    old.close();

    const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const migrated = new PrinterStore(store.db).fleet();
    expect(migrated.filter((e) => e.printer.id !== c)).toEqual(expected.filter((e) => e.printer.id !== c));
    expect(migrated.find((e) => e.printer.id === a)).toMatchObject({
      email: { authMethod: 'oauth2', account: EMAIL.account },
      errorCodes: [361],
    });
    expect(migrated.find((e) => e.printer.id === b)!.email).toBeUndefined();
    // A stored page that is not JSON reads as not seen, as before.
    expect(migrated.find((e) => e.printer.id === c)!.email).toBeUndefined();
    store.close();
  });

  it("flags a password to Microsoft exactly as lint's basic-auth-retiring does, for every spelling", () => {
    const servers = [
      'smtp.office365.com',
      'SMTP.Office365.com.',
      ' smtp-mail.outlook.com ',
      'mail.example.org',
      undefined,
    ];
    const methods = ['smtp-auth', 'oauth2', 'off', 'pop-before-smtp', undefined] as const;
    const { store, printers } = openStore();
    let n = 0;
    for (const smtpServer of servers) {
      for (const authMethod of methods) {
        const fields = { ...EMAIL, smtpServer, authMethod };
        const id = printers.recordSeen(`http://10.1.0.${++n}`, pageModel('email-server-basic', fields), T(n));
        const entry = printers.fleet().find((e) => e.printer.id === id)!;
        const lintSays = lintCauses(pageModel('email-server-basic', fields)).includes('basic-auth-retiring');
        expect(summarise(entry, new Date(T(60))).basicAuthRetiring, `${smtpServer} ${authMethod}`).toBe(
          lintSays,
        );
      }
    }
    store.close();
  });
});

describe('printers through the real agent process', () => {
  const agent = agentForTests();

  /** POST /v1/printers/seen as the extension reports a page; answers the printer's id. */
  async function reportSeen(body: Record<string, unknown>): Promise<string> {
    const seen = await agent.cli('POST', '/v1/printers/seen', body);
    expect(seen.status, seen.text).toBe(200);
    return PrinterSeenResponseSchema.parse(seen.json).printerId;
  }
  /** GET /v1/printers, as its schema reads it. */
  const listPrinters = async () =>
    PrintersResponseSchema.parse((await agent.cli('GET', '/v1/printers')).json);

  const cliEnv = () => ({ WCOA_HOME: agent.home, WCOA_PORT: String(agent.port), LANG: 'en_US.UTF-8' });
  // The first printer's last mail: five days and an hour before the agent's clock, five whole days.
  const lastMailAt = new Date(Date.now() - 5 * DAY_MS - HOUR_MS).toISOString();

  it('records pages (POST /v1/printers/seen) and lists printers (GET /v1/printers)', async () => {
    const printerId = await reportSeen({
      origin: 'http://192.0.2.10',
      pageModel: pageModel('network-status', NETWORK),
    });
    const again = await reportSeen({
      origin: 'http://192.0.2.10',
      pageModel: pageModel('email-server-basic', EMAIL),
      lastMailAt,
    });
    expect(again).toBe(printerId);

    const list = await listPrinters();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: printerId,
      origin: 'http://192.0.2.10',
      model: 'WF-2930',
      macAddress: '58:05:D9:0C:85:BF',
      oauth: 'signed-in',
      lastMail: { at: lastMailAt, source: 'job-history' },
      daysSinceMail: 5,
    });
  });

  it('refuses a bad origin or page model with a clear 400, in the caller’s language', async () => {
    const bad = await agent.cli('POST', '/v1/printers/seen', {
      origin: 'file:///etc/passwd',
      pageModel: pageModel('network-status', NETWORK),
    });
    expect(bad.status).toBe(400);
    const noModel = await agent.cli(
      'POST',
      '/v1/printers/seen',
      { origin: 'http://192.0.2.10' },
      {
        'accept-language': 'pt-BR',
      },
    );
    expect(noModel.status).toBe(400);
    expect((noModel.json as { error: { message: string } }).error.message).toMatch(/pageModel/);
  });

  it('answers the sheet as HTML (with a CSP that allows no script) in the language asked', async () => {
    const id = (await listPrinters())[0]!.id;
    const html = await agent.cli('GET', `/v1/printers/${id}/sheet?format=html&lang=pt`);
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.headers['content-security-policy']).toContain("default-src 'none'");
    expect(html.text).toContain(messagesFor('pt-PT').sheet.title);
    expect(html.text).toContain('58:05:D9:0C:85:BF');
    expect(html.text).toContain('scanner@contoso.com');
    // By address too, as the CLI allows.
    const byIp = await agent.cli('GET', `/v1/printers/${encodeURIComponent('192.0.2.10')}/sheet`);
    expect(byIp.status).toBe(200);
    expect(byIp.text).toContain(messagesFor('en').sheet.title);
  });

  it('says which printer is unknown (404) and what is wrong with format or lang (400)', async () => {
    const unknown = await agent.cli('GET', '/v1/printers/nope/sheet?format=html');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { code: 'printer-unknown' } });
    const id = (await listPrinters())[0]!.id;
    expect((await agent.cli('GET', `/v1/printers/${id}/sheet?format=docx`)).status).toBe(400);
    expect((await agent.cli('GET', `/v1/printers/${id}/sheet?lang=xx`)).status).toBe(400);
  });

  it('needs the CLI token or a paired extension like every other route', async () => {
    const anonymous = await agent.ext(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
      null,
      'GET',
      '/v1/printers',
    );
    // An unpaired extension origin gets the same answer as a wrong token: no hint of which origins are paired.
    expect(anonymous.status).toBe(401);
  });

  it('wcoa printers prints a table and --json the list; wcoa sheet prints HTML or writes a PDF', async () => {
    const table = await runCli(['printers'], cliEnv());
    expect(table.code).toBe(0);
    const [header, row] = table.stdout.trim().split('\n');
    expect(header).toMatch(/^ID\s+PRINTER\s+ADDRESS\s+OAUTH 2\.0\s+LAST MAIL\s+DAYS$/);
    expect(row).toMatch(
      /WF-2930 EPSON0C85BF\s+http:\/\/192\.0\.2\.10\s+Signed in\s+(\S+) \(job history\)\s+5$/,
    );
    expect(/(\S+) \(job history\)/.exec(row ?? '')?.[1]).toBe(lastMailAt.slice(0, 10));
    const json = await runCli(['printers', '--json'], cliEnv());
    expect(PrintersResponseSchema.parse(JSON.parse(json.stdout))).toHaveLength(1);

    const html = await runCli(['sheet', '192.0.2.10', '--lang', 'pt'], cliEnv());
    expect(html.code).toBe(0);
    expect(html.stdout).toContain(messagesFor('pt-PT').sheet.email.heading);

    const missing = await runCli(['sheet', '203.0.113.1'], cliEnv());
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('wcoa printers');

    const badLang = await runCli(['sheet', '192.0.2.10', '--lang', 'ko'], cliEnv());
    expect(badLang.code).toBe(1);
    expect(badLang.stderr).toMatch(/ko.*en.*pt-BR/);
  }, 90_000);

  it.skipIf(!hasPdfTools())('wcoa sheet --pdf writes an A4 PDF holding the printer’s fields', async () => {
    const file = join(tempHome('wcoa-pdf-'), 'sheet.pdf');
    const result = await runCli(['sheet', '58:05:D9:0C:85:BF', '--pdf', file], cliEnv());
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const value of [
      '192.0.2.10',
      '58:05:D9:0C:85:BF',
      'scanner@contoso.com',
      'smtp.office365.com',
      'STARTTLS',
    ]) {
      expect(text).toContain(value);
    }
  });

  it('without a Chromium the PDF is refused with a clear one-line message (503), HTML still works', async () => {
    const other = await startAgentProcess({ env: { WCOA_CHROMIUM: '/nonexistent/chromium' } });
    try {
      const seen = await other.cli('POST', '/v1/printers/seen', {
        origin: 'http://192.0.2.11',
        pageModel: pageModel('network-status', NETWORK),
      });
      const id = PrinterSeenResponseSchema.parse(seen.json).printerId;
      const pdf = await other.cli('GET', `/v1/printers/${id}/sheet?format=pdf`);
      expect(pdf.status).toBe(503);
      expect(pdf.json).toMatchObject({ error: { code: 'sheet-unavailable' } });
      expect((pdf.json as { error: { message: string } }).error.message).toContain('WCOA_CHROMIUM');
      const cli = await runCli(['sheet', id, '--pdf', join(tempHome(), 'x.pdf')], {
        WCOA_HOME: other.home,
        WCOA_PORT: String(other.port),
      });
      expect(cli.code).toBe(1);
      expect(cli.stderr).toMatch(/^wcoa: .*WCOA_CHROMIUM/);
      expect((await other.cli('GET', `/v1/printers/${id}/sheet`)).status).toBe(200);
    } finally {
      await other.stop();
    }
  }, 60_000);

  it('a job history page seen gives the printer its last mail, from the job history', async () => {
    // The page as the printer renders it, read by the real detector: the newest successful mail job wins.
    const now = Date.now();
    const mailed = printerClock(now, 3 * DAY_MS + 2 * HOUR_MS);
    const html = renderWebConfigPage({
      page: 'job-history',
      generation: 'advanced',
      lang: 'pt',
      model: 'WF-2930',
      state: {
        jobs: [
          { dateTime: printerClock(now, DAY_MS), code: 360 },
          { dateTime: printerClock(now, 2 * DAY_MS), typeText: 'Cópia' },
          { dateTime: mailed },
          { dateTime: printerClock(now, 20 * DAY_MS) },
        ],
      },
    });
    const jobs = detect(new JSDOM(html).window.document);
    expect(jobs.fields.lastMailAt).toBe(`${mailed.replace(' ', 'T')}:00`);
    // As the extension sends it: the printer's zone-less clock read as local time, as a UTC instant.
    const lastMailAt = new Date(jobs.fields.lastMailAt ?? '').toISOString();
    const printerId = await reportSeen({ origin: 'http://192.0.2.12', pageModel: jobs, lastMailAt });
    const printer = (await listPrinters()).find((p) => p.id === printerId);
    expect(printer).toMatchObject({
      origin: 'http://192.0.2.12',
      lastMail: { at: lastMailAt, source: 'job-history' },
      // The newest successful mail, not the failed one after it: three whole days ago.
      daysSinceMail: 3,
    });
  });

  it('follows the request’s language, else the printer’s own (the language of its newest page)', async () => {
    const printerId = await reportSeen({
      origin: 'http://192.0.2.44',
      pageModel: {
        ...pageModel('network-status', { network: { ipAddress: '192.0.2.44' } }, 'ET-5850'),
        lang: 'fr',
      },
    });
    const path = `/v1/printers/${printerId}/sheet?format=html`;
    expect((await agent.cli('GET', path)).text).toContain(messagesFor('fr').sheet.title);
    expect((await agent.cli('GET', path, undefined, { 'accept-language': 'es-MX,es;q=0.9' })).text).toContain(
      messagesFor('es').sheet.title,
    );
    expect((await agent.cli('GET', `${path}&lang=pt-BR`)).text).toContain(messagesFor('pt-BR').sheet.title);
  });
});

function hasPdfTools(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    findChromium();
    return true;
  } catch {
    console.warn('SKIP wcoa sheet --pdf: needs pdftotext (poppler-utils) and a Chromium');
    return false;
  }
}
