import {
  AccountsResponseSchema,
  AppRegistrationResponseSchema,
  HealthResponseSchema,
  PairResponseSchema,
  PrinterSeenResponseSchema,
} from '@wcoa/shared/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { z } from 'zod';
import { MIRROR_ALL, mirrorKey } from '../src/content/mirror.ts';
import {
  allSitesItem,
  checklistItem,
  guideMemoryItem,
  langItem,
  overlayLayoutItem,
  pairingItem,
  printersItem,
} from '../src/settings.ts';
import { AgentCallError, type AgentClient } from '../src/sw/agent-client.ts';
import { handleMessage, type Sender } from '../src/sw/handler.ts';
import { publishMirror } from '../src/sw/welcome.ts';
import { tenantConfigItem } from '../src/tenant/settings.ts';
import { fakeScripting } from './fake-scripting.ts';
import { model } from './model.ts';

const ctx = (client: Partial<AgentClient>) => ({
  extensionId: 'ext-id',
  extensionBaseUrl: 'chrome-extension://ext-id/',
  browserName: 'Chromium',
  client: vi.fn((_port: number, _token: string | null) => client as AgentClient),
});
const printerTab = (url: string): Sender => ({ id: 'ext-id', url, tab: { id: 3, url }, frameId: 0 });
const optionsPage: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
/** An answer of the agent's, through the shared protocol's schema: a mock cannot invent a shape the agent never sends. */
const agentSays =
  <S extends z.ZodType>(schema: S, answer: z.input<S>) =>
  async (..._request: unknown[]): Promise<z.output<S>> =>
    schema.parse(answer);
const down = () => Promise.reject(new AgentCallError('agent-down', 'fetch failed'));

beforeEach(() => {
  fakeBrowser.reset();
  fakeScripting();
});

describe('who may talk to the service worker', () => {
  it('refuses a page whose origin is not an enabled printer, even on the same host', async () => {
    await printersItem.setValue(['http://127.0.0.1:5000']);
    const reply = await handleMessage({ type: 'hello' }, printerTab('http://127.0.0.1:5001/x'), ctx({}));
    expect(reply).toMatchObject({ ok: false, error: { code: 'printer-not-enabled' } });
  });

  it('refuses another extension', async () => {
    const reply = await handleMessage(
      { type: 'agent-status' },
      { id: 'other', url: 'chrome-extension://other/' },
      ctx({}),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'printer-not-enabled' } });
  });

  it('refuses anything outside the fixed message types', async () => {
    for (const message of [{ type: 'eval', code: '1' }, { type: 'test-mail' }, 'hello', null]) {
      const reply = await handleMessage(message, optionsPage, ctx({}));
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
  });

  it('keeps pairing and enabling to the extension pages', async () => {
    await printersItem.setValue(['http://10.0.0.5']);
    const pair = await handleMessage(
      { type: 'pair', code: 'ACDE-FGHJ' },
      printerTab('http://10.0.0.5/'),
      ctx({}),
    );
    expect(pair).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
    const enable = await handleMessage(
      { type: 'enable-printer', origin: 'http://10.0.0.6' },
      printerTab('http://10.0.0.5/'),
      ctx({}),
    );
    expect(enable).toMatchObject({ ok: false, error: { code: 'forbidden-origin' } });
  });
});

describe('content scripts on an enabled printer', () => {
  beforeEach(async () => {
    await printersItem.setValue(['http://10.0.0.5']);
  });

  it('hello says enabled, the language setting and that printer’s checklist', async () => {
    await checklistItem('http://10.0.0.5').setValue(['smtp-auth-enabled']);
    const reply = await handleMessage(
      { type: 'hello' },
      printerTab('http://10.0.0.5/PRESENTATION/'),
      ctx({}),
    );
    expect(reply).toEqual({
      ok: true,
      data: {
        enabled: true,
        lang: 'auto',
        checklist: ['smtp-auth-enabled'],
        memory: null,
        layout: null,
        expectedEndpoints: [],
      },
    });
  });

  it('stores the checklist under the sender’s own origin', async () => {
    await handleMessage(
      { type: 'checklist', checked: ['a', 'b', 'a'] },
      printerTab('http://10.0.0.5/'),
      ctx({}),
    );
    expect(await checklistItem('http://10.0.0.5').getValue()).toEqual(['a', 'b']);
    expect(await checklistItem('http://10.0.0.6').getValue()).toEqual([]);
  });

  it('says not paired before any pairing, without calling the agent', async () => {
    const testMail = vi.fn();
    const reply = await handleMessage(
      { type: 'test-mail', request: { account: 'scan@contoso.com' } },
      printerTab('http://10.0.0.5/'),
      ctx({ testMail }),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-paired' } });
    expect(testMail).not.toHaveBeenCalled();
  });

  it('reports the page to the agent under the frame’s origin', async () => {
    await pairingItem.setValue({ port: 8765, token: 't0k' });
    const printerSeen = vi.fn(agentSays(PrinterSeenResponseSchema, { ok: true, printerId: 'p1' }));
    const c = ctx({ printerSeen });
    const pageModel = {
      vendor: 'epson',
      page: 'job-history',
      model: 'WF-C5790',
      lang: 'en',
      fields: {},
      raw: {},
      signals: [],
    };
    const reply = await handleMessage(
      { type: 'page-seen', url: 'http://evil.example/', pageModel },
      printerTab('http://10.0.0.5/PRESENTATION/ADVANCED/INFO_JOBHISTORY/TOP'),
      c,
    );
    expect(reply).toEqual({ ok: true, data: { printerId: 'p1' } });
    expect(printerSeen).toHaveBeenCalledWith({ origin: 'http://10.0.0.5', pageModel });
    expect(c.client).toHaveBeenCalledWith(8765, 't0k');
  });

  // The vitest configs pin UTC, where local time and UTC agree: the reading is proven in zones on
  // either side of Greenwich, where reading the printer's clock as UTC would give another instant.
  describe.each([
    ['America/Sao_Paulo', '2026-11-18T13:22:00.000Z'],
    ['Asia/Tokyo', '2026-11-18T01:22:00.000Z'],
  ])('in %s', (zone, instant) => {
    let pinned: string | undefined;
    beforeAll(() => {
      pinned = process.env.TZ;
      process.env.TZ = zone;
    });
    afterAll(() => {
      process.env.TZ = pinned;
    });

    it('passes the job history’s last mail time on as a UTC instant read in local time', async () => {
      await pairingItem.setValue({ port: 8765, token: 't0k' });
      const printerSeen = vi.fn(agentSays(PrinterSeenResponseSchema, { ok: true, printerId: 'p1' }));
      const pageModel = {
        ...model('job-history', { errorCodes: [], lastMailAt: '2026-11-18T10:22:00' }),
        raw: { lastMailAt: '2026-11-18 10:22' },
      };
      await handleMessage(
        { type: 'page-seen', url: 'http://10.0.0.5/', pageModel },
        printerTab('http://10.0.0.5/PRESENTATION/ADVANCED/INFO_JOBHISTORY/TOP'),
        ctx({ printerSeen }),
      );
      expect(printerSeen).toHaveBeenCalledWith(expect.objectContaining({ lastMailAt: instant }));
    });
  });

  it('sends no lastMailAt when the page has none', async () => {
    await pairingItem.setValue({ port: 8765, token: 't0k' });
    const printerSeen = vi.fn(agentSays(PrinterSeenResponseSchema, { ok: true, printerId: 'p1' }));
    const pageModel = { ...model('job-history'), model: null };
    await handleMessage(
      { type: 'page-seen', url: 'http://10.0.0.5/', pageModel },
      printerTab('http://10.0.0.5/'),
      ctx({ printerSeen }),
    );
    expect(printerSeen.mock.calls[0]?.[0]).not.toHaveProperty('lastMailAt');
  });
});

describe('agent status and pairing', () => {
  it('agent down', async () => {
    const reply = await handleMessage({ type: 'agent-status' }, optionsPage, ctx({ health: down }));
    expect(reply).toEqual({
      ok: true,
      data: { running: false, paired: false, version: null, url: 'http://127.0.0.1:8765' },
    });
  });

  it('running, but the agent forgot our token: not paired', async () => {
    await pairingItem.setValue({ port: 9100, token: 'old' });
    const reply = await handleMessage(
      { type: 'agent-status' },
      optionsPage,
      ctx({
        health: agentSays(HealthResponseSchema, { ok: true, version: '0.1.0' }),
        accounts: () => Promise.reject(new AgentCallError('not-paired', 'bad token', 401)),
      }),
    );
    expect(reply).toMatchObject({ ok: true, data: { running: true, paired: false, version: '0.1.0' } });
  });

  it('pairs with the code and keeps the token and port', async () => {
    const pair = vi.fn(
      agentSays(PairResponseSchema, { token: 'new-token', origin: 'chrome-extension://ext-id' }),
    );
    const c = ctx({
      pair,
      health: agentSays(HealthResponseSchema, { ok: true, version: '0.1.0' }),
      accounts: agentSays(AccountsResponseSchema, []),
    });
    const reply = await handleMessage({ type: 'pair', code: 'acde fghj', port: 9123 }, optionsPage, c);
    expect(pair).toHaveBeenCalledWith('ACDEFGHJ', 'Chromium');
    expect(reply).toMatchObject({ ok: true, data: { running: true, paired: true } });
    expect(await pairingItem.getValue()).toEqual({ port: 9123, token: 'new-token' });
  });

  it("once paired, the tenant check takes the agent's app registration (no typed client id)", async () => {
    const c = ctx({
      pair: agentSays(PairResponseSchema, { token: 't', origin: 'chrome-extension://ext-id' }),
      health: agentSays(HealthResponseSchema, { ok: true, version: '0.1.0' }),
      accounts: agentSays(AccountsResponseSchema, []),
      appRegistration: agentSays(AppRegistrationResponseSchema, {
        clientId: '0b6e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
        tenant: 'fabrikam.example',
        authorityHost: 'https://login.microsoftonline.com',
      }),
    });
    await handleMessage({ type: 'pair', code: 'ACDE-FGHJ', port: 9123 }, optionsPage, c);
    expect(await tenantConfigItem.getValue()).toMatchObject({
      clientId: '0b6e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
      authority: 'https://login.microsoftonline.com/fabrikam.example',
    });
  });

  it('a wrong code leaves no pairing behind', async () => {
    const c = ctx({
      pair: () => Promise.reject(new AgentCallError('pairing-code-invalid', 'no such code', 403)),
    });
    const reply = await handleMessage({ type: 'pair', code: 'ACDE-FGHJ' }, optionsPage, c);
    expect(reply).toMatchObject({ ok: false, error: { code: 'pairing-code-invalid' } });
    expect(await pairingItem.getValue()).toBeNull();
  });
});

describe('enable-printer', () => {
  it('adds the printer only when the browser granted its origin', async () => {
    const contains = vi.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    fakeBrowser.permissions.contains = contains;
    const first = await handleMessage(
      { type: 'enable-printer', origin: 'http://10.0.0.7' },
      optionsPage,
      ctx({}),
    );
    expect(first).toEqual({ ok: true, data: { enabled: false } });
    expect(await printersItem.getValue()).toEqual([]);
    const second = await handleMessage(
      { type: 'enable-printer', origin: 'http://10.0.0.7/' },
      optionsPage,
      ctx({}),
    );
    expect(second).toEqual({ ok: true, data: { enabled: true } });
    expect(contains).toHaveBeenLastCalledWith({ origins: ['http://10.0.0.7/*'] });
    expect(await printersItem.getValue()).toEqual(['http://10.0.0.7']);
    // Answered once the mirror holds it: the popup's gate, loaded next, finds the printer enabled.
    const key = mirrorKey('http://10.0.0.7');
    expect(await fakeBrowser.storage.session.get(key)).toMatchObject({ [key]: { enabled: true } });
  });
});

describe('the first visit: a Web Config frame the gate found', () => {
  const framed = (url: string, frameId: number): Sender => ({
    id: 'ext-id',
    url,
    tab: { id: 7, url },
    frameId,
  });
  const mirror = async () => (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>;

  beforeEach(async () => {
    await printersItem.setValue(['http://10.0.0.5']);
  });

  it('answers a frame without a mirror as hello, with the table it should load, and writes the mirror', async () => {
    await checklistItem('http://10.0.0.5').setValue(['smtp-auth-enabled']);
    await guideMemoryItem('http://10.0.0.5').setValue({ v: 99, junk: true });
    await langItem.setValue('de');
    const reply = await handleMessage(
      { type: 'webconfig-frame', hostsOverlay: true },
      framed('http://10.0.0.5/PRESENTATION/ADVANCED/COMMON/TOP', 2),
      ctx({}),
    );
    const welcome = {
      enabled: true,
      lang: 'de',
      checklist: ['smtp-auth-enabled'],
      // Read back in the worker: a memory of another shape starts afresh.
      memory: { v: 1, progress: {} },
      layout: null,
      expectedEndpoints: [],
      table: 'de',
    };
    expect(reply).toEqual({ ok: true, data: welcome });
    // The next visit reads it without the worker (content/mirror.ts).
    await publishMirror();
    expect(await mirror()).toEqual({
      [MIRROR_ALL]: { others: null },
      [mirrorKey('http://10.0.0.5')]: welcome,
    });
  });

  it('answers the first visit from one storage read', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const reply = await handleMessage(
      { type: 'webconfig-frame', hostsOverlay: true },
      framed('http://10.0.0.5/', 0),
      ctx({}),
    );
    expect(reply.ok).toBe(true);
    // All eight keys in the first read (what follows it writes the mirror for the next visit).
    expect(get.mock.calls[0]![0]).toEqual([
      'printers',
      'allSites',
      'lang',
      'expectedEndpoints',
      'checklist:http://10.0.0.5',
      'guide:http://10.0.0.5',
      'layout:http://10.0.0.5',
      'overlayLang:http://10.0.0.5',
    ]);
  });

  it('gives a Web Config frame that does not host the overlay no table (the page reporter only)', async () => {
    const reply = await handleMessage(
      { type: 'webconfig-frame', hostsOverlay: false },
      framed('http://10.0.0.5/PRESENTATION/ADVANCED/COMMON/MENU', 1),
      ctx({}),
    );
    expect(reply).toMatchObject({ ok: true, data: { enabled: true, table: null } });
  });

  it('gives nothing to a printer that is not enabled, nor to an extension page', async () => {
    for (const sender of [framed('http://10.0.0.6/', 0), optionsPage]) {
      const reply = await handleMessage({ type: 'webconfig-frame', hostsOverlay: true }, sender, ctx({}));
      expect(reply).toMatchObject({ ok: false, error: { code: 'printer-not-enabled' } });
    }
    await publishMirror();
    expect(Object.keys(await mirror()).sort()).toEqual([MIRROR_ALL, mirrorKey('http://10.0.0.5')]);
  });

  it('remembers the language the overlay found its pages in: the next visit loads that table at once', async () => {
    const reply = await handleMessage(
      { type: 'overlay-messages', lang: 'ja' },
      framed('http://10.0.0.5/x', 3),
      ctx({}),
    );
    expect(reply).toEqual({ ok: true, data: { loaded: true } });
    const next = await handleMessage(
      { type: 'webconfig-frame', hostsOverlay: true },
      framed('http://10.0.0.5/y', 0),
      ctx({}),
    );
    expect(next).toMatchObject({ ok: true, data: { table: 'ja' } });
    await publishMirror();
    expect(await mirror()).toMatchObject({ [mirrorKey('http://10.0.0.5')]: { table: 'ja' } });
    const refused = await handleMessage(
      { type: 'overlay-messages', lang: 'xx' },
      framed('http://10.0.0.5/x', 3),
      ctx({}),
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    // Only an enabled printer's frame may set it.
    const stranger = await handleMessage(
      { type: 'overlay-messages', lang: 'de' },
      framed('http://10.0.0.6/x', 0),
      ctx({}),
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: 'printer-not-enabled' } });
  });
});

describe('the first-visit mirror (session storage, which the gate reads)', () => {
  const mirror = async () => (await fakeBrowser.storage.session.get(null)) as Record<string, unknown>;

  it('holds every enabled printer and nothing for other origins, and follows the list', async () => {
    await printersItem.setValue(['http://10.0.0.5', 'https://10.0.0.9:8443']);
    await overlayLayoutItem('http://10.0.0.9').setValue({ dock: 'left', collapsed: true });
    await publishMirror();
    expect(Object.keys(await mirror()).sort()).toEqual([
      MIRROR_ALL,
      mirrorKey('http://10.0.0.5'),
      mirrorKey('https://10.0.0.9:8443'),
    ]);
    expect((await mirror())[MIRROR_ALL]).toEqual({ others: null });
    // A printer removed: its entry goes, the next visit there gets nothing.
    await printersItem.setValue(['https://10.0.0.9:8443']);
    await publishMirror();
    expect(Object.keys(await mirror()).sort()).toEqual([MIRROR_ALL, mirrorKey('https://10.0.0.9:8443')]);
  });

  it('with every site enabled, gives any origin a fresh welcome and keeps what visited ones left', async () => {
    await allSitesItem.setValue(true);
    await langItem.setValue('fr');
    await overlayLayoutItem('http://10.0.0.9').setValue({ dock: 'left', collapsed: true });
    await publishMirror();
    const m = await mirror();
    expect(m[MIRROR_ALL]).toEqual({
      others: {
        enabled: true,
        lang: 'fr',
        checklist: [],
        memory: { v: 1, progress: {} },
        layout: null,
        expectedEndpoints: [],
        table: 'fr',
      },
    });
    expect(m[mirrorKey('http://10.0.0.9')]).toMatchObject({ layout: { dock: 'left', collapsed: true } });
  });

  it('answers a printer page’s checklist, layout and guide memory once the mirror holds them', async () => {
    await printersItem.setValue(['http://10.0.0.5']);
    await publishMirror();
    const tab = printerTab('http://10.0.0.5/setup');
    const memory = {
      v: 1,
      variant: 'email-server',
      progress: { 'email-server': { confirmShownAt: 1_700_000_000_000 } },
    };
    await handleMessage({ type: 'checklist', checked: ['smtp-auth-enabled'] }, tab, ctx({}));
    await handleMessage({ type: 'overlay-layout', layout: { dock: 'left', collapsed: false } }, tab, ctx({}));
    await handleMessage({ type: 'guide-memory', memory }, tab, ctx({}));
    // No wait for the storage listener: the next page of this printer, opened at once, reads these.
    expect((await mirror())[mirrorKey('http://10.0.0.5')]).toMatchObject({
      checklist: ['smtp-auth-enabled'],
      layout: { dock: 'left', collapsed: false },
      memory,
    });
  });

  it('rewrites once for asks made before its rewrite begins, and again for one made during it', async () => {
    await printersItem.setValue(['http://10.0.0.5']);
    await publishMirror();
    const set = vi.spyOn(fakeBrowser.storage.session, 'set');
    await Promise.all([publishMirror(), publishMirror(), publishMirror()]);
    expect(set).toHaveBeenCalledTimes(1);
    set.mockClear();
    const first = publishMirror();
    await Promise.resolve(); // the first has begun
    await overlayLayoutItem('http://10.0.0.5').setValue({ dock: 'left', collapsed: true });
    await Promise.all([first, publishMirror()]);
    expect(set).toHaveBeenCalledTimes(2);
    expect((await mirror())[mirrorKey('http://10.0.0.5')]).toMatchObject({ layout: { dock: 'left' } });
  });

  it('never holds the pairing token or anything but the welcomes', async () => {
    await pairingItem.setValue({ port: 5001, token: 'secret-token' });
    await printersItem.setValue(['http://10.0.0.5']);
    await publishMirror();
    expect(JSON.stringify(await mirror())).not.toContain('secret-token');
    expect(Object.keys(await mirror()).every((k) => k.startsWith('welcome:'))).toBe(true);
  });
});
