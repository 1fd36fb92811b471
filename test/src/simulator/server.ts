import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Request, type Response } from 'express';
import {
  type Generation,
  type JobSpec,
  type NetworkSpec,
  type PageSpec,
  type PageState,
  type RenderLang,
  renderWebConfigPage,
  type SyntheticPage,
} from '../webconfig-pages/index.ts';
import { BEHAVIOUR_JS } from './behaviour.ts';
import {
  type DeviceCodeStart,
  type PrinterIdentity,
  pollDeviceCode,
  startDeviceCode,
} from './device-code-client.ts';
import { applyForm } from './forms.ts';

/**
 * A Web Config simulator (FACTS.md §2): one HTTP server per printer on 127.0.0.1, serving the
 * synthetic pages of test/src/webconfig-pages (the one renderer) behind Web Config's own mechanics:
 * COMMON/TOP with menu and content frames, admin login with EPSON_COOKIE_SESSION, INPUTT_SETUPTOKEN
 * in every settings form, edits kept in the browser until OK → confirm → saved, and an OAuth2
 * sign-in that runs the device-code flow against the identity emulator. It also serves the real
 * captures (../shared/reference/webconfig-captures) under /_captures/ when they are present.
 */
export interface SimPrinterConfig {
  model: string;
  lang?: RenderLang;
  generation?: Generation;
  /** false: firmware without OAuth2 (the method list lacks it). */
  oauthSupported?: boolean;
  serialNumber?: string;
  /** Default: the serial number, as Epson ships it. */
  adminPassword?: string;
  /** The printer's stored Email Server settings (and Fax Server's, Print Admin Serverless'). */
  email?: PageState;
  fax?: PageState;
  serverless?: PageState;
  jobs?: JobSpec[];
  network?: NetworkSpec;
  /** Messages the printer shows on its mail pages (div.warning). */
  messages?: string[];
  /**
   * A hostile page: its device-code prompt shows this link instead of the identity platform's
   * (the code stays real), as a page on a printer's address could.
   */
  deviceLink?: string;
}

export interface SimulatorOptions {
  /** Port of the first printer; others take free ports. Default 0. */
  port?: number;
  identity?: PrinterIdentity;
  printers: SimPrinterConfig[];
  /** How often the page polls the printer during a sign-in (ms). Default 1000. */
  pollMs?: number;
}

interface Session {
  id: string;
  admin: boolean;
  /** Unsaved edits of each settings area (what the browser shows). */
  drafts: Map<string, PageState>;
  /** What OK sent, awaiting the confirm page's OK. */
  pending: Map<string, PageState>;
  signIns: Map<string, { start: DeviceCodeStart; error?: string }>;
  returnTo?: string;
  /** The last Connection Test's result, shown once on the next load of its page. */
  connectionTest?: PageState['testResult'];
}

export interface SimPrinterState {
  config: SimPrinterConfig;
  /** The printer's stored settings per area. */
  saved: Map<string, PageState>;
  sessions: Map<string, Session>;
  /** Every settings save, in order (area, state), for tests. */
  saves: Array<{ area: string; state: PageState }>;
}

export interface SimPrinter {
  url: string;
  origin: string;
  state: SimPrinterState;
  /** Paths of the pages, for tests. */
  paths: typeof PATHS;
}

export interface Simulator {
  /** The first printer's URL. */
  url: string;
  printers: SimPrinter[];
  close(): Promise<void>;
}

interface Area {
  page: SyntheticPage;
  admin: boolean;
  /** The settings the area edits, and its form prefix; absent for read-only pages. */
  settings?: { key: 'email' | 'fax' | 'serverless'; prefix: string };
}

/** Areas of the ADVANCED UI. The mail areas' real names are unknown; these follow the renderer's menu. */
export const AREAS: Record<string, Area> = {
  INFO_PRTINFO: { page: 'product-status', admin: false },
  INFO_NWINFO: { page: 'network-status', admin: false },
  INFO_JOBHISTORY: { page: 'job-history', admin: true },
  NW_SERVICE_PRTCL: { page: 'email-server-basic', admin: true, settings: { key: 'email', prefix: '' } },
  NW_MAIL_CONNECTTEST: { page: 'email-server-connection-test', admin: true },
  FAX_SERVER: { page: 'fax-server-email', admin: true, settings: { key: 'fax', prefix: 'FSV' } },
  PAS_FORMYEMAIL: {
    page: 'print-admin-serverless',
    admin: true,
    settings: { key: 'serverless', prefix: 'PAS' },
  },
};

export const PATHS = {
  top: '/PRESENTATION/ADVANCED/COMMON/TOP',
  area: (area: string) => `/PRESENTATION/ADVANCED/${area}/TOP`,
  emailServer: '/PRESENTATION/ADVANCED/NW_SERVICE_PRTCL/TOP',
  jobHistory: '/PRESENTATION/ADVANCED/INFO_JOBHISTORY/TOP',
  productStatus: '/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP',
  basicProductStatus: '/PRESENTATION/HTML/TOP/PRTINFO.HTML',
  captures: '/_captures/',
} as const;

const LANG_COOKIE = 'EPSON_COOKIE_LANG';
const SESSION_COOKIE = 'EPSON_COOKIE_SESSION';
const HERE = dirname(fileURLToPath(import.meta.url));
/** The real captures, read-only, beside the repository (never copied into it). */
export const CAPTURES_DIR = resolve(HERE, '../../../../shared/reference/webconfig-captures');

function cookies(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name) out[name] = decodeURIComponent(rest.join('='));
  }
  return out;
}

function withScript(html: string, sim: Record<string, unknown>): string {
  const script = `<script>window.__SIM=${JSON.stringify(sim)};</script><script src="/_sim/behaviour.js"></script>`;
  return html.includes('</body>') ? html.replace('</body>', `${script}</body>`) : html;
}

function headerPage(model: string): string {
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Author" content="SEIKO EPSON"><title>${model} Series</title></head><body class="header"><div class="header-logo"><b>EPSON</b> ${model} Series</div></body></html>`;
}

function createPrinterApp(
  config: SimPrinterConfig,
  opts: SimulatorOptions,
): { app: express.Express; state: SimPrinterState } {
  const generation = config.generation ?? 'advanced';
  const state: SimPrinterState = {
    config,
    saved: new Map([
      ['email', { ...config.email }],
      ['fax', { ...config.fax }],
      ['serverless', { ...config.serverless }],
    ]),
    sessions: new Map(),
    saves: [],
  };
  const password = config.adminPassword ?? config.serialNumber ?? 'epson';
  const app = express();
  app.disable('x-powered-by');
  app.use(express.urlencoded({ extended: false, limit: '64kb' }));

  const sessionOf = (req: Request, res: Response): Session => {
    const id = cookies(req)[SESSION_COOKIE];
    const existing = id ? state.sessions.get(id) : undefined;
    if (existing) return existing;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      admin: false,
      drafts: new Map(),
      pending: new Map(),
      signIns: new Map(),
    };
    state.sessions.set(session.id, session);
    res.cookie(SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'strict', path: '/' });
    return session;
  };
  const langOf = (req: Request): RenderLang =>
    (cookies(req)[LANG_COOKIE] as RenderLang | undefined) ?? config.lang ?? 'en';
  const setupToken = (session: Session) => session.id.slice(0, 16);

  const spec = (req: Request, page: SyntheticPage, pageState: PageState = {}): PageSpec => ({
    page,
    generation,
    lang: langOf(req),
    model: config.model,
    languageSelector: page === 'product-status',
    state: {
      oauthSupported: config.oauthSupported,
      serialNumber: config.serialNumber,
      jobs: config.jobs,
      network: config.network,
      ...pageState,
    },
  });

  const areaState = (session: Session, area: Area): PageState => {
    if (!area.settings) return {};
    const saved = state.saved.get(area.settings.key) ?? {};
    return session.drafts.get(area.settings.key) ?? saved;
  };

  const renderArea = (req: Request, session: Session, name: string, extra: PageState = {}): string => {
    const area = AREAS[name]!;
    const current = areaState(session, area);
    const signIn = area.settings ? session.signIns.get(area.settings.key) : undefined;
    const messages = [...(config.messages ?? []), ...(signIn?.error ? [signIn.error] : [])];
    const html = renderWebConfigPage(
      spec(req, area.page, {
        ...current,
        messages: area.settings || area.page === 'job-history' ? messages : undefined,
        setupToken: setupToken(session),
        deviceCode:
          signIn && !signIn.error
            ? {
                userCode: signIn.start.userCode,
                verificationUri: config.deviceLink ?? signIn.start.verificationUri,
              }
            : undefined,
        ...extra,
      }),
    );
    return withScript(html, {
      area: name,
      settings: Boolean(area.settings),
      signingIn: Boolean(signIn && !signIn.error),
      pollMs: opts.pollMs ?? 1000,
    });
  };

  const frameset = (req: Request, contentPath: string) =>
    renderWebConfigPage({ ...spec(req, 'common-top'), state: { contentPath } });

  app.get('/_sim/behaviour.js', (_req, res) => {
    res.type('application/javascript').send(BEHAVIOUR_JS);
  });

  app.get('/', (_req, res) => {
    res.redirect(generation === 'advanced' ? PATHS.top : PATHS.basicProductStatus);
  });

  // ── ADVANCED: frameset, header, menu ──
  app.get(PATHS.top, (req, res) => {
    const content =
      typeof req.query.content === 'string' && req.query.content.startsWith('/PRESENTATION/')
        ? req.query.content
        : undefined;
    res.type('html').send(frameset(req, content ?? PATHS.productStatus));
  });
  app.post(PATHS.top, (req, res) => {
    const code = String(req.body?.SEL_LANGA ?? '');
    const lang = LANG_BY_CODE[code];
    if (lang) res.cookie(LANG_COOKIE, lang, { path: '/' });
    res.redirect(303, PATHS.top);
  });
  app.get('/PRESENTATION/ADVANCED/COMMON/HEADER', (_req, res) => {
    res.type('html').send(headerPage(config.model));
  });
  app.get('/PRESENTATION/ADVANCED/COMMON/MENU', (req, res) => {
    res.type('html').send(renderWebConfigPage(spec(req, 'menu')));
  });

  // ── login ──
  const loginPage = (req: Request, session: Session, messages?: string[]) =>
    withScript(renderWebConfigPage(spec(req, 'login', { messages, setupToken: setupToken(session) })), {
      area: 'PASSWORD',
    });
  app.get('/PRESENTATION/ADVANCED/PASSWORD/TOP', (req, res) => {
    res.type('html').send(loginPage(req, sessionOf(req, res)));
  });
  app.post(['/PRESENTATION/ADVANCED/PASSWORD/SET', '/PRESENTATION/PSWD'], (req, res) => {
    const session = sessionOf(req, res);
    if (String(req.body?.INPUTT_PASSWORD ?? '') !== password) {
      res.status(200).type('html').send(frameset(req, '/PRESENTATION/ADVANCED/PASSWORD/TOP?failed=1'));
      return;
    }
    session.admin = true;
    const back = session.returnTo ?? PATHS.productStatus;
    session.returnTo = undefined;
    res.type('html').send(frameset(req, back));
  });

  // ── content areas ──
  app.get('/PRESENTATION/ADVANCED/:area/TOP', (req, res) => {
    const name = String(req.params.area);
    const area = AREAS[name];
    if (!area) {
      res.status(404).type('html').send('<html><body>Not Found</body></html>');
      return;
    }
    const session = sessionOf(req, res);
    if (area.admin && !session.admin) {
      session.returnTo = PATHS.area(name);
      res.type('html').send(loginPage(req, session));
      return;
    }
    // A fresh load shows what the printer holds: unsaved edits are gone, as on the real printer.
    if (area.settings) {
      session.drafts.delete(area.settings.key);
      session.signIns.delete(area.settings.key);
    }
    const testResult = name === 'NW_MAIL_CONNECTTEST' ? session.connectionTest : undefined;
    session.connectionTest = undefined;
    res.type('html').send(renderArea(req, session, name, testResult ? { testResult } : {}));
  });

  const settingsArea = (req: Request, res: Response) => {
    const name = String(req.params.area);
    const area = AREAS[name];
    const session = sessionOf(req, res);
    if (!area?.settings || !session.admin) {
      res.status(403).json({ error: 'login required' });
      return null;
    }
    return { name, area: area as Area & { settings: NonNullable<Area['settings']> }, session };
  };

  app.post('/PRESENTATION/ADVANCED/:area/DRAFT', (req, res) => {
    const found = settingsArea(req, res);
    if (!found) return;
    const { name, area, session } = found;
    session.drafts.set(
      area.settings.key,
      applyForm(areaState(session, area), req.body ?? {}, area.settings.prefix),
    );
    res.json({ html: renderArea(req, session, name) });
  });

  app.post('/PRESENTATION/ADVANCED/:area/SIGNIN', async (req, res) => {
    const found = settingsArea(req, res);
    if (!found) return;
    const { name, area, session } = found;
    const key = area.settings.key;
    const draft = applyForm(areaState(session, area), req.body ?? {}, area.settings.prefix);
    if (draft.currentStatus === 'signed-in') {
      session.drafts.set(key, { ...draft, currentStatus: 'not-signed-in', account: undefined });
      res.json({ state: 'signed-out', html: renderArea(req, session, name) });
      return;
    }
    session.drafts.set(key, draft);
    if (!opts.identity) {
      session.signIns.delete(key);
      res.json({
        state: 'failed',
        html: renderArea(req, session, name, { messages: ['Cannot connect to the sign-in server.'] }),
      });
      return;
    }
    try {
      const identity = {
        ...opts.identity,
        tenant:
          draft.emailService === 'outlook-com' ? 'consumers' : (opts.identity.tenant ?? 'organizations'),
      };
      session.signIns.set(key, { start: await startDeviceCode(identity) });
      res.json({ state: 'pending', html: renderArea(req, session, name) });
    } catch (error) {
      session.signIns.set(key, {
        start: {} as DeviceCodeStart,
        error: `Sign-in failed: ${(error as Error).message}`,
      });
      res.json({ state: 'failed', html: renderArea(req, session, name) });
    }
  });

  app.post('/PRESENTATION/ADVANCED/:area/SIGNIN_POLL', async (req, res) => {
    const found = settingsArea(req, res);
    if (!found) return;
    const { name, area, session } = found;
    const key = area.settings.key;
    const signIn = session.signIns.get(key);
    if (!signIn || signIn.error || !opts.identity) {
      res.json({ state: 'idle' });
      return;
    }
    const draft = areaState(session, area);
    const identity = {
      ...opts.identity,
      tenant: draft.emailService === 'outlook-com' ? 'consumers' : (opts.identity.tenant ?? 'organizations'),
    };
    const result = await pollDeviceCode(identity, signIn.start.deviceCode).catch((error: Error) => ({
      state: 'failed' as const,
      error: 'network',
      description: error.message,
    }));
    if (result.state === 'pending') {
      res.json({ state: 'pending' });
      return;
    }
    if (result.state === 'signed-in') {
      session.signIns.delete(key);
      session.drafts.set(key, { ...draft, currentStatus: 'signed-in', account: result.account });
    } else {
      signIn.error = `Sign-in failed (${result.error}): ${result.description}`;
    }
    res.json({ state: result.state, html: renderArea(req, session, name) });
  });

  const tokenOk = (req: Request, session: Session) =>
    String(req.body?.INPUTT_SETUPTOKEN ?? '') === setupToken(session);

  // Connection Test > Start: the printer tries its stored Email Server settings.
  app.post('/PRESENTATION/ADVANCED/NW_MAIL_CONNECTTEST/SET', (req, res) => {
    const session = sessionOf(req, res);
    if (!session.admin || !tokenOk(req, session)) {
      res
        .status(403)
        .type('html')
        .send(frameset(req, PATHS.area('NW_MAIL_CONNECTTEST')));
      return;
    }
    session.connectionTest = connectionTestResult(state.saved.get('email') ?? {});
    res.type('html').send(frameset(req, PATHS.area('NW_MAIL_CONNECTTEST')));
  });

  // OK on the settings page: the confirm page (target=_top: the frameset comes back around it).
  app.post('/PRESENTATION/ADVANCED/:area/SET', (req, res) => {
    const found = settingsArea(req, res);
    if (!found) return;
    const { name, area, session } = found;
    if (!tokenOk(req, session)) {
      res
        .status(403)
        .type('html')
        .send(frameset(req, PATHS.area(name)));
      return;
    }
    const submitted = applyForm(areaState(session, area), req.body ?? {}, area.settings.prefix);
    session.pending.set(area.settings.key, submitted);
    res.type('html').send(frameset(req, `/PRESENTATION/ADVANCED/${name}/CONFIRM`));
  });

  app.get('/PRESENTATION/ADVANCED/:area/CONFIRM', (req, res) => {
    const found = settingsArea(req, res);
    if (!found) return;
    const { name, area, session } = found;
    const pending = session.pending.get(area.settings.key);
    if (!pending) {
      res.redirect(PATHS.area(name));
      return;
    }
    const html = renderWebConfigPage(spec(req, area.page, { ...pending, setupToken: setupToken(session) }))
      .replace('id="input_form" name="input_form"', 'id="confirm_form" name="confirm_form"')
      .replace(/action="SET"/, 'action="CONFIRM"');
    res.type('html').send(withScript(html, { area: name }));
  });

  app.post('/PRESENTATION/ADVANCED/:area/CONFIRM', (req, res) => {
    const found = settingsArea(req, res);
    if (!found) return;
    const { name, area, session } = found;
    const pending = session.pending.get(area.settings.key);
    if (!pending || !tokenOk(req, session)) {
      res
        .status(403)
        .type('html')
        .send(frameset(req, PATHS.area(name)));
      return;
    }
    const { deviceCode: _d, messages: _m, setupToken: _t, ...settings } = pending;
    state.saved.set(area.settings.key, settings);
    state.saves.push({ area: name, state: settings });
    session.pending.delete(area.settings.key);
    session.drafts.delete(area.settings.key);
    res.type('html').send(frameset(req, PATHS.area(name)));
  });

  // ── basic UI (older models): single pages, no frames ──
  app.get(['/PRESENTATION/HTML/TOP/INDEX.HTML', PATHS.basicProductStatus], (req, res) => {
    res.type('html').send(renderWebConfigPage({ ...spec(req, 'product-status'), generation: 'basic' }));
  });
  app.get('/PRESENTATION/HTML/TOP/NWINFO.HTML', (req, res) => {
    res.type('html').send(renderWebConfigPage({ ...spec(req, 'network-status'), generation: 'basic' }));
  });

  // ── real captures, when ../shared is present ──
  app.get('/_captures/', (_req, res) => {
    res.json(existsSync(CAPTURES_DIR) ? readdirSync(CAPTURES_DIR).filter((f) => f.endsWith('.html')) : []);
  });
  app.get('/_captures/:file', (req, res) => {
    const file = String(req.params.file);
    const path = join(CAPTURES_DIR, file);
    if (!/^[\w.-]+\.html$/.test(file) || !existsSync(path)) {
      res.status(404).send('no such capture');
      return;
    }
    res.type('html').send(readFileSync(path));
  });

  return { app, state };
}

/**
 * What the printer's Connection Test reports for its stored settings. OAuth2 without a sign-in gets
 * the message the Epson guide quotes; the rest is not simulated (no mail leaves the simulator).
 */
function connectionTestResult(email: PageState): NonNullable<PageState['testResult']> {
  if (email.authMethod === 'oauth2' && email.currentStatus !== 'signed-in') {
    return {
      ok: false,
      text: 'To use this feature you need to sign in to your email service. Contact your administrator.',
    };
  }
  if (!email.smtpServer) return { ok: false, text: 'Check the SMTP server address. (Error code 311)' };
  return { ok: true };
}

const LANG_BY_CODE: Record<string, RenderLang> = {
  '1': 'en',
  '2': 'fr',
  '3': 'it',
  '4': 'de',
  '5': 'es',
  '6': 'pt',
  '24': 'pt-BR',
  '7': 'nl',
  '15': 'pl',
  '10': 'zh-Hant',
  '30': 'ja',
};

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(port, '127.0.0.1', (error?: Error) =>
      error ? reject(error) : resolvePromise(server),
    );
  });
}

/** Start one simulated printer per config, each on its own 127.0.0.1 port (its own origin). */
export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const servers: Server[] = [];
  const printers: SimPrinter[] = [];
  for (const [i, config] of opts.printers.entries()) {
    const { app, state } = createPrinterApp(config, opts);
    const server = await listen(app, i === 0 ? (opts.port ?? 0) : 0);
    servers.push(server);
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    printers.push({ url: `${origin}/`, origin, state, paths: PATHS });
  }
  return {
    url: printers[0]?.url ?? '',
    printers,
    close: async () => {
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((done) => {
              server.closeAllConnections();
              server.close(() => done());
            }),
        ),
      );
    },
  };
}
