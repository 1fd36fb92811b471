import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { causeText, epsonJobCodeText } from '@wcoa/shared/diagnosis';
import { LANGS, type Lang, messagesFor } from '@wcoa/shared/i18n';
import { tempHome } from '@wcoa/test/agent-process';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { PrinterStore } from '../src/printers/printer-store.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { findChromium, NoChromiumError } from '../src/sheet/chromium.ts';
import { type SheetData, sheetData } from '../src/sheet/sheet-data.ts';
import { renderSheetHtml } from '../src/sheet/sheet-html.tsx';
import { PdfPrinter } from '../src/sheet/sheet-pdf.ts';
import { HistoryStore } from '../src/store/history.ts';
import { Store } from '../src/store/store.ts';
import { EMAIL, NETWORK, pageModel, probeResult } from './printers-fixtures.ts';

/** A text as a literal inside a RegExp. */
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AUTHORITY = 'https://login.microsoftonline.com';
const NOW = new Date('2026-11-24T12:00:00.000Z');
const HOME_ACCOUNT = 'uid.utid';

function openStore() {
  const home = tempHome('wcoa-sheet-');
  const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
  return { store, printers: new PrinterStore(store.db), history: new HistoryStore(store.db) };
}

/** A printer with every page, a failed then a delivered test mail, a probe and the agent's sign-in. */
function fullPrinter() {
  const { store, printers, history } = openStore();
  const origin = 'http://10.0.1.116';
  printers.recordSeen(
    origin,
    pageModel('product-status', { serialNumber: 'X5QZ012345' }),
    '2026-11-20T09:00:00.000Z',
  );
  printers.recordSeen(origin, pageModel('network-status', NETWORK), '2026-11-20T09:01:00.000Z');
  printers.recordSeen(
    origin,
    pageModel('email-server-basic', { ...EMAIL, sender: 'printer@contoso.com' }),
    '2026-11-20T09:02:00.000Z',
  );
  const id = printers.recordSeen(
    origin,
    pageModel('job-history', { errorCodes: [361] }),
    '2026-11-20T09:03:00.000Z',
    '2026-08-01T08:00:00.000Z',
  );
  const mail = {
    account: 'scanner@contoso.com',
    from: 'printer@contoso.com',
    to: 'scanner@contoso.com',
    smtpHost: 'smtp.office365.com',
    smtpPort: 587,
    timings: { dns: null, connect: null, tls: null, auth: null, send: null },
    printerId: id,
  };
  history.recordTestMail({
    ...mail,
    at: '2026-09-01T10:00:00.000Z',
    ok: true,
    stage: 'ok',
    reply: '250 2.0.0 OK',
    causes: [],
  });
  history.recordTestMail({
    ...mail,
    at: '2026-11-20T10:00:00.000Z',
    ok: false,
    stage: 'sender',
    reply: '554 5.2.252 SendAsDenied; scanner@contoso.com not allowed to send as printer@contoso.com',
    causes: ['sender-mismatch'],
  });
  history.recordProbe(probeResult('2026-11-20T10:05:00.000Z', '2027-03-01T00:00:00.000Z', 97));
  store.upsertAccount({
    id: 'scanner@contoso.com',
    email: 'scanner@contoso.com',
    tenant: 'contoso.com',
    state: 'signed-in',
    homeAccountId: HOME_ACCOUNT,
  });
  store.writeMsalCache(
    `${AUTHORITY}/contoso.com`,
    JSON.stringify({
      AccessToken: {
        k: {
          home_account_id: HOME_ACCOUNT,
          secret: 'AT-SECRET-MARKER',
          cached_at: String(Date.parse('2026-11-14T12:00:00Z') / 1000),
          expires_on: String(Date.parse('2026-11-14T13:00:00Z') / 1000),
        },
      },
      RefreshToken: { r: { home_account_id: HOME_ACCOUNT, secret: 'RT-SECRET-MARKER' } },
    }),
  );
  const printer = printers.get(id)!;
  return { store, printers, history, printer };
}

function dataFor(setup: ReturnType<typeof fullPrinter>, now = NOW): SheetData {
  return sheetData(
    {
      store: setup.store,
      printers: setup.printers,
      history: setup.history,
      authorityHost: AUTHORITY,
      version: '9.9.9',
    },
    setup.printer,
    now,
  );
}

/** The sheet's rows as label → text, read back from its HTML. */
function rowsOf(html: string): Map<string, string> {
  const doc = new JSDOM(html).window.document;
  return new Map(
    Array.from(doc.querySelectorAll('tr[data-field]'), (tr) => [
      tr.getAttribute('data-field')!,
      tr.querySelector('td')!.textContent!.trim(),
    ]),
  );
}

/** Every value of the full printer, as the sheet must show it (UTC), per language. */
function expectedFull(lang: Lang): Record<string, string | RegExp> {
  const v = messagesFor(lang).sheet.values;
  return {
    model: 'WF-2930',
    serialNumber: 'X5QZ012345',
    webConfig: 'http://10.0.1.116',
    deviceName: 'EPSON0C85BF',
    connection: 'Wi-Fi-433Mbps',
    ipAddress: '10.0.1.116',
    subnetMask: '255.255.255.0',
    gateway: '10.0.1.1',
    dns: '10.0.1.1, 10.0.1.2',
    ipv6: 'fe80::5a05:d9ff:fe0c:85bf/64',
    macAddress: '58:05:D9:0C:85:BF',
    authMethod: v.oauth2,
    emailService: v.exchangeOnline,
    currentStatus: v.signedIn,
    account: 'scanner@contoso.com',
    sender: 'printer@contoso.com',
    smtpServer: 'smtp.office365.com',
    smtpPort: '587',
    secureConnection: v.starttls,
    certificateValidation: v.disable,
    // Issue 9: Epson's own state for the code first (361: the connection expired), then our cause.
    errorCodes: new RegExp(
      `361\\s*[:：]\\s*${escapeRe(epsonJobCodeText(361, lang)?.state ?? '?')}[\\s\\S]*${escapeRe(causeText('sign-in-expired', lang).title)}`,
    ),
    testMailResult: new RegExp(messagesFor(lang).agent.stages.sender),
    testMailRoute: 'printer@contoso.com → scanner@contoso.com',
    testMailServer: 'smtp.office365.com:587',
    testMailReply: /SendAsDenied/,
    probeServer: 'smtp.office365.com:587',
    tlsVersion: 'TLSv1.3',
    certificateExpiry: /97/,
    xoauth2: v.yes,
    tokenAccount: 'scanner@contoso.com',
    tokenState: messagesFor(lang).sheet.token.states.signedIn,
    accessTokenExpires: /2026/,
    lastRefresh: /\b10\b/,
    lastMail: /2026/,
    // The printer's clock: its own mail (job history, 1 Aug), never the agent's newer test mail.
    lastMailSource: messagesFor(lang).sheet.mail.sources.jobHistory,
    daysSinceMail: '115',
    lapse: /\b115\b.*\b90\b/,
    lastTestMail: /2026/,
  };
}

describe('the network status sheet (HTML)', () => {
  for (const lang of ['en', 'pt-PT', 'pt-BR'] as const) {
    it(`shows every field of a printer with full data, in ${lang}`, () => {
      const setup = fullPrinter();
      const html = renderSheetHtml(dataFor(setup), { lang, timeZone: 'UTC' });
      const rows = rowsOf(html);
      for (const [field, want] of Object.entries(expectedFull(lang))) {
        const got = rows.get(field);
        expect(got, field).toBeDefined();
        if (typeof want === 'string') expect(got, field).toBe(want);
        else expect(got, field).toMatch(want);
      }
      expect([...rows.values()]).not.toContain(messagesFor(lang).sheet.notSeen);
      // Causes: the page's settings (cert validation off, sender ≠ account), the test mail, the job code.
      const doc = new JSDOM(html).window.document;
      const causes = Array.from(doc.querySelectorAll('[data-cause]'), (el) => el.getAttribute('data-cause'));
      expect(causes).toEqual(['sender-mismatch', 'certificate-validation-disabled', 'sign-in-expired']);
      expect(doc.querySelector('[data-cause="sender-mismatch"] .remedy li')).not.toBeNull();
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      expect(html).toContain(messagesFor(lang).sheet.title);
      // Dated, and never a secret.
      expect(doc.querySelector('.printed')!.textContent).toMatch(/2026/);
      expect(html).not.toMatch(/SECRET-MARKER/);
      setup.store.close();
    });
  }

  it('counts the printers that still send to Microsoft with a password, in each language', () => {
    const { store, printers, history } = openStore();
    const password = { ...EMAIL, authMethod: 'smtp-auth' as const, emailService: undefined };
    const id = printers.recordSeen(
      'http://10.0.3.1',
      pageModel('email-server-basic', password),
      NOW.toISOString(),
    );
    printers.recordSeen('http://10.0.3.2', pageModel('email-server-basic', password), NOW.toISOString());
    const data = sheetData(
      { store, printers, history, authorityHost: AUTHORITY, version: '1' },
      printers.get(id)!,
      NOW,
    );
    expect(data.passwordPrinters).toBe(2);
    expect(data.causes.map((c) => c.id)).toContain('basic-auth-retiring');
    for (const lang of ['en', 'pt-PT'] as const) {
      const doc = new JSDOM(renderSheetHtml(data, { lang })).window.document;
      const line = doc.querySelector('[data-testid="password-printers"]')?.textContent ?? '';
      expect(line).toMatch(/^2 /);
      expect(line).toContain(lang === 'en' ? 'December 2026' : 'dezembro de 2026');
    }
    store.close();
  });

  it('lists what is wrong on every mail settings page seen, as the overlay does (the Fax Server page too)', () => {
    const { store, printers, history } = openStore();
    const id = printers.recordSeen(
      'http://10.0.3.9',
      pageModel('fax-server-email', { ...EMAIL, smtpPort: 25, certificateValidation: true }),
      NOW.toISOString(),
    );
    const data = sheetData(
      { store, printers, history, authorityHost: AUTHORITY, version: '1' },
      printers.get(id)!,
      NOW,
    );
    expect(data.causes).toEqual([{ id: 'wrong-port', origin: 'page' }]);
    store.close();
  });

  it('says "not seen yet" for everything a printer seen only at its login page has not shown', () => {
    const { store, printers, history } = openStore();
    const id = printers.recordSeen('https://192.168.7.20', pageModel('login', {}, null), NOW.toISOString());
    const data = sheetData(
      { store, printers, history, authorityHost: AUTHORITY, version: '1' },
      printers.get(id)!,
      NOW,
    );
    for (const lang of ['en', 'pt-PT', 'pt-BR'] as const) {
      const notSeen = messagesFor(lang).sheet.notSeen;
      const rows = rowsOf(renderSheetHtml(data, { lang }));
      const shown = new Set(['webConfig', 'printerId', 'firstSeen']);
      for (const [field, text] of rows) {
        if (shown.has(field)) expect(text, field).not.toBe(notSeen);
        else expect(text, field).toBe(notSeen);
      }
      expect(rows.get('webConfig')).toBe('https://192.168.7.20');
      expect(rows.size).toBeGreaterThan(30);
    }
    store.close();
  });

  it('warns from day 60 without mail and calls the sign-in lapsed at day 90 (clock moved)', () => {
    const setup = fullPrinter();
    const last = Date.parse('2026-08-01T08:00:00.000Z'); // the printer's own last mail
    const at = (days: number) => new Date(last + days * 86_400_000 + 3_600_000);
    const lapse = (days: number) => {
      const html = renderSheetHtml(dataFor(setup, at(days)), { lang: 'en' });
      const doc = new JSDOM(html).window.document;
      return doc.querySelector('tr[data-field="lapse"] td span')!;
    };
    expect(lapse(59).className).toBe('ok');
    expect(lapse(59).textContent).toContain('31 days left');
    expect(lapse(60).className).toBe('warn');
    expect(lapse(89).className).toBe('warn');
    expect(lapse(90).className).toBe('bad');
    expect(lapse(90).textContent).toContain('has lapsed');
    setup.store.close();
  });

  it('prefers the job history when it holds the newer mail, and says so', () => {
    const { store, printers, history } = openStore();
    const id = printers.recordSeen(
      'http://10.0.0.2',
      pageModel('job-history', { errorCodes: [] }),
      NOW.toISOString(),
      '2026-11-23T07:00:00.000Z',
    );
    const data = sheetData(
      { store, printers, history, authorityHost: AUTHORITY, version: '1' },
      printers.get(id)!,
      NOW,
    );
    expect(data.lastMail).toEqual({ at: '2026-11-23T07:00:00.000Z', source: 'job-history' });
    const rows = rowsOf(renderSheetHtml(data, { lang: 'pt-PT' }));
    expect(rows.get('lastMailSource')).toBe(messagesFor('pt-PT').sheet.mail.sources.jobHistory);
    expect(rows.get('errorCodes')).toBe(messagesFor('pt-PT').sheet.jobs.noErrors);
    expect(rows.get('daysSinceMail')).toBe('1');
    store.close();
  });
});

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function chromiumPresent(): boolean {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}

const canPrint = hasPdftotext() && chromiumPresent();
if (!canPrint) {
  console.warn('SKIP sheet PDF tests: needs pdftotext (poppler-utils) and a Chromium (WCOA_CHROMIUM)');
}

describe.skipIf(!canPrint)('the network status sheet (PDF)', () => {
  const printer = new PdfPrinter({ idleMs: 1000 });
  afterAll(() => printer.close());

  const text = (pdf: Buffer) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

  for (const lang of LANGS) {
    it(`prints an A4 PDF holding every field, in ${lang}`, async () => {
      const setup = fullPrinter();
      const pdf = await printer.print(renderSheetHtml(dataFor(setup), { lang, timeZone: 'UTC' }), lang);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // pdfinfo names the paper: A4 (595 x 842 points).
      const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
      expect(info).toMatch(/Page size:.*\(A4\)/);
      const words = text(pdf).replace(/\s+/g, ' ');
      // Reading order without the layout (a wrapped label cell interleaves with its value) and spaces.
      const flowing = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
        .toString('utf8')
        .replace(/\s+/g, '');
      const m = messagesFor(lang).sheet;
      for (const label of [
        m.network.heading,
        m.email.heading,
        m.network.ipAddress,
        m.email.certificateValidation,
        m.testMail.heading,
        m.probe.heading,
        m.token.heading,
        m.mail.heading,
        m.causes.heading,
      ]) {
        expect(words, label).toContain(label);
      }
      for (const [field, want] of Object.entries(expectedFull(lang))) {
        if (typeof want === 'string') expect(words, field).toContain(want);
        else {
          // A PDF's text wraps long lines anywhere (Japanese has no spaces): else compare without whitespace.
          const source = want.source.replace(/^\^/, '');
          const found = new RegExp(source).test(words) || new RegExp(source.replace(/ /g, '')).test(flowing);
          expect(found, `${field}: ${source}`).toBe(true);
        }
      }
      expect(words).toContain(causeText('sender-mismatch', lang).title);
      // Only the footer's explanation of the phrase: no value is missing.
      expect(words.split(m.notSeen).length - 1).toBe(1);
      setup.store.close();
    });
  }

  it('prints requests that arrive together each with its own document (one page, taken in turn)', async () => {
    const docs = ['alpha-sheet', 'bravo-sheet', 'charlie-sheet'].map((w) => `<!doctype html><p>${w}</p>`);
    const pdfs = await Promise.all(docs.map((d) => printer.print(d)));
    expect(pdfs.map((pdf) => text(pdf).trim())).toEqual(['alpha-sheet', 'bravo-sheet', 'charlie-sheet']);
  });

  it('renders Japanese with a CJK font (Noto Sans CJK JP), not tofu', async () => {
    // The device name and account are the printer's own words: a Japanese office names its printer in Japanese.
    const html = renderSheetHtml(dataFor(fullPrinter()), { lang: 'en', timeZone: 'UTC' }).replace(
      'EPSON0C85BF',
      '経理部のプリンター',
    );
    expect(html).toContain('経理部のプリンター');
    const pdf = await printer.print(html, 'en');
    expect(text(pdf)).toContain('経理部のプリンター');
    // DejaVu and Liberation have no kana or kanji: the glyphs come from another embedded font
    // (Chromium embeds Noto Sans CJK's OpenType outlines as Type 3 fonts, without a name).
    const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8').split('\n').slice(2);
    expect(fonts.filter((line) => line.trim() && !/DejaVu|Liberation/.test(line)).length).toBeGreaterThan(0);
  });

  it('prints "not seen yet" for a printer with little data', async () => {
    const { store, printers, history } = openStore();
    const id = printers.recordSeen(
      'http://10.9.9.9',
      pageModel('network-status', { network: { ipAddress: '10.9.9.9' } }),
      NOW.toISOString(),
    );
    const data = sheetData(
      { store, printers, history, authorityHost: AUTHORITY, version: '1' },
      printers.get(id)!,
      NOW,
    );
    const words = text(await printer.print(renderSheetHtml(data, { lang: 'pt-PT' }), 'pt-PT'));
    expect(words).toContain('10.9.9.9');
    expect(words.split(messagesFor('pt-PT').sheet.notSeen).length - 1).toBeGreaterThan(25);
    store.close();
  });
});

describe('finding Chromium', () => {
  it('takes WCOA_CHROMIUM as given, and says clearly when that path is wrong, in the language asked', () => {
    expect(findChromium({ WCOA_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(() => findChromium({ WCOA_CHROMIUM: '/nonexistent/chromium' }, 'pt-PT')).toThrow(NoChromiumError);
    expect(() => findChromium({ WCOA_CHROMIUM: '/nonexistent/chromium' }, 'pt-PT')).toThrow(
      /WCOA_CHROMIUM aponta para \/nonexistent\/chromium/,
    );
  });
});
