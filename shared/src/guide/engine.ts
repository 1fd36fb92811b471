import { bySeverity } from '../diagnosis/catalog.ts';
import type { CauseId } from '../diagnosis/cause-ids.ts';
import { isConfirmPage, type PageModel } from '../webconfig/page-model.ts';
import { DEVICE_CODE_LIFETIME_MS, type DeviceCodePrompt } from './device-code.ts';
import {
  deviceCodeIn,
  type GuideMemory,
  isConfigured,
  type Observation,
  remember,
  sameSettings,
  signInActive,
  signInFailureIn,
  snapshotOf,
  type VariantMemory,
} from './memory.ts';
import type { Completion, OutlineTarget, StepId } from './steps.ts';
import { VARIANTS, type VariantId, type VariantStep, variantForPage } from './variants.ts';

/**
 * - `idle`: not a Web Config page; the guide has nothing to say.
 * - `in-progress`: `step` is what the admin does next.
 * - `blocked`: the step cannot be done on this printer as it is (`blockers` say why).
 * - `complete`: the printer holds the finished configuration.
 */
export type GuideStatus = 'idle' | 'in-progress' | 'blocked' | 'complete';

export interface GuideState {
  variant: VariantId;
  status: GuideStatus;
  /** The step to do now; null when idle or complete. Written into `<wcoa-overlay data-step>`. */
  step: StepId | null;
  /** Steps already done, in guide order (always the steps before `step`). */
  done: StepId[];
  /** Steps after `step`, in order. */
  pending: StepId[];
  /** 1-based position of `step` in the variant (for "Step 4 of 12"); 0 when there is none. */
  position: number;
  total: number;
  /** What the overlay outlines for the current step. */
  target: OutlineTarget | null;
  /** Why the current step cannot be done. */
  blockers: CauseId[];
  /** Causes worth showing beside the step (an earlier sign-in not saved, an expired sign-in). */
  hints: CauseId[];
  /** A device-code sign-in under way: when it started and when its code lapses. */
  signIn: { startedAt: number; expiresAt: number; minutesLeft: number } | null;
}

interface Context {
  model: PageModel;
  variant: VariantId;
  seen: GuideMemory;
  progress: VariantMemory | undefined;
  onVariantPage: boolean;
  /** A device code was shown less than its lifetime ago and the sign-in has not finished. */
  signingIn: boolean;
  /** The page is Web Config's confirm page: settings sent, its OK pending. */
  confirming: boolean;
}

/**
 * When the printer holds the configuration ("saved"):
 * Web Config renders a settings page from the printer's stored settings; choosing OAuth2, a
 * service, even signing in, only change the form in the browser until OK sends it (form, confirm,
 * saved). So the page as it LOADED is the printer's state, and the rule is: saved when the page's
 * last load showed the finished configuration (OAuth2 and Signed in) and the page still shows
 * exactly that (no unsaved edit since). A Signed in reached by editing the page is not saved: the
 * step stays `save-settings` until, after OK, the page loads again showing OAuth2 and Signed in.
 * With no load on record (first sight of this printer) the page in hand is taken as loaded.
 * Two refinements (memory.ts): changes within LOAD_SETTLE_MS of a load are Web Config's scripts
 * finishing the form, part of the load; a page first read more than LATE_JOIN_MS after it began
 * loading (Observation.documentStart), or a fresh page that is already Signed in while a device
 * code was live (Web Config reloaded itself when the sign-in finished), has an unknown load state,
 * so OK is asked for.
 * The guide's caveat ("if Current Status is Signed in, the sign-in may not have been saved")
 * remains possible on firmware that shows a pending sign-in on load; the diagnosis catalog's
 * signed-in-not-saved covers mail that still fails.
 */
function isSaved(ctx: Context): boolean {
  if (ctx.confirming) return false;
  const shown = snapshotOf(ctx.model);
  if (!ctx.onVariantPage) {
    const loaded = ctx.progress?.loaded;
    return loaded !== undefined && isConfigured(ctx.variant, loaded);
  }
  // Joined late: the printer's state is unknown, so OK is asked for (resending is harmless).
  if (!isConfigured(ctx.variant, shown) || ctx.progress?.loadUnknown) return false;
  const loaded = ctx.progress?.loaded ?? shown;
  return isConfigured(ctx.variant, loaded) && sameSettings(loaded, shown);
}

function signedIn(ctx: Context): boolean {
  return ctx.onVariantPage ? ctx.model.fields.currentStatus === 'signed-in' : isSaved(ctx);
}

/**
 * An Email service is chosen; or the page has nothing to choose: it shows the sign-in status but
 * no Email service row at all (raw holds every row the page shows, even an unrecognised value),
 * as a fax provider's server settings may.
 */
function serviceSettled(model: PageModel): boolean {
  if (model.fields.emailService !== undefined) return true;
  return model.raw.emailService === undefined && model.fields.currentStatus !== undefined;
}

function isDone(completion: Completion, ctx: Context): boolean {
  const { model, onVariantPage, signingIn } = ctx;
  const fields = model.fields;
  // Away from the variant page (e.g. a device-code window of its own), a live code still proves
  // the admin chose OAuth2 and a service and pressed Sign In.
  const provenBySignIn = !onVariantPage && signingIn;
  switch (completion) {
    case 'webconfig':
      return model.page !== 'not-webconfig';
    case 'past-login':
      return model.page !== 'not-webconfig' && model.page !== 'login';
    case 'on-variant-page':
      return onVariantPage || isSaved(ctx) || provenBySignIn;
    case 'oauth2-chosen':
      return (onVariantPage && fields.authMethod === 'oauth2') || isSaved(ctx) || provenBySignIn;
    case 'service-chosen':
      return (onVariantPage && serviceSettled(model)) || signedIn(ctx) || provenBySignIn;
    case 'sign-in-started':
      return signedIn(ctx) || signingIn;
    case 'signed-in':
      return signedIn(ctx);
    case 'sent':
      return ctx.confirming || isSaved(ctx);
    case 'saved':
      return isSaved(ctx);
  }
}

function hintsFor(ctx: Context, step: VariantStep | undefined): CauseId[] {
  if (!ctx.onVariantPage || !step) return [];
  const hints: CauseId[] = [];
  const { progress, model } = ctx;
  // Signed in but not saved: only while the page itself shows Signed in (a page reading Not signed
  // in asks for a sign-in, not for OK), and the printer does not hold it (the step is OK's).
  if (
    model.fields.currentStatus === 'signed-in' &&
    (step.id === 'save-settings' || step.id === 'confirm-save') &&
    VARIANTS[ctx.variant].configured === 'oauth2-signed-in' &&
    (progress?.unsavedSignIn !== undefined || progress?.loadUnknown)
  ) {
    hints.push('signed-in-not-saved');
  }
  if (progress?.loadUnknown) return hints;
  // The printer was configured before and now loads with OAuth2 but not signed in: the tokens lapsed.
  if (
    progress?.configuredAt !== undefined &&
    progress.loaded?.authMethod === 'oauth2' &&
    progress.loaded.currentStatus === 'not-signed-in' &&
    model.fields.currentStatus === 'not-signed-in'
  ) {
    hints.push('sign-in-expired');
  }
  return hints;
}

/**
 * The sign-in failure to show as the blocker: what the printer's error line says now, else what it
 * said on the previous load (Web Config drops the line on reload). Never once the page shows
 * Signed in or a new code.
 */
function failureOf(ctx: Context, codeShown: boolean): CauseId[] {
  if (!ctx.onVariantPage || codeShown || ctx.model.fields.currentStatus === 'signed-in') return [];
  const now = signInFailureIn(ctx.model);
  if (now.length > 0) return now;
  return ctx.progress?.signInFailure?.causes ?? [];
}

/**
 * The guide's state for a page, given what was seen before. Pure. Call `remember` with the page
 * first and pass its result (or use `observe`, which does both): the saved rule needs to know
 * whether the page in hand is a fresh load.
 *
 * The variant follows the page kind; on other pages it is `variant` if given, else the last one
 * seen, else `email-server`. The login page is always `log-in`; other Web Config pages point to
 * the variant's page (`open-email-server` / `open-serverless`) unless the variant is complete.
 */
export interface StepOptions {
  /**
   * Whether the page shows a device code now (observe() knows from the page's text). On the
   * variant's page the device-code step lasts only while the code is shown; without this, the
   * memory's clock alone decides.
   */
  codeShown?: boolean;
}

export function currentStep(
  model: PageModel,
  seen: GuideMemory,
  variant?: VariantId,
  now: number = Date.now(),
  options: StepOptions = {},
): GuideState {
  const pageVariant = variantForPage(model.page);
  const variantId = pageVariant ?? variant ?? seen.variant ?? 'email-server';
  const steps = VARIANTS[variantId].steps;
  const progress = seen.progress[variantId];
  const onVariantPage = pageVariant !== null;
  const confirming = onVariantPage && isConfirmPage(model);
  // On the variant's page the page itself says whether a code is shown (when the caller knows).
  const codeVisible = options.codeShown ?? true;
  const ctx: Context = {
    model,
    variant: variantId,
    seen,
    progress,
    onVariantPage,
    confirming,
    signingIn:
      signInActive(progress, now) &&
      !confirming &&
      !(onVariantPage && (model.fields.currentStatus === 'signed-in' || !codeVisible)),
  };
  const failure = failureOf(ctx, options.codeShown === true);
  if (failure.length > 0) ctx.signingIn = false;
  const base = { variant: variantId, total: steps.length, blockers: [] as CauseId[], signIn: null };

  if (model.page === 'not-webconfig') {
    return {
      ...base,
      status: 'idle',
      step: null,
      done: [],
      pending: [],
      position: 0,
      target: null,
      hints: [],
    };
  }

  // The first step not done; on the login page that is always `log-in` (its completion is `past-login`).
  const index = steps.findIndex((s) => !isDone(s.completion, ctx));
  if (index < 0) {
    return {
      ...base,
      status: 'complete',
      step: null,
      done: steps.map((s) => s.id),
      pending: [],
      position: 0,
      target: null,
      hints: [],
    };
  }

  const current = steps[index];
  const unsupported =
    ctx.onVariantPage && model.fields.oauthOffered === false && model.fields.authMethod !== 'oauth2';
  const blockers: CauseId[] = unsupported ? ['oauth-not-supported'] : failure;
  const blocked = blockers.length > 0;
  const startedAt = progress?.signInShownAt;
  const waitingForMicrosoft = current?.completion === 'signed-in' && startedAt !== undefined && ctx.signingIn;
  return {
    ...base,
    status: blocked ? 'blocked' : 'in-progress',
    step: current?.id ?? null,
    done: steps.slice(0, index).map((s) => s.id),
    pending: steps.slice(index + 1).map((s) => s.id),
    position: index + 1,
    target: current?.target ?? null,
    blockers,
    hints: bySeverity(hintsFor(ctx, current)).filter((id) => !blockers.includes(id)),
    signIn: waitingForMicrosoft
      ? {
          startedAt,
          expiresAt: startedAt + DEVICE_CODE_LIFETIME_MS,
          minutesLeft: Math.max(0, Math.ceil((startedAt + DEVICE_CODE_LIFETIME_MS - now) / 60_000)),
        }
      : null,
  };
}

export interface Observed {
  memory: GuideMemory;
  guide: GuideState;
  /** The device-code prompt on the page now, for the helper (never stored). */
  deviceCode: DeviceCodePrompt | null;
}

/** One view, start to end: remember it, then work out the step. What the content script calls. */
export function observe(
  memory: GuideMemory,
  model: PageModel,
  observation: Observation = {},
  variant?: VariantId,
): Observed {
  const now = observation.now ?? Date.now();
  const next = remember(memory, model, variant ? { ...observation, now, variant } : { ...observation, now });
  const deviceCode = model.page === 'not-webconfig' ? null : deviceCodeIn(model, observation.text);
  return {
    memory: next,
    guide: currentStep(model, next, variant, now, { codeShown: deviceCode !== null }),
    deviceCode,
  };
}
