import type { PageKind } from '../webconfig/page-model.ts';

/**
 * Step ids are a contract: the overlay writes the current one into `<wcoa-overlay data-step>`
 * and end-to-end tests assert it. Add ids, never rename them.
 */
export const STEP_IDS = [
  'open-webconfig',
  'log-in',
  'open-email-server',
  'choose-oauth2',
  'choose-service',
  'sign-in',
  'copy-code',
  'enter-code',
  'admin-account',
  'password',
  'consent',
  'save-settings',
  // Print Admin Serverless "For My Email": the sign-in is started from its own menu.
  'open-serverless',
  'choose-for-my-email',
  // Web Config's confirm page: OK sent the settings, a second OK on this page saves them.
  'confirm-save',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** Where the admin does a step: a Web Config page, or Microsoft's sign-in pages (no overlay there). */
export type StepPlace = PageKind | 'microsoft';

/**
 * What the overlay outlines for a step. PageFields names where the step is about a field;
 * `sign-in-button` and `ok-button` are Web Config's Sign In and OK buttons, `login-form` the
 * administrator login and `menu` the navigation to the page.
 */
export type OutlineTarget =
  | 'authMethod'
  | 'emailService'
  | 'currentStatus'
  | 'sign-in-button'
  | 'ok-button'
  | 'login-form'
  | 'menu';

/**
 * How a step's completion shows, evaluated by the engine against a PageModel and the memory.
 * - `webconfig`: any Web Config page is open.
 * - `past-login`: a Web Config page other than the login page is open (Web Config asks for the
 *   login itself when a settings page needs it).
 * - `on-variant-page`: the variant's settings page is open (or the variant is known complete).
 * - `oauth2-chosen`: Authentication Method reads OAuth2.
 * - `service-chosen`: an Email service is chosen (a signed-in status implies one was).
 * - `sign-in-started`: the device code was shown, or the sign-in already finished.
 * - `signed-in`: Current Status reads Signed in.
 * - `sent`: OK sent the settings: the confirm page is shown (or the printer already holds them).
 * - `saved`: the printer holds OAuth2 and the sign-in (see the rule in engine.ts).
 */
export type Completion =
  | 'webconfig'
  | 'past-login'
  | 'on-variant-page'
  | 'oauth2-chosen'
  | 'service-chosen'
  | 'sign-in-started'
  | 'signed-in'
  | 'sent'
  | 'saved';

export interface StepDef {
  id: StepId;
  place: StepPlace;
  /** The field or control the overlay outlines; null when the step happens elsewhere. */
  target: OutlineTarget | null;
  completion: Completion;
}

/**
 * Epson guide steps 7-11, the device-code sign-in: the code shown in Web Config's window, then
 * Microsoft's pages (no overlay there). All complete together once Web Config reads Signed in.
 */
export const MICROSOFT_STEPS = ['copy-code', 'enter-code', 'admin-account', 'password', 'consent'] as const;
