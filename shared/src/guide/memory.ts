import * as z from 'zod';
import { CAUSE_IDS, type CauseId } from '../diagnosis/cause-ids.ts';
import { explain } from '../diagnosis/explain.ts';
import { PageFieldsSchema } from '../protocol/page-model.ts';
import { isConfirmPage, type PageModel } from '../webconfig/page-model.ts';
import { DEVICE_CODE_LIFETIME_MS, findDeviceCode } from './device-code.ts';
import { VARIANT_IDS, VARIANTS, type VariantId, variantForPage } from './variants.ts';

/**
 * What the guide remembers of one printer between page views: plain JSON, kept per printer by
 * the extension. It holds no secret: never the device code itself, only when one was shown.
 */
const settingsSnapshot = PageFieldsSchema.pick({
  authMethod: true,
  emailService: true,
  currentStatus: true,
  account: true,
});
export type SettingsSnapshot = z.infer<typeof settingsSnapshot>;

const variantMemory = z.object({
  /** The variant page's settings as they were when the page last loaded: what the printer holds. */
  loaded: settingsSnapshot.optional(),
  /** When that load was first seen, and its load id. */
  loadedAt: z.number().optional(),
  loadedFrom: z.string().optional(),
  /**
   * The last load may not show what the printer holds, until the next load: it was joined late
   * (the page had been open a while, its first model may hold the admin's edits), or it came
   * straight out of a device-code sign-in (Web Config reloading itself when the sign-in finished
   * shows the pending sign-in, which OK still has to send).
   */
  loadUnknown: z.boolean().optional(),
  /** The last time a load showed the variant configured (to tell an expired sign-in from a new one). */
  configuredAt: z.number().optional(),
  /** When a device code was last seen, while the sign-in it started has not finished. */
  signInShownAt: z.number().optional(),
  /** A Signed in status seen as an edit of the page, not (yet) as the printer's stored state. */
  unsavedSignIn: z.object({ at: z.number(), load: z.string().optional() }).optional(),
  /**
   * A sign-in the printer reported as failed or refused (its error line read as causes), kept for
   * the load it was seen on and the next one: Web Config drops the line when the page reloads.
   */
  signInFailure: z
    .object({
      causes: z.array(z.enum(CAUSE_IDS)).max(8),
      at: z.number(),
      load: z.string().optional(),
      nextLoad: z.string().optional(),
    })
    .optional(),
  /** The confirm page was shown (settings sent, its OK pending) and no load has shown them saved since. */
  confirmShownAt: z.number().optional(),
});
export type VariantMemory = z.infer<typeof variantMemory>;

const guideMemory = z.object({
  v: z.literal(1),
  /** The variant of the last variant page seen: the guide other pages continue. */
  variant: z.enum(VARIANT_IDS).optional(),
  /** The document the last model came from (see Observation.load). */
  lastLoad: z.string().optional(),
  progress: z.partialRecord(z.enum(VARIANT_IDS), variantMemory),
});
export type GuideMemory = z.infer<typeof guideMemory>;

export function emptyMemory(): GuideMemory {
  return { v: 1, progress: {} };
}

/** Memory read back from storage; anything unreadable (older shape, tampering) starts afresh. */
export function parseMemory(value: unknown): GuideMemory {
  const parsed = guideMemory.safeParse(value);
  return parsed.success ? parsed.data : emptyMemory();
}

/** What the caller knows about the view beyond the PageModel. */
export interface Observation {
  /**
   * An id unique to the document the model was read from (one per content-script instance, e.g.
   * crypto.randomUUID()). The first model remembered under a new id is the page as it loaded,
   * which is the printer's stored state; later models under the same id are the admin's edits.
   * Without an id every model is taken as a fresh load.
   */
  load?: string;
  /**
   * Text of the page or dialog where a device-code prompt may appear: innerText, which keeps
   * blocks apart (textContent glues the URL to the next label).
   */
  text?: string;
  /** Epoch milliseconds; defaults to Date.now(). */
  now?: number;
  /** The guide the admin follows on pages that belong to no variant (the page kind wins elsewhere). */
  variant?: VariantId;
  /**
   * When the document started loading (epoch ms: performance.timeOrigin). A first model read long
   * after that (the extension enabled on a page already open) is not the page as it loaded.
   */
  documentStart?: number;
}

/**
 * Web Config's own scripts may still be filling the form in (showing the Current Status row for
 * OAuth2, selecting stored values) when the first model is read. Changes this soon after a load
 * are the load itself, not the admin: no one chooses a method and signs in within seconds.
 */
export const LOAD_SETTLE_MS = 5_000;

/** A page first read this long after it started loading may already hold the admin's edits. */
export const LATE_JOIN_MS = 60_000;

export function snapshotOf(model: PageModel): SettingsSnapshot {
  const { authMethod, emailService, currentStatus, account } = model.fields;
  const snapshot: SettingsSnapshot = {};
  if (authMethod !== undefined) snapshot.authMethod = authMethod;
  if (emailService !== undefined) snapshot.emailService = emailService;
  if (currentStatus !== undefined) snapshot.currentStatus = currentStatus;
  if (account !== undefined) snapshot.account = account;
  return snapshot;
}

/** Whether settings (as loaded, or as shown) are the variant's finished configuration. */
export function isConfigured(variant: VariantId, settings: SettingsSnapshot): boolean {
  const signedIn = settings.currentStatus === 'signed-in';
  return VARIANTS[variant].configured === 'signed-in'
    ? signedIn
    : signedIn && settings.authMethod === 'oauth2';
}

export function sameSettings(a: SettingsSnapshot, b: SettingsSnapshot): boolean {
  return (
    a.authMethod === b.authMethod &&
    a.emailService === b.emailService &&
    a.currentStatus === b.currentStatus &&
    a.account === b.account
  );
}

/** A device-code prompt on the page: in the caller's text, or in the printer's messages. */
export function deviceCodeIn(model: PageModel, text?: string) {
  const texts = [text ?? '', ...(model.fields.message ?? [])];
  for (const t of texts) {
    const found = t ? findDeviceCode(t) : null;
    if (found) return found;
  }
  return null;
}

/**
 * Causes that mean the sign-in itself failed or was refused: what the printer's error line says
 * after Sign In (AADSTS codes, Conditional Access, consent, a declined or lapsed code).
 */
export const SIGN_IN_FAILURE_CAUSES: readonly CauseId[] = [
  'conditional-access-blocked',
  'ca-blocks-device-code',
  'mfa-required',
  'consent-missing',
  'admin-role-missing',
  'credentials-invalid',
  'device-code-declined',
  'device-code-expired',
  'app-not-found',
  'wrong-tenant-endpoint',
  'public-client-disabled',
  'client-secret-sent',
];

/** The sign-in failure causes the printer's own messages on this page name, most specific first. */
export function signInFailureIn(model: PageModel): CauseId[] {
  const found: CauseId[] = [];
  for (const message of model.fields.message ?? []) {
    for (const match of explain(message)) {
      if (SIGN_IN_FAILURE_CAUSES.includes(match.id) && !found.includes(match.id)) found.push(match.id);
    }
  }
  return found;
}

export function signInActive(progress: VariantMemory | undefined, now: number): boolean {
  const shown = progress?.signInShownAt;
  if (shown === undefined) return false;
  const age = now - shown;
  // A code "seen in the future" means the clock moved back: its age is unknown, so it does not count.
  return age >= 0 && age < DEVICE_CODE_LIFETIME_MS;
}

/** The memory after one more view. Pure: returns a new object, never changes its input. */
export function remember(memory: GuideMemory, model: PageModel, observation: Observation = {}): GuideMemory {
  if (model.page === 'not-webconfig') return memory;
  const now = observation.now ?? Date.now();
  const isNewLoad = observation.load === undefined || observation.load !== memory.lastLoad;
  const pageVariant = variantForPage(model.page);
  const variant = pageVariant ?? observation.variant ?? memory.variant ?? 'email-server';
  const next: GuideMemory = {
    ...memory,
    progress: { ...memory.progress },
  };
  if (observation.load === undefined) delete next.lastLoad;
  else next.lastLoad = observation.load;
  if (pageVariant) next.variant = pageVariant;

  const progress: VariantMemory = { ...(memory.progress[variant] ?? {}) };
  // The code's clock starts when it first appears; a prompt left open must not restart it.
  if (deviceCodeIn(model, observation.text) && !signInActive(progress, now)) progress.signInShownAt = now;

  if (pageVariant) rememberFailure(progress, model, observation, isNewLoad, now);

  if (pageVariant && isConfirmPage(model)) {
    // The confirm page repeats the sent settings; the printer does not hold them until its OK.
    progress.confirmShownAt = now;
    delete progress.signInShownAt;
  } else if (pageVariant) {
    const settings = snapshotOf(model);
    const codeWasLive = signInActive(progress, now);
    if (settings.currentStatus === 'signed-in') delete progress.signInShownAt;
    const lateJoin =
      isNewLoad && observation.documentStart !== undefined && now - observation.documentStart > LATE_JOIN_MS;
    // Seen: a code, then straight away a fresh page already signed in, without the sign-in ever
    // showing in the form: the page reloaded itself when the sign-in finished. Not saved yet.
    const reloadedBySignIn = isNewLoad && codeWasLive && isConfigured(variant, settings);
    const settling =
      !isNewLoad &&
      !progress.loadUnknown &&
      progress.loadedFrom === observation.load &&
      progress.loadedAt !== undefined &&
      now - progress.loadedAt < LOAD_SETTLE_MS;
    if (isNewLoad) delete progress.confirmShownAt;
    if (isNewLoad) {
      progress.loadedAt = now;
      if (observation.load === undefined) delete progress.loadedFrom;
      else progress.loadedFrom = observation.load;
      if (lateJoin || reloadedBySignIn) progress.loadUnknown = true;
      else delete progress.loadUnknown;
    }
    if (reloadedBySignIn) {
      progress.unsavedSignIn =
        observation.load === undefined ? { at: now } : { at: now, load: observation.load };
    } else if ((isNewLoad && !lateJoin) || settling) {
      progress.loaded = settings;
      if (isConfigured(variant, settings)) {
        progress.configuredAt = now;
        delete progress.unsavedSignIn;
      }
    } else if (
      settings.currentStatus === 'signed-in' &&
      (progress.loadUnknown ||
        !(progress.loaded && sameSettings(progress.loaded, settings) && isConfigured(variant, settings)))
    ) {
      progress.unsavedSignIn =
        observation.load === undefined ? { at: now } : { at: now, load: observation.load };
    }
  }
  next.progress[variant] = progress;
  return next;
}

/** Keep the printer's sign-in failure for this load and the next; a new sign-in or Signed in ends it. */
function rememberFailure(
  progress: VariantMemory,
  model: PageModel,
  observation: Observation,
  isNewLoad: boolean,
  now: number,
): void {
  const causes = signInFailureIn(model);
  if (causes.length > 0) {
    const same = progress.signInFailure?.load === observation.load && observation.load !== undefined;
    progress.signInFailure = {
      causes: causes.slice(0, 8),
      at: same ? (progress.signInFailure?.at ?? now) : now,
      ...(observation.load === undefined ? {} : { load: observation.load }),
    };
    delete progress.signInShownAt;
    return;
  }
  const failure = progress.signInFailure;
  if (!failure) return;
  if (model.fields.currentStatus === 'signed-in' || deviceCodeIn(model, observation.text)) {
    delete progress.signInFailure;
    return;
  }
  if (!isNewLoad) return;
  if (failure.nextLoad === undefined && observation.load !== undefined) {
    progress.signInFailure = { ...failure, nextLoad: observation.load };
  } else {
    delete progress.signInFailure;
  }
}
