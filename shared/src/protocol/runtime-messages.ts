import * as z from 'zod';
import { LANGS } from '../i18n/languages.ts';
import {
  AccountsResponseSchema,
  ApiErrorCodeSchema,
  EmailAddressSchema,
  PairingCodeSchema,
  PortSchema,
  PrintersResponseSchema,
  ProbeRequestSchema,
  ProbeResponseSchema,
  SigninRequestSchema,
  SigninResponseSchema,
  TestMailRequestSchema,
  TestMailResponseSchema,
} from './agent-api.ts';
import { PageModelSchema } from './page-model.ts';
import { TenantReportSchema } from './tenant-findings.ts';

/**
 * The extension's runtime messages (content script, popup, options → service worker), one
 * discriminated union on `type`. The service worker parses every message with RuntimeMessageSchema
 * and drops anything else. Extend here (one place), keeping each variant's reply in RUNTIME_REPLIES.
 */

/**
 * The agent's state; with `port`, look for the agent there first (the admin typed it, or the
 * options page tries the default) and, when it answers, remember that port.
 */
export const AgentStatusMessageSchema = z.object({
  type: z.literal('agent-status'),
  port: z.number().int().min(1).max(65535).optional(),
});
export const PairMessageSchema = z.object({
  type: z.literal('pair'),
  code: PairingCodeSchema,
  /** Shown by `wcoa clients`; defaults to the browser's name. */
  name: z.string().trim().min(1).max(100).optional(),
  /** The agent's port, when it is not the one stored (the options page asks for both). */
  port: PortSchema.optional(),
});
export const SigninMessageSchema = z.object({ type: z.literal('signin'), request: SigninRequestSchema });
export const AccountsMessageSchema = z.object({ type: z.literal('accounts') });
/** Hosts besides Microsoft's whose device-code links may be opened (the agent's; none unpaired). */
export const DeviceLinkHostsMessageSchema = z.object({ type: z.literal('device-link-hosts') });
export const TestMailMessageSchema = z.object({
  type: z.literal('test-mail'),
  request: TestMailRequestSchema,
});
export const ProbeMessageSchema = z.object({ type: z.literal('probe'), request: ProbeRequestSchema });
export const PageSeenMessageSchema = z.object({
  type: z.literal('page-seen'),
  url: z.string(),
  pageModel: PageModelSchema,
});
export const EnablePrinterMessageSchema = z.object({ type: z.literal('enable-printer'), origin: z.string() });
/** A content script's first word: is my frame's origin an enabled printer, which language, what was ticked. */
export const HelloMessageSchema = z.object({ type: z.literal('hello') });
/**
 * The content script's gate, from a frame it found to be Web Config when it had no first-visit
 * mirror to read (extension/src/content/mirror.ts): the service worker answers as to `hello`, with
 * the message table the gate loads with the overlay (only in the frame that hosts it).
 */
export const WebConfigFrameMessageSchema = z.object({
  type: z.literal('webconfig-frame'),
  hostsOverlay: z.boolean(),
});
/** From the overlay: its page speaks this language, not the one guessed; the next first visit loads that table. */
export const OverlayMessagesMessageSchema = z.object({
  type: z.literal('overlay-messages'),
  lang: z.enum(LANGS),
});
/** The prerequisites checklist of the sender's printer: the ids ticked. */
export const ChecklistMessageSchema = z.object({
  type: z.literal('checklist'),
  checked: z.array(z.string().max(64)).max(32),
});

/** The guide's memory of the sender's printer (shared/guide GuideMemory, read back with parseMemory). */
export const GuideMemoryMessageSchema = z.object({ type: z.literal('guide-memory'), memory: z.unknown() });

/** Where the overlay's panel sits on the sender's printer, and whether it is folded to a tab. */
export const OverlayLayoutSchema = z.object({
  dock: z.enum(['left', 'right']),
  collapsed: z.boolean(),
});
export type OverlayLayout = z.infer<typeof OverlayLayoutSchema>;
export const OverlayLayoutMessageSchema = z.object({
  type: z.literal('overlay-layout'),
  layout: OverlayLayoutSchema,
});

/** The printers the agent has seen (options page). */
export const PrintersMessageSchema = z.object({ type: z.literal('printers') });
/** A printer's status sheet as HTML (the sheet page); `printer` is its id or Web Config origin. */
export const SheetMessageSchema = z.object({
  type: z.literal('sheet'),
  printer: z.string().min(1).max(300),
  lang: z.enum(LANGS).optional(),
});
/** From the overlay: open the sheet of the sender's printer in an extension page. */
export const OpenSheetMessageSchema = z.object({ type: z.literal('open-sheet') });
/** From the overlay's checklist: open "Check my tenant" (options page), with the printer's account if known. */
/** From the overlay's checklist: the last "Check my tenant" findings (content scripts cannot read storage). */
export const TenantReportMessageSchema = z.object({ type: z.literal('tenant-report') });
export const OpenTenantCheckMessageSchema = z.object({
  type: z.literal('open-tenant-check'),
  // The printer's account, dropped here when it is not an address (the page sends it unchecked).
  mailbox: EmailAddressSchema.optional().catch(undefined),
});

export const RuntimeMessageSchema = z.discriminatedUnion('type', [
  AgentStatusMessageSchema,
  PairMessageSchema,
  SigninMessageSchema,
  AccountsMessageSchema,
  DeviceLinkHostsMessageSchema,
  TestMailMessageSchema,
  ProbeMessageSchema,
  PageSeenMessageSchema,
  EnablePrinterMessageSchema,
  HelloMessageSchema,
  WebConfigFrameMessageSchema,
  OverlayMessagesMessageSchema,
  ChecklistMessageSchema,
  GuideMemoryMessageSchema,
  OverlayLayoutMessageSchema,
  PrintersMessageSchema,
  SheetMessageSchema,
  OpenSheetMessageSchema,
  OpenTenantCheckMessageSchema,
  TenantReportMessageSchema,
]);
export type RuntimeMessage = z.infer<typeof RuntimeMessageSchema>;
export type RuntimeMessageType = RuntimeMessage['type'];

/** What the service worker knows about its agent. */
export const AgentConnectionSchema = z.object({
  running: z.boolean(),
  paired: z.boolean(),
  version: z.string().nullable(),
  url: z.string(),
});
export type AgentConnection = z.infer<typeof AgentConnectionSchema>;

/** The answer to a content script's first word (`hello`, `webconfig-frame`). */
const HelloReplySchema = z.object({
  enabled: z.boolean(),
  /** The options page's language choice. */
  lang: z.enum(['auto', ...LANGS]),
  checklist: z.array(z.string()),
  /** The guide's memory of this printer (GuideMemory), or null the first time. */
  memory: z.unknown(),
  /** The panel's place on this printer as the admin left it, or null (not chosen yet). */
  layout: OverlayLayoutSchema.nullable().optional(),
  /** Mail endpoints declared right besides Microsoft's ("host" or "host:port"), for lint. */
  expectedEndpoints: z.array(z.string()).optional(),
});

/** The data each message type answers with, when it succeeds. */
export const RUNTIME_REPLIES = {
  'agent-status': AgentConnectionSchema,
  pair: AgentConnectionSchema,
  signin: SigninResponseSchema,
  accounts: AccountsResponseSchema,
  'device-link-hosts': z.object({ hosts: z.array(z.string()) }),
  'test-mail': TestMailResponseSchema,
  probe: ProbeResponseSchema,
  'page-seen': z.object({ printerId: z.string().nullable() }),
  'enable-printer': z.object({ enabled: z.boolean() }),
  hello: HelloReplySchema,
  'webconfig-frame': HelloReplySchema.extend({
    /** The language of the message table the gate loads with the overlay; null where only the reporter goes. */
    table: z.enum(LANGS).nullable(),
  }),
  'overlay-messages': z.object({ loaded: z.boolean() }),
  'guide-memory': z.object({ saved: z.boolean() }),
  'overlay-layout': z.object({ saved: z.boolean() }),
  checklist: z.object({ checked: z.array(z.string()) }),
  printers: PrintersResponseSchema,
  sheet: z.object({ html: z.string() }),
  'open-sheet': z.object({ opened: z.boolean() }),
  'open-tenant-check': z.object({ opened: z.boolean() }),
  'tenant-report': TenantReportSchema.nullable(),
} as const satisfies Record<RuntimeMessageType, z.ZodType>;

export type RuntimeReplyData<T extends RuntimeMessageType> = z.infer<(typeof RUNTIME_REPLIES)[T]>;

/**
 * The service worker's own refusals and errors, by id: the worker carries no message table, so the
 * page that shows one words it from its own (ui.worker.<id>, `notPaired` as agent.errors's
 * not-paired), in the page's language, with `params` filled in (extension/src/messages.ts).
 */
export const WORKER_REFUSALS = [
  'unknownMessage',
  'notEnabled',
  'pagesOnly',
  'printerOnly',
  'memoryTooLarge',
  'noPrinterOrigin',
  'notHttp',
  'unexpected',
  'unexpectedReply',
  'notPaired',
] as const;
export const WorkerRefusalSchema = z.object({
  id: z.enum(WORKER_REFUSALS),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type WorkerRefusal = z.infer<typeof WorkerRefusalSchema>;

export const RuntimeFailureSchema = z.object({
  ok: z.literal(false),
  error: z.object({
    code: ApiErrorCodeSchema,
    /** In words: the agent's, or (when `refusal` is set) empty until the receiving page words it. */
    message: z.string(),
    refusal: WorkerRefusalSchema.optional(),
  }),
});
export type RuntimeFailure = z.infer<typeof RuntimeFailureSchema>;

/** Every reply: `{ ok: true, data }` or `{ ok: false, error: { code, message, refusal? } }`. */
export type RuntimeReply<T extends RuntimeMessageType> =
  | { ok: true; data: RuntimeReplyData<T> }
  | RuntimeFailure;

export function runtimeReplySchema<T extends RuntimeMessageType>(type: T) {
  return z.union([z.object({ ok: z.literal(true), data: RUNTIME_REPLIES[type] }), RuntimeFailureSchema]);
}
