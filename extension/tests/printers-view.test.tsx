import { messagesFor } from '@wcoa/shared/i18n';
import {
  daysSince,
  mailAlert,
  type PrinterSummary,
  type TestMailRequest,
  TestMailResponseSchema,
} from '@wcoa/shared/protocol';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { printerRows } from '../src/pages/printers/printers-logic.ts';
import { PAGE_SIZE, PrintersView } from '../src/pages/printers/printers-view.tsx';
import { SheetPage } from '../src/pages/printers/sheet-page.tsx';
import { readSheetTarget, sheetPageQuery } from '../src/printers/sheet-url.ts';
import { pairingItem, printersItem } from '../src/settings.ts';
import type { AgentClient } from '../src/sw/agent-client.ts';
import { handleMessage, type Sender } from '../src/sw/handler.ts';
import { renderRoot } from './render-root.ts';

const LAST_MAIL = '2026-09-01T10:00:00.000Z';
/** Lets chained promises in effects (list, then sheet) finish before reading the DOM. */
const settle = () => act(async () => new Promise((r) => setTimeout(r, 10)));
const dayAfter = (days: number) => new Date(Date.parse(LAST_MAIL) + days * 86_400_000 + 3_600_000);

function printer(over: Partial<PrinterSummary> = {}): PrinterSummary {
  return {
    id: 'p1',
    origin: 'http://10.0.0.5',
    model: 'WF-2930',
    deviceName: 'EPSON0C85BF',
    macAddress: '58:05:D9:0C:85:BF',
    serialNumber: null,
    firstSeenAt: '2026-08-01T00:00:00.000Z',
    lastSeenAt: '2026-11-20T00:00:00.000Z',
    oauth: 'signed-in',
    account: 'scanner@contoso.com',
    lastMail: { at: LAST_MAIL, source: 'job-history' },
    daysSinceMail: 0,
    errorCodes: [],
    ...over,
  };
}

describe('the 60-day rule', () => {
  it('counts whole days on the clock given, and warns from day 60, lapsed from day 90', () => {
    expect(daysSince(LAST_MAIL, dayAfter(59))).toBe(59);
    expect(mailAlert(null)).toBe('none');
    expect(mailAlert(59)).toBe('none');
    expect(mailAlert(60)).toBe('warning');
    expect(mailAlert(89)).toBe('warning');
    expect(mailAlert(90)).toBe('lapsed');
  });

  it('words each row in the admin’s language, with the source of the last mail', () => {
    const [en] = printerRows([printer()], dayAfter(61), 'en');
    expect(en).toMatchObject({
      alert: 'warning',
      days: 61,
      oauthText: 'Signed in',
      name: 'WF-2930 · EPSON0C85BF',
    });
    expect(en!.lastMailText).toMatch(/61 days ago \(job history\)/);
    expect(en!.alertText).toContain('61 days');
    const [pt] = printerRows([printer({ oauth: 'other-method', lastMail: null })], dayAfter(61), 'pt-PT');
    expect(pt).toMatchObject({ alert: 'none', alertText: null, days: null });
    expect(pt!.oauthText).toBe(messagesFor('pt-PT').sheet.view.oauth.otherMethod);
    expect(pt!.lastMailText).toBe(messagesFor('pt-PT').sheet.view.noMail);
  });

  it('shows "Off" as Off, not as "another method" (the page’s own method name)', () => {
    const [en] = printerRows([printer({ oauth: 'other-method', authMethod: 'off' })], dayAfter(1), 'en');
    expect(en!.oauthText).toBe('Off');
    const [smtp] = printerRows(
      [printer({ oauth: 'other-method', authMethod: 'smtp-auth' })],
      dayAfter(1),
      'pt-PT',
    );
    expect(smtp!.oauthText).toBe('SMTP-AUTH');
  });
});

describe('the printers view', () => {
  const root = renderRoot();

  async function show(now: Date, printers: PrinterSummary[], lang: 'en' | 'pt-PT' = 'en') {
    const load = vi.fn(async () => ({ ok: true as const, data: printers }));
    await act(async () => {
      render(
        <PrintersView
          lang={lang}
          load={load}
          now={() => now}
          sheetUrl={(id) => `chrome-extension://x/sheet.html?id=${id}`}
        />,
        root,
      );
    });
    await settle();
    return load;
  }

  it('shows no warning at day 59 and one at day 60 as the clock moves', async () => {
    await show(dayAfter(59), [printer()]);
    expect(root.querySelector('[data-testid="mail-warning"]')).toBeNull();
    render(null, root);
    await show(dayAfter(60), [printer()]);
    const row = root.querySelector('[data-testid="printer-row"]')!;
    expect(row.getAttribute('data-alert')).toBe('warning');
    expect(row.querySelector('[data-testid="mail-warning"]')!.textContent).toContain('60 days');
  });

  it('counts the printers that send to Microsoft with a password and marks their rows', async () => {
    await show(dayAfter(1), [
      printer({ basicAuthRetiring: true, oauth: 'other-method' }),
      printer({ id: 'p2', basicAuthRetiring: true, oauth: 'other-method' }),
      printer({ id: 'p3' }),
    ]);
    const count = root.querySelector('[data-testid="password-printers"]')!;
    expect(count.textContent).toMatch(/^2 .*December 2026/);
    expect(root.querySelectorAll('[data-testid="password-row"]')).toHaveLength(2);
    render(null, root);
    await show(dayAfter(1), [printer()]);
    expect(root.querySelector('[data-testid="password-printers"]')).toBeNull();
  });

  it('shows a large fleet a page at a time, words only that page, and pages through it', async () => {
    const fleet = Array.from({ length: PAGE_SIZE * 2 + 7 }, (_, i) =>
      printer({ id: `p${i + 1}`, origin: `http://10.0.1.${i + 1}` }),
    );
    await show(dayAfter(1), fleet);
    const ids = () =>
      Array.from(root.querySelectorAll('[data-testid="printer-row"]'), (r) => r.getAttribute('data-printer'));
    const range = () => root.querySelector('[data-testid="printers-range"]')!.textContent;
    const button = (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
    expect(ids()).toHaveLength(PAGE_SIZE);
    expect(ids()[0]).toBe('p1');
    expect(range()).toBe(`Printers 1–${PAGE_SIZE} of ${fleet.length}`);
    expect(button('printers-previous').disabled).toBe(true);
    await act(async () => button('printers-next').click());
    await act(async () => button('printers-next').click());
    expect(ids()).toEqual(fleet.slice(PAGE_SIZE * 2).map((p) => p.id));
    expect(range()).toBe(`Printers ${PAGE_SIZE * 2 + 1}–${fleet.length} of ${fleet.length}`);
    expect(button('printers-next').disabled).toBe(true);
    await act(async () => button('printers-previous').click());
    expect(ids()[0]).toBe(`p${PAGE_SIZE + 1}`);
  });

  it('shows no pager when the fleet fits on one screen', async () => {
    await show(dayAfter(1), [printer()]);
    expect(root.querySelector('[data-testid="printers-pager"]')).toBeNull();
  });

  it('links each printer to its Web Config and its sheet', async () => {
    await show(dayAfter(1), [
      printer(),
      printer({ id: 'p2', origin: 'https://10.0.0.6', oauth: 'not-seen' }),
    ]);
    const links = Array.from(
      root.querySelectorAll<HTMLAnchorElement>('[data-testid="open-webconfig"]'),
      (a) => a.href,
    );
    expect(links).toEqual(['http://10.0.0.5/', 'https://10.0.0.6/']);
    const sheet = root.querySelector<HTMLAnchorElement>('[data-printer="p2"] [data-testid="open-sheet"]')!;
    expect(sheet.getAttribute('href')).toBe('chrome-extension://x/sheet.html?id=p2');
  });

  it('says when there is no printer yet, and what went wrong when the agent cannot answer', async () => {
    await show(dayAfter(1), [], 'pt-PT');
    expect(root.textContent).toContain(messagesFor('pt-PT').sheet.view.empty);
    render(null, root);
    await act(async () => {
      render(
        <PrintersView
          lang="en"
          load={async () => ({ ok: false, error: { message: 'agent down' } })}
          sheetUrl={() => ''}
        />,
        root,
      );
    });
    await settle();
    expect(root.querySelector('[data-testid="printers-error"]')!.textContent).toContain('agent down');
  });

  it('the sheet page finds the printer by origin and shows the agent’s HTML in a frame that runs no script', async () => {
    const sheet = vi.fn(async () => ({ ok: true as const, data: { html: '<p id="s">sheet</p>' } }));
    await act(async () => {
      render(
        <SheetPage
          lang="pt-PT"
          target={readSheetTarget(`?${sheetPageQuery('https://10.0.0.6').split('?')[1]}`)}
          printers={async () => ({
            ok: true,
            data: [printer(), printer({ id: 'p2', origin: 'https://10.0.0.6' })],
          })}
          sheet={sheet}
        />,
        root,
      );
    });
    await settle();
    expect(sheet).toHaveBeenCalledWith('p2', 'pt-PT');
    const frame = root.querySelector<HTMLIFrameElement>('[data-testid="sheet-frame"]')!;
    expect(frame.getAttribute('srcdoc')).toBe('<p id="s">sheet</p>');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-scripts');
  });

  it('the sheet page says the agent has not seen an unknown printer', async () => {
    await act(async () => {
      render(
        <SheetPage
          lang="en"
          target={{ origin: 'http://10.9.9.9' }}
          printers={async () => ({ ok: true, data: [printer()] })}
          sheet={vi.fn()}
        />,
        root,
      );
    });
    await settle();
    expect(root.querySelector('[data-testid="sheet-missing"]')!.textContent).toBe(
      messagesFor('en').sheet.page.noPrinter,
    );
  });
});

describe('printers and sheets through the service worker', () => {
  const optionsPage: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
  const printerTab: Sender = { id: 'ext-id', url: 'http://10.0.0.5/x', tab: { id: 3 }, frameId: 0 };
  beforeEach(async () => {
    fakeBrowser.reset();
    await pairingItem.setValue({ port: 8765, token: 't' });
    await printersItem.setValue(['http://10.0.0.5']);
  });
  const ctx = (client: Partial<AgentClient>, openTab = vi.fn(async () => undefined)) => ({
    extensionId: 'ext-id',
    extensionBaseUrl: 'chrome-extension://ext-id/',
    browserName: 'Chromium',
    client: () => client as AgentClient,
    openTab,
  });

  it('lists printers and fetches a sheet for the extension’s own pages', async () => {
    const client = {
      printers: vi.fn(async () => [printer()]),
      sheetHtml: vi.fn(async () => '<html></html>'),
    };
    expect(await handleMessage({ type: 'printers' }, optionsPage, ctx(client))).toMatchObject({
      ok: true,
      data: [{ id: 'p1' }],
    });
    expect(
      await handleMessage({ type: 'sheet', printer: 'p1', lang: 'pt-PT' }, optionsPage, ctx(client)),
    ).toEqual({
      ok: true,
      data: { html: '<html></html>' },
    });
    expect(client.sheetHtml).toHaveBeenCalledWith('p1', 'pt-PT');
  });

  it('keeps the list and the sheet from content scripts, but lets the overlay open its own printer’s sheet', async () => {
    const client = { printers: vi.fn(), sheetHtml: vi.fn() };
    for (const message of [{ type: 'printers' }, { type: 'sheet', printer: 'p1' }]) {
      expect(await handleMessage(message, printerTab, ctx(client))).toMatchObject({
        ok: false,
        error: { code: 'forbidden-origin' },
      });
    }
    const openTab = vi.fn(async () => undefined);
    expect(await handleMessage({ type: 'open-sheet' }, printerTab, ctx(client, openTab))).toEqual({
      ok: true,
      data: { opened: true },
    });
    expect(openTab).toHaveBeenCalledWith('chrome-extension://ext-id/sheet.html?origin=http%3A%2F%2F10.0.0.5');
    const stranger: Sender = { id: 'ext-id', url: 'http://10.0.0.99/', tab: { id: 4 }, frameId: 0 };
    expect(await handleMessage({ type: 'open-sheet' }, stranger, ctx(client, openTab))).toMatchObject({
      ok: false,
    });
    expect(openTab).toHaveBeenCalledTimes(1);
  });

  it('files a test mail sent from a printer’s page under that printer', async () => {
    // The agent's answer as it sends it (the shared schema would refuse any other shape).
    const delivered = TestMailResponseSchema.parse({
      ok: true,
      stage: 'ok',
      reply: '250 2.0.0 OK',
      transcript: ['S: 220 ready'],
      timings: { dns: 1, connect: 2, tls: 3, auth: 4, send: 5 },
      causes: [],
      from: 'scan@contoso.com',
      to: 'scan@contoso.com',
      smtp: { host: 'smtp.office365.com', port: 587 },
      at: '2026-11-24T08:00:00.000Z',
    });
    const testMail = vi.fn(async (_request: TestMailRequest) => delivered);
    const request = { account: 'scan@contoso.com' };
    const fromPrinter = await handleMessage({ type: 'test-mail', request }, printerTab, ctx({ testMail }));
    expect(testMail).toHaveBeenLastCalledWith({ ...request, printerId: 'http://10.0.0.5' });
    expect(fromPrinter).toEqual({ ok: true, data: delivered });
    await handleMessage({ type: 'test-mail', request }, optionsPage, ctx({ testMail }));
    expect(testMail).toHaveBeenLastCalledWith(request);
  });
});
