import {
  httpOrigin,
  isSaneInstant,
  type RuntimeFailure,
  type RuntimeMessage,
  RuntimeMessageSchema,
  type RuntimeMessageType,
  type RuntimeReply,
  runtimeReplySchema,
} from '@wcoa/shared/protocol';
import { browser } from 'wxt/browser';
import { failure, refuse } from '../failure.ts';
import { enablePrinter, isEnabledOrigin } from '../printers/printers.ts';
import { sheetPageQuery } from '../printers/sheet-url.ts';
import {
  agentPortItem,
  checklistItem,
  expectedEndpointsItem,
  guideMemoryItem,
  langSetting,
  overlayLayoutItem,
  pairingItem,
} from '../settings.ts';
import { adoptAppRegistration } from '../tenant/from-agent.ts';
import { tenantLink } from '../tenant/link.ts';
import { tenantReportItem } from '../tenant/settings.ts';
import { AgentCallError, type AgentClient, agentClient, agentUrl } from './agent-client.ts';
import { publishMirror, rememberLang, welcomeFrame } from './welcome.ts';

/** Who sent a message, as the browser tells it (runtime.MessageSender, the parts we use). */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface HandlerContext {
  extensionId: string;
  /** `chrome-extension://ID/` or `moz-extension://UUID/` */
  extensionBaseUrl: string;
  browserName: string;
  client?: (port: number, token: string | null) => AgentClient;
  /** Opens an extension page in a new tab (tests pass their own). */
  openTab?: (url: string) => Promise<unknown>;
}

/** Messages a content script on an enabled printer may send; the rest are for the extension's own pages. */
const FROM_CONTENT_SCRIPTS: ReadonlySet<RuntimeMessageType> = new Set([
  'hello',
  'webconfig-frame',
  'overlay-messages',
  'checklist',
  'guide-memory',
  'overlay-layout',
  'agent-status',
  'page-seen',
  'test-mail',
  'signin',
  'accounts',
  'device-link-hosts',
  'open-sheet',
  'open-tenant-check',
  'tenant-report',
]);

type Caller = { kind: 'extension-page' } | { kind: 'printer'; origin: string } | { kind: 'stranger' };

async function classify(sender: Sender, ctx: HandlerContext): Promise<Caller> {
  if (sender.id !== ctx.extensionId) return { kind: 'stranger' };
  if (sender.url?.startsWith(ctx.extensionBaseUrl)) return { kind: 'extension-page' };
  const origin = httpOrigin(sender.url);
  if (origin && (await isEnabledOrigin(origin))) return { kind: 'printer', origin };
  return { kind: 'stranger' };
}

/** A refusal thrown from deep in a handler (an agent call before pairing). */
class Refused extends Error {
  constructor(readonly reply: RuntimeFailure) {
    super(reply.error.code);
  }
}

/**
 * The worker's own refusals and unexpected errors go out as ids (refuse): the page that shows one
 * words it from its own table, in its language, with what to do (messages.ts). The agent's
 * failures keep the agent's words.
 */
function fromError(error: unknown): RuntimeFailure {
  if (error instanceof Refused) return error.reply;
  if (error instanceof AgentCallError) return failure(error.code, error.message);
  const message = error instanceof Error ? error.message : String(error);
  return refuse('internal', 'unexpected', { message: message.slice(0, 300) });
}

/**
 * The service worker's one door: parse, check the caller, then act. Everything that reaches the
 * agent goes through here, with the pairing token only this worker reads. Messages and replies are
 * validated here, so the pages (and the overlay in every printer frame) carry no schemas.
 */
export async function handleMessage(
  raw: unknown,
  sender: Sender,
  ctx: HandlerContext,
): Promise<RuntimeReply<RuntimeMessageType>> {
  const parsed = RuntimeMessageSchema.safeParse(raw);
  if (!parsed.success) return refuse('invalid-request', 'unknownMessage');
  const message = parsed.data;
  const reply = await answer(message, sender, ctx);
  const checked = runtimeReplySchema(message.type).safeParse(reply);
  if (!checked.success) return refuse('internal', 'unexpectedReply');
  return checked.data as RuntimeReply<RuntimeMessageType>;
}

async function answer(
  message: RuntimeMessage,
  sender: Sender,
  ctx: HandlerContext,
): Promise<RuntimeReply<RuntimeMessageType>> {
  // A Web Config frame's first word when the gate had no mirror to read: one storage read decides and answers.
  if (message.type === 'webconfig-frame') return welcomeFrame(message, sender, ctx);
  const caller = await classify(sender, ctx);
  if (caller.kind === 'stranger') return refuse('printer-not-enabled', 'notEnabled');
  if (caller.kind === 'printer' && !FROM_CONTENT_SCRIPTS.has(message.type)) {
    return refuse('forbidden-origin', 'pagesOnly', { type: message.type });
  }
  try {
    return await act(message, caller, sender, ctx);
  } catch (error) {
    return fromError(error);
  }
}

/** A content script's memory is a few hundred bytes of JSON; more is not kept. */
const MAX_MEMORY = 8192;

function printerOnly(type: RuntimeMessageType): RuntimeFailure {
  return refuse('invalid-request', 'printerOnly', { type });
}

async function connection(ctx: HandlerContext) {
  const pairing = await pairingItem.getValue();
  const port = pairing?.port ?? (await agentPortItem.getValue());
  const make = ctx.client ?? ((p: number, token: string | null) => agentClient({ port: p, token }));
  return { pairing, port, client: make(port, pairing?.token ?? null) };
}

async function agentStatus(ctx: HandlerContext) {
  const { pairing, port, client } = await connection(ctx);
  const url = agentUrl(port);
  let version: string | null = null;
  try {
    version = (await client.health()).version;
  } catch {
    return { running: false, paired: pairing !== null, version, url };
  }
  if (!pairing) return { running: true, paired: false, version, url };
  // A token the agent forgot (a new home, `wcoa clients remove`) shows up as not paired.
  try {
    await client.accounts();
    // An agent set up (wcoa setup) after pairing hands its app registration over here too.
    await adoptAppRegistration(client).catch(() => undefined);
    return { running: true, paired: true, version, url };
  } catch (error) {
    if (error instanceof AgentCallError && error.code === 'not-paired') {
      return { running: true, paired: false, version, url };
    }
    throw error;
  }
}

/** The agent answers on `port`: remember it (a pairing follows the agent to its new port). */
async function lookOn(port: number, ctx: HandlerContext): Promise<void> {
  const make = ctx.client ?? ((p: number, token: string | null) => agentClient({ port: p, token }));
  try {
    await make(port, null).health();
  } catch {
    return;
  }
  await agentPortItem.setValue(port);
  const pairing = await pairingItem.getValue();
  if (pairing && pairing.port !== port) await pairingItem.setValue({ ...pairing, port });
}

async function paired(ctx: HandlerContext): Promise<AgentClient> {
  const { pairing, client } = await connection(ctx);
  if (!pairing) throw new Refused(refuse('not-paired', 'notPaired'));
  return client;
}

async function act(
  message: RuntimeMessage,
  caller: Exclude<Caller, { kind: 'stranger' }>,
  sender: Sender,
  ctx: HandlerContext,
): Promise<RuntimeReply<RuntimeMessageType>> {
  switch (message.type) {
    case 'hello': {
      const origin = caller.kind === 'printer' ? caller.origin : null;
      return {
        ok: true,
        data: {
          enabled: origin !== null,
          lang: await langSetting(),
          checklist: origin ? await checklistItem(origin).getValue() : [],
          memory: origin ? await guideMemoryItem(origin).getValue() : null,
          layout: origin ? await overlayLayoutItem(origin).getValue() : null,
          expectedEndpoints: await expectedEndpointsItem.getValue(),
        },
      };
    }
    case 'webconfig-frame':
      return welcomeFrame(message, sender, ctx);
    case 'overlay-messages':
      if (caller.kind !== 'printer') return printerOnly(message.type);
      return rememberLang(message, sender, ctx);
    case 'overlay-layout': {
      if (caller.kind !== 'printer') return printerOnly(message.type);
      await overlayLayoutItem(caller.origin).setValue(message.layout);
      await publishMirror();
      return { ok: true, data: { saved: true } };
    }
    case 'checklist': {
      if (caller.kind !== 'printer') return printerOnly(message.type);
      await checklistItem(caller.origin).setValue([...new Set(message.checked)]);
      await publishMirror();
      return { ok: true, data: { checked: message.checked } };
    }
    case 'guide-memory': {
      if (caller.kind !== 'printer') return printerOnly(message.type);
      // Bounded (MAX_MEMORY).
      if (JSON.stringify(message.memory ?? null).length > MAX_MEMORY)
        return refuse('payload-too-large', 'memoryTooLarge', { max: MAX_MEMORY });
      await guideMemoryItem(caller.origin).setValue(message.memory ?? null);
      // Answered once the mirror holds it: the printer's next page starts from it (content/mirror.ts).
      await publishMirror();
      return { ok: true, data: { saved: true } };
    }
    case 'agent-status':
      if (message.port !== undefined && caller.kind === 'extension-page') await lookOn(message.port, ctx);
      return { ok: true, data: await agentStatus(ctx) };
    case 'pair': {
      const port = message.port ?? (await agentPortItem.getValue());
      await agentPortItem.setValue(port);
      const make = ctx.client ?? ((p: number, token: string | null) => agentClient({ port: p, token }));
      const answer = await make(port, null).pair(message.code, message.name ?? ctx.browserName);
      await pairingItem.setValue({ port, token: answer.token });
      await adoptAppRegistration(make(port, answer.token)).catch(() => undefined);
      return { ok: true, data: await agentStatus(ctx) };
    }
    case 'signin':
      return { ok: true, data: await (await paired(ctx)).signin(message.request) };
    case 'accounts':
      return { ok: true, data: await (await paired(ctx)).accounts() };
    case 'device-link-hosts': {
      // Only the paired agent's explicit configuration widens trust; without it, Microsoft's alone.
      const { pairing, client } = await connection(ctx);
      if (!pairing) return { ok: true, data: { hosts: [] } };
      const hosts = await client.status().then(
        (status) => status.deviceLinkHosts,
        () => [],
      );
      return { ok: true, data: { hosts } };
    }
    case 'test-mail': {
      // From a printer's page: the agent files the result under that printer (its sheet shows it).
      const request =
        caller.kind === 'printer' ? { printerId: caller.origin, ...message.request } : message.request;
      return { ok: true, data: await (await paired(ctx)).testMail(request) };
    }
    case 'probe':
      return { ok: true, data: await (await paired(ctx)).probe(message.request) };
    case 'page-seen': {
      const origin = caller.kind === 'printer' ? caller.origin : httpOrigin(message.url);
      if (!origin) return refuse('invalid-request', 'noPrinterOrigin');
      // The last tenant check's findings go along for the status sheet (findings only, never a token).
      const tenantFindings = (await tenantReportItem.getValue()) ?? undefined;
      const lastMailAt = printerClockToIso(message.pageModel.fields.lastMailAt);
      const answer = await (await paired(ctx)).printerSeen({
        origin,
        pageModel: message.pageModel,
        ...(lastMailAt ? { lastMailAt } : {}),
        ...(tenantFindings ? { tenantFindings } : {}),
      });
      return { ok: true, data: { printerId: answer.printerId } };
    }
    case 'printers':
      return { ok: true, data: await (await paired(ctx)).printers() };
    case 'sheet':
      return { ok: true, data: { html: await (await paired(ctx)).sheetHtml(message.printer, message.lang) } };
    case 'open-sheet': {
      if (caller.kind !== 'printer') return printerOnly(message.type);
      await (ctx.openTab ?? ((url: string) => browser.tabs.create({ url })))(
        `${ctx.extensionBaseUrl}${sheetPageQuery(caller.origin)}`,
      );
      return { ok: true, data: { opened: true } };
    }
    case 'tenant-report':
      return { ok: true, data: await tenantReportItem.getValue() };
    case 'open-tenant-check': {
      // msal-browser and the identity API work in extension pages only: the check runs in the options page.
      await (ctx.openTab ?? ((url: string) => browser.tabs.create({ url })))(
        tenantLink(`${ctx.extensionBaseUrl}options.html`, message.mailbox),
      );
      return { ok: true, data: { opened: true } };
    }
    case 'enable-printer': {
      const origin = httpOrigin(message.origin);
      if (!origin) return refuse('invalid-request', 'notHttp', { origin: message.origin.slice(0, 300) });
      const enabled = await enablePrinter(origin);
      // The popup loads the gate into the printer's page next: the mirror it reads holds it by then.
      await publishMirror();
      return { ok: true, data: { enabled } };
    }
  }
}

/**
 * The job history's time is the printer's clock with no zone; the admin's browser sits on the same
 * site, so read it as this browser's local time and send the agent a UTC instant, comparable with
 * the agent's own test-mail times.
 */
export function printerClockToIso(local: string | undefined): string | undefined {
  if (!local) return undefined;
  const at = new Date(local);
  if (Number.isNaN(at.getTime())) return undefined;
  // A printer whose clock is far off (or a page that lies) reports no date rather than have the
  // agent refuse the whole page: the agent believes only 2000 to a day ahead.
  const iso = at.toISOString();
  return isSaneInstant(iso) ? iso : undefined;
}
