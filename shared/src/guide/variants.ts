import type { PageKind } from '../webconfig/page-model.ts';
import type { StepDef, StepId } from './steps.ts';

/**
 * The guide's three procedures. The variant follows the page kind: the Email Server page runs
 * `email-server`, the Fax tab's Email Server Settings `fax-server`, Print Admin Serverless
 * `serverless`.
 */
export const VARIANT_IDS = ['email-server', 'fax-server', 'serverless'] as const;
export type VariantId = (typeof VARIANT_IDS)[number];

export function isVariantId(value: unknown): value is VariantId {
  return typeof value === 'string' && (VARIANT_IDS as readonly string[]).includes(value);
}

/** Keys of `guide.steps` in the message table; a variant may word a shared step its own way. */
export type StepTextKey =
  | StepId
  | 'fax-open-email-server'
  | 'fax-choose-service'
  | 'fax-save-settings'
  | 'fax-confirm-save'
  | 'serverless-log-in'
  | 'serverless-consent';

export interface VariantStep extends StepDef {
  text: StepTextKey;
}

export interface Variant {
  id: VariantId;
  /** The Web Config page where the variant's settings live. */
  page: PageKind;
  /**
   * What "configured" means on that page: OAuth2 chosen and signed in, sent to the printer with OK
   * (`oauth2-signed-in`); or an administrator sign-in that persists by itself (`signed-in`).
   */
  configured: 'oauth2-signed-in' | 'signed-in';
  steps: readonly VariantStep[];
}

function step(
  id: StepId,
  place: StepDef['place'],
  target: StepDef['target'],
  completion: StepDef['completion'],
  text: StepTextKey = id,
): VariantStep {
  return { id, place, target, completion, text };
}

/** The Epson guide's 12 steps for Network > Email Server > Basic, in order, then the confirm page's OK. */
const EMAIL_SERVER_STEPS = [
  step('open-webconfig', 'product-status', null, 'webconfig'),
  step('log-in', 'login', 'login-form', 'past-login'),
  step('open-email-server', 'email-server-basic', 'menu', 'on-variant-page'),
  step('choose-oauth2', 'email-server-basic', 'authMethod', 'oauth2-chosen'),
  step('choose-service', 'email-server-basic', 'emailService', 'service-chosen'),
  step('sign-in', 'email-server-basic', 'sign-in-button', 'sign-in-started'),
  // The device code is shown in Web Config's window; the next four happen on Microsoft's pages.
  step('copy-code', 'email-server-basic', null, 'signed-in'),
  step('enter-code', 'microsoft', null, 'signed-in'),
  step('admin-account', 'microsoft', null, 'signed-in'),
  step('password', 'microsoft', null, 'signed-in'),
  step('consent', 'microsoft', null, 'signed-in'),
  step('save-settings', 'email-server-basic', 'ok-button', 'sent'),
  // Not in the guide's list but in its warning: the confirm page's OK is what saves.
  step('confirm-save', 'email-server-basic', 'ok-button', 'saved'),
] as const satisfies readonly VariantStep[];

/** Fax > Fax Server > Email Server Settings: the same flow on the fax page, worded for it. */
const FAX_SERVER_STEPS: readonly VariantStep[] = EMAIL_SERVER_STEPS.map((s): VariantStep => {
  const place = s.place === 'email-server-basic' ? 'fax-server-email' : s.place;
  const text: StepTextKey =
    s.id === 'open-email-server'
      ? 'fax-open-email-server'
      : s.id === 'choose-service'
        ? 'fax-choose-service'
        : s.id === 'save-settings'
          ? 'fax-save-settings'
          : s.id === 'confirm-save'
            ? 'fax-confirm-save'
            : s.text;
  return { ...s, place, text };
});

/**
 * Print Admin Serverless, "For My Email": the administrator signs in once for the organisation
 * (consent and permission scope); the sign-in persists by itself, and afterwards each user signs
 * in on first use (the variant's completion message says so).
 */
const SERVERLESS_STEPS: readonly VariantStep[] = [
  step('open-webconfig', 'product-status', null, 'webconfig'),
  step('log-in', 'login', 'login-form', 'past-login', 'serverless-log-in'),
  step('open-serverless', 'print-admin-serverless', 'menu', 'on-variant-page'),
  step('choose-for-my-email', 'print-admin-serverless', null, 'sign-in-started'),
  step('admin-account', 'microsoft', null, 'signed-in'),
  step('password', 'microsoft', null, 'signed-in'),
  step('consent', 'microsoft', null, 'signed-in', 'serverless-consent'),
];

export const VARIANTS: Readonly<Record<VariantId, Variant>> = {
  'email-server': {
    id: 'email-server',
    page: 'email-server-basic',
    configured: 'oauth2-signed-in',
    steps: EMAIL_SERVER_STEPS,
  },
  'fax-server': {
    id: 'fax-server',
    page: 'fax-server-email',
    configured: 'oauth2-signed-in',
    steps: FAX_SERVER_STEPS,
  },
  serverless: {
    id: 'serverless',
    page: 'print-admin-serverless',
    configured: 'signed-in',
    steps: SERVERLESS_STEPS,
  },
};

/** The variant a page belongs to, or null for pages that belong to none. */
export function variantForPage(page: PageKind): VariantId | null {
  for (const variant of Object.values(VARIANTS)) if (variant.page === page) return variant.id;
  return null;
}

export function stepOf(variant: VariantId, id: StepId): VariantStep | undefined {
  return VARIANTS[variant].steps.find((s) => s.id === id);
}
