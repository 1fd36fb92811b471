import { describe, expect, it } from 'vitest';
import {
  currentStep,
  emptyMemory,
  type GuideMemory,
  type GuideState,
  type Observation,
  observe,
  remember,
  type StepId,
  VARIANTS,
  type VariantId,
} from '../src/guide/index.ts';
import {
  CONFIRM_SIGNAL,
  type PageFields,
  type PageKind,
  type PageModel,
} from '../src/webconfig/page-model.ts';
import { pageModel } from './guide-model.ts';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const MIN = 60_000;
const MS_PROMPT =
  'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code F8KJ2MXQ4 to authenticate.';

/** Drives the engine the way the content script does: one observe per view, memory carried along. */
class Session {
  memory: GuideMemory;
  now = T0;
  /** Time between two views: a person's pace, well past the load-settling window. */
  gap = 10_000;
  constructor(memory: GuideMemory = emptyMemory()) {
    this.memory = memory;
  }
  view(
    page: PageKind,
    fields: PageFields = {},
    observation: Observation = {},
    variant?: VariantId,
    signals: string[] = [],
  ) {
    this.now += this.gap;
    const model = { ...pageModel(page, fields), signals };
    const result = observe(this.memory, model, { now: this.now, ...observation }, variant);
    // What the extension stores is JSON: every step goes through a serialisation round trip.
    this.memory = JSON.parse(JSON.stringify(result.memory));
    return result;
  }
  step(...args: Parameters<Session['view']>): StepId | null {
    return this.view(...args).guide.step;
  }
  later(minutes: number) {
    this.now += minutes * MIN;
  }
}

const EMAIL_STEPS = VARIANTS['email-server'].steps.map((s) => s.id);

/** The Email Server steps from `first` to `last`, in the variant's order. */
function emailStepsFrom(first: StepId, last: StepId): StepId[] {
  return EMAIL_STEPS.slice(EMAIL_STEPS.indexOf(first), EMAIL_STEPS.indexOf(last) + 1);
}

/** The guide on a page seen first (nothing remembered), in the variant the page implies or the one named. */
function firstVisit(model: PageModel, variant?: VariantId): GuideState {
  return currentStep(model, emptyMemory(), variant, T0);
}

function expectConsistent(state: GuideState) {
  const all = VARIANTS[state.variant].steps.map((s) => s.id);
  if (state.step === null) {
    expect(state.pending).toEqual([]);
    return;
  }
  expect([...state.done, state.step, ...state.pending]).toEqual(all);
  expect(state.position).toBe(state.done.length + 1);
  expect(state.total).toBe(all.length);
}

describe('the Email Server walk, as the admin works', () => {
  const off: PageFields = { authMethod: 'off', oauthOffered: true };
  const oauth: PageFields = { authMethod: 'oauth2', oauthOffered: true };
  const exchange: PageFields = { ...oauth, emailService: 'exchange-online', currentStatus: 'not-signed-in' };
  const signedIn: PageFields = {
    ...oauth,
    emailService: 'exchange-online',
    currentStatus: 'signed-in',
    account: 'printer@contoso.com',
  };

  it('advances at each action and finishes only after OK reloads the page', () => {
    const s = new Session();
    const seen: GuideState[] = [];
    const record = (r: ReturnType<Session['view']>) => {
      seen.push(r.guide);
      expectConsistent(r.guide);
      return r.guide.step;
    };

    expect(record(s.view('not-webconfig', {}, { load: 'news' }))).toBeNull();
    expect(record(s.view('login', {}, { load: 'login' }))).toBe('log-in');
    expect(record(s.view('product-status', {}, { load: 'status' }))).toBe('open-email-server');

    expect(record(s.view('email-server-basic', off, { load: 'doc-1' }))).toBe('choose-oauth2');
    expect(s.view('email-server-basic', off, { load: 'doc-1' }).guide.target).toBe('authMethod');
    // Choosing OAuth2 changes the form in the browser; the service select starts empty here.
    expect(record(s.view('email-server-basic', oauth, { load: 'doc-1' }))).toBe('choose-service');
    expect(record(s.view('email-server-basic', exchange, { load: 'doc-1' }))).toBe('sign-in');

    // Sign In -> Sign in with Microsoft: the window shows the code and the URL.
    s.later(1);
    const prompt = s.view('email-server-basic', exchange, { load: 'doc-1', text: MS_PROMPT });
    expect(record(prompt)).toBe('copy-code');
    expect(prompt.deviceCode).toEqual({
      userCode: 'F8KJ2MXQ4',
      verificationUri: 'https://microsoft.com/devicelogin',
    });
    expect(prompt.guide.signIn?.minutesLeft).toBe(15);
    expect(prompt.guide.pending.slice(0, 4)).toEqual(['enter-code', 'admin-account', 'password', 'consent']);

    // The admin is on Microsoft's pages now; the page still shows the code, which counts down.
    s.later(4);
    const waiting = s.view('email-server-basic', exchange, { load: 'doc-1', text: MS_PROMPT });
    expect(record(waiting)).toBe('copy-code');
    expect(waiting.guide.signIn?.minutesLeft).toBe(11);

    // Back in Web Config: Signed in, but only in the form: click OK.
    s.later(2);
    const unsaved = s.view('email-server-basic', signedIn, { load: 'doc-1' });
    expect(record(unsaved)).toBe('save-settings');
    expect(unsaved.guide.target).toBe('ok-button');
    expect(unsaved.guide.done).toContain('consent');
    expect(unsaved.guide.signIn).toBeNull();

    // OK -> the confirm page: sent, not saved; never "set up" here.
    const confirm = s.view('email-server-basic', signedIn, { load: 'confirm' }, undefined, [CONFIRM_SIGNAL]);
    expect(record(confirm)).toBe('confirm-save');
    expect(confirm.guide.status).toBe('in-progress');
    expect(confirm.guide.target).toBe('ok-button');
    // Its OK -> the printer saves; Web Config shows the page again, loaded from the printer.
    const saved = s.view('email-server-basic', signedIn, { load: 'doc-2' });
    expect(record(saved)).toBeNull();
    expect(saved.guide.status).toBe('complete');
    expect(saved.guide.done).toEqual(EMAIL_STEPS);

    const steps = seen.map((g) => g.step);
    expect(steps).toEqual([
      null,
      ...emailStepsFrom('log-in', 'copy-code'),
      'copy-code',
      'save-settings',
      'confirm-save',
      null,
    ]);
    // Done only grows along the walk on the Email Server page itself.
    const onPage = seen.slice(3, 9).map((g) => g.done.length);
    expect(onPage).toEqual([...onPage].sort((a, b) => a - b));
  });

  it('a page that reloads itself when the sign-in finishes still asks for OK', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'doc-1' });
    expect(s.step('email-server-basic', exchange, { load: 'doc-1', text: MS_PROMPT })).toBe('copy-code');
    s.later(3);
    // Web Config reloads: a new document, already Signed in, the code still live.
    const reloaded = s.view('email-server-basic', signedIn, { load: 'doc-2' });
    expect(reloaded.guide.step).toBe('save-settings');
    // The page shows Signed in and the printer does not hold it: exactly what the hint says.
    expect(reloaded.guide.hints).toEqual(['signed-in-not-saved']);
    expect(s.step('email-server-basic', signedIn, { load: 'doc-2' })).toBe('save-settings');
    expect(s.step('product-status', {}, { load: 'doc-3' })).toBe('open-email-server');
    // OK: the page loads again, signed in; this time it is the printer's state.
    expect(s.step('email-server-basic', signedIn, { load: 'doc-4' })).toBeNull();
    expect(s.step('product-status', {}, { load: 'doc-5' })).toBeNull();
  });

  it('keeps save-settings while signed-in edits stay in the same document', () => {
    const s = new Session();
    s.view('email-server-basic', off, { load: 'doc-1' });
    expect(s.step('email-server-basic', signedIn, { load: 'doc-1' })).toBe('save-settings');
    s.later(10);
    expect(s.step('email-server-basic', signedIn, { load: 'doc-1' })).toBe('save-settings');
  });

  it('the Outlook.com path is the same walk', () => {
    const s = new Session();
    s.view('email-server-basic', { authMethod: 'smtp-auth', oauthOffered: true }, { load: 'a' });
    expect(s.step('email-server-basic', oauth, { load: 'a' })).toBe('choose-service');
    const outlook: PageFields = { ...oauth, emailService: 'outlook-com', currentStatus: 'not-signed-in' };
    expect(s.step('email-server-basic', outlook, { load: 'a' })).toBe('sign-in');
    expect(
      s.step('email-server-basic', outlook, {
        load: 'a',
        text: 'Open https://www.microsoft.com/link and enter code QW7R-K2LP.',
      }),
    ).toBe('copy-code');
    const done: PageFields = { ...outlook, currentStatus: 'signed-in', account: 'me@outlook.com' };
    expect(s.step('email-server-basic', done, { load: 'a' })).toBe('save-settings');
    expect(s.step('email-server-basic', done, { load: 'b' })).toBeNull();
  });

  it('changes in the first seconds after a load are Web Config filling the form in, not the admin', () => {
    const s = new Session();
    s.gap = 800;
    // The Current Status row appears only once Web Config's script has run.
    expect(s.step('email-server-basic', { authMethod: 'oauth2' }, { load: 'doc-1' })).toBe('choose-service');
    expect(s.step('email-server-basic', signedIn, { load: 'doc-1' })).toBeNull();
    // The same change minutes later is the admin's sign-in, not yet saved.
    const later = new Session();
    later.view('email-server-basic', { ...exchange }, { load: 'doc-1' });
    later.later(3);
    expect(later.step('email-server-basic', signedIn, { load: 'doc-1' })).toBe('save-settings');
  });

  it('the settling window does not slide with every mutation', () => {
    const s = new Session();
    s.gap = 2_000;
    s.view('email-server-basic', exchange, { load: 'doc-1' });
    for (let i = 0; i < 5; i++) s.view('email-server-basic', exchange, { load: 'doc-1' });
    expect(s.step('email-server-basic', signedIn, { load: 'doc-1' })).toBe('save-settings');
  });

  it('a page read long after it began loading (extension enabled mid-way) asks for OK rather than guess', () => {
    const s = new Session();
    const late = { load: 'doc-1', documentStart: T0 - 5 * MIN };
    expect(s.step('email-server-basic', signedIn, late)).toBe('save-settings');
    expect(s.step('email-server-basic', signedIn, late)).toBe('save-settings');
    // OK: the page loads again, read right away: now the printer's state is known.
    expect(
      s.step('email-server-basic', signedIn, { load: 'doc-2', documentStart: s.now + s.gap - 1500 }),
    ).toBeNull();
    // A late join on a printer known to be configured keeps other pages complete.
    expect(s.step('email-server-basic', signedIn, { load: 'doc-3', documentStart: s.now - 5 * MIN })).toBe(
      'save-settings',
    );
    expect(s.step('product-status', {}, { load: 'doc-4' })).toBeNull();
  });

  it('a printer configured before is done on every page, now and on return', () => {
    const s = new Session();
    const first = s.view('email-server-basic', signedIn, { load: 'x' });
    expect(first.guide.status).toBe('complete');
    expect(s.step('product-status', {}, { load: 'y' })).toBeNull();
    expect(s.step('job-history', { errorCodes: [] }, { load: 'z' })).toBeNull();
    s.later(60 * 24 * 7);
    expect(s.view('email-server-basic', signedIn, { load: 'w' }).guide.status).toBe('complete');
    // A login page is still the login step (the session lapsed), whatever the memory says.
    expect(s.step('login', {}, { load: 'v' })).toBe('log-in');
  });

  it('without a load id each model is taken as a fresh load (detect on a saved page)', () => {
    expect(firstVisit(pageModel('email-server-basic', signedIn)).status).toBe('complete');
    const s = new Session();
    expect(s.step('email-server-basic', off)).toBe('choose-oauth2');
    expect(s.step('email-server-basic', signedIn)).toBeNull();
  });

  it('"signed in but not saved" only while the page shows Signed in (a hint never contradicts the page)', () => {
    const s = new Session();
    s.view('email-server-basic', off, { load: 'doc-1' });
    const unsaved = s.view('email-server-basic', signedIn, { load: 'doc-1' });
    expect(unsaved.guide.step).toBe('save-settings');
    expect(unsaved.guide.hints).toEqual(['signed-in-not-saved']);
    // Navigated away without OK, came back: the page reads Off and Not signed in; the guide asks
    // for the sign-in again and claims no sign-in the page does not show.
    s.view('network-status', {}, { load: 'doc-2' });
    const back = s.view('email-server-basic', off, { load: 'doc-3' });
    expect(back.guide.step).toBe('choose-oauth2');
    expect(back.guide.hints).toEqual([]);
    const notSignedIn = s.view('email-server-basic', exchange, { load: 'doc-3' });
    expect(notSignedIn.guide.step).toBe('sign-in');
    expect(notSignedIn.guide.hints).not.toContain('signed-in-not-saved');
    // On the confirm page the hint still holds: nothing is saved until its OK.
    const confirm = s.view('email-server-basic', signedIn, { load: 'c' }, undefined, [CONFIRM_SIGNAL]);
    expect(confirm.guide.step).toBe('confirm-save');
    expect(confirm.guide.hints).toEqual(['signed-in-not-saved']);
  });

  it('the confirm page is never "set up", even for a printer that held the setup before', () => {
    const s = new Session();
    expect(s.view('email-server-basic', signedIn, { load: 'doc-1' }).guide.status).toBe('complete');
    const confirm = s.view('email-server-basic', signedIn, { load: 'c' }, undefined, [CONFIRM_SIGNAL]);
    expect(confirm.guide.step).toBe('confirm-save');
    // Leaving the confirm page without its OK: the printer still holds what it held.
    expect(s.view('email-server-basic', signedIn, { load: 'doc-2' }).guide.status).toBe('complete');
    // From Off: the confirm page, then a reload that shows OAuth2 + Signed in is the setup done.
    const t = new Session();
    t.view('email-server-basic', off, { load: 'a' });
    t.view('email-server-basic', signedIn, { load: 'a' });
    expect(t.step('email-server-basic', signedIn, { load: 'c' }, undefined, [CONFIRM_SIGNAL])).toBe(
      'confirm-save',
    );
    expect(t.step('product-status', {}, { load: 'p' })).toBe('open-email-server');
    // A reload showing the old settings (the confirm page's OK never pressed) is not set up.
    expect(t.step('email-server-basic', off, { load: 'b' })).toBe('choose-oauth2');
    expect(t.step('email-server-basic', signedIn, { load: 'b' })).toBe('save-settings');
    expect(t.step('email-server-basic', signedIn, { load: 'c2' }, undefined, [CONFIRM_SIGNAL])).toBe(
      'confirm-save',
    );
    expect(t.view('email-server-basic', signedIn, { load: 'd' }).guide.status).toBe('complete');
  });

  it('a refused sign-in replaces the step with its blocker, first, on this load and the next', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'doc-1' });
    s.view('email-server-basic', exchange, { load: 'doc-1', text: MS_PROMPT });
    const line =
      'Sign-in failed (access_denied): AADSTS53003: Access has been blocked by Conditional Access policies.';
    const failed = s.view(
      'email-server-basic',
      { ...exchange, message: [line] },
      { load: 'doc-1', text: line },
    );
    expect(failed.guide).toMatchObject({
      status: 'blocked',
      step: 'sign-in',
      blockers: ['conditional-access-blocked'],
    });
    expect(failed.guide.signIn).toBeNull();
    // Web Config reloads and drops its error line: the blocker stays for that load…
    const next = s.view('email-server-basic', exchange, { load: 'doc-2' });
    expect(next.guide).toMatchObject({ status: 'blocked', blockers: ['conditional-access-blocked'] });
    // …and not beyond it.
    expect(s.view('email-server-basic', exchange, { load: 'doc-3' }).guide.blockers).toEqual([]);
  });

  it('each kind of refusal the printer reports is a blocker: consent, credentials, declined, lapsed code', () => {
    const lines: [string, string][] = [
      ['AADSTS65001: The user or administrator has not consented to use the application', 'consent-missing'],
      ['Sign-in failed (invalid_grant): AADSTS50126: Error validating credentials', 'credentials-invalid'],
      [
        'Sign-in failed (authorization_declined): The end user denied the authorization request.',
        'device-code-declined',
      ],
      ['Sign-in failed (expired_token): The device code expired.', 'device-code-expired'],
    ];
    for (const [line, cause] of lines) {
      const s = new Session();
      s.view('email-server-basic', exchange, { load: 'a', text: MS_PROMPT });
      const failed = s.view('email-server-basic', { ...exchange, message: [line] }, { load: 'a' });
      expect(failed.guide.blockers[0]).toBe(cause);
      expect(failed.guide.step).toBe('sign-in');
    }
  });

  it('a new code or Signed in ends the blocker at once', () => {
    const s = new Session();
    const line = 'AADSTS65001: The user or administrator has not consented to use the application';
    s.view('email-server-basic', { ...exchange, message: [line] }, { load: 'a' });
    const again = s.view('email-server-basic', exchange, { load: 'a', text: MS_PROMPT });
    expect(again.guide).toMatchObject({ status: 'in-progress', step: 'copy-code', blockers: [] });
  });

  it('a new sign-in on a configured printer is unsaved until OK', () => {
    const s = new Session();
    s.view('email-server-basic', signedIn, { load: 'doc-1' });
    const other = { ...signedIn, account: 'scanner@contoso.com' };
    expect(s.step('email-server-basic', other, { load: 'doc-1' })).toBe('save-settings');
    expect(s.step('email-server-basic', other, { load: 'doc-2' })).toBeNull();
  });

  it('a configured printer that loads signed out: sign in again, and the hint says it expired', () => {
    const s = new Session();
    s.view('email-server-basic', signedIn, { load: 'doc-1' });
    s.later(60 * 24 * 100);
    const lapsed = s.view('email-server-basic', exchange, { load: 'doc-2' });
    expect(lapsed.guide.step).toBe('sign-in');
    expect(lapsed.guide.hints).toEqual(['sign-in-expired']);
    expect(s.step('product-status', {}, { load: 'doc-3' })).toBe('open-email-server');
  });

  it('signing out on purpose in the page is not an expired sign-in', () => {
    const s = new Session();
    s.view('email-server-basic', signedIn, { load: 'doc-1' });
    const out = s.view('email-server-basic', exchange, { load: 'doc-1' });
    expect(out.guide.step).toBe('sign-in');
    expect(out.guide.hints).toEqual([]);
  });

  it('a device code lapses after 15 minutes: back to Sign In', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    s.later(14);
    const late = s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    expect(late.guide).toMatchObject({ step: 'copy-code', signIn: { minutesLeft: 1 } });
    s.later(2);
    expect(s.step('email-server-basic', exchange, { load: 'd' })).toBe('sign-in');
  });

  it('the device-code step lasts only while the page shows a code', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    // The prompt is gone from the page and nothing says Signed in: the printer is not waiting.
    const gone = s.view('email-server-basic', exchange, { load: 'd' });
    expect(gone.guide.step).toBe('sign-in');
    expect(gone.guide.signIn).toBeNull();
  });

  it('the countdown runs from when the code first appeared, even with the prompt left open', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    s.later(6);
    const still = s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    expect(still.guide.signIn?.minutesLeft).toBe(9);
    s.later(10);
    // The old code lapsed; a code on the page now is a new one (Sign In clicked again).
    const again = s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    expect(again.guide).toMatchObject({ step: 'copy-code', signIn: { minutesLeft: 15 } });
  });

  it('a clock set back does not stretch a code past its lifetime', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'd', text: MS_PROMPT });
    s.now -= 60 * MIN;
    const r = s.view('email-server-basic', exchange, { load: 'd' });
    expect(r.guide.step).toBe('sign-in');
    expect(r.guide.signIn).toBeNull();
  });

  it('a code shown in a window of its own still means copy-code there', () => {
    const s = new Session();
    s.view('email-server-basic', exchange, { load: 'main' });
    const popup = s.view('webconfig-other', {}, { load: 'popup', text: MS_PROMPT });
    expect(popup.guide.step).toBe('copy-code');
    expect(popup.deviceCode?.userCode).toBe('F8KJ2MXQ4');
  });

  it('a code on a page of no variant counts for the guide the admin follows', () => {
    const s = new Session();
    const popup = s.view('webconfig-other', {}, { load: 'popup', text: MS_PROMPT }, 'fax-server');
    expect(popup.guide).toMatchObject({ variant: 'fax-server', step: 'copy-code' });
    expect(s.memory.progress['fax-server']?.signInShownAt).toBeDefined();
    expect(s.memory.progress['email-server']).toBeUndefined();
  });

  it('a code in the printer messages (no text passed) is found too', () => {
    const s = new Session();
    const r = s.view('email-server-basic', { ...exchange, message: [MS_PROMPT] }, { load: 'm' });
    expect(r.guide.step).toBe('copy-code');
    expect(r.deviceCode?.verificationUri).toBe('https://microsoft.com/devicelogin');
  });

  it('a signed-in status without a service field still passes choose-service', () => {
    const s = new Session();
    s.view('email-server-basic', off, { load: 'a' });
    expect(s.step('email-server-basic', { ...oauth, currentStatus: 'signed-in' }, { load: 'a' })).toBe(
      'save-settings',
    );
  });
});

describe('pages that are not the variant page', () => {
  it('not Web Config: idle, no step', () => {
    const state = firstVisit(pageModel('not-webconfig'));
    expect(state).toMatchObject({ status: 'idle', step: null, done: [], variant: 'email-server' });
  });

  it.each<PageKind>([
    'product-status',
    'network-status',
    'job-history',
    'webconfig-other',
    'email-server-connection-test',
  ])('%s points to the Email Server page', (page) => {
    const state = firstVisit(pageModel(page));
    expect(state.step).toBe('open-email-server');
    expect(state.done).toEqual(['open-webconfig', 'log-in']);
    expect(state.target).toBe('menu');
  });

  it('the login page is the login step in every variant', () => {
    for (const variant of ['email-server', 'fax-server', 'serverless'] as const) {
      const state = firstVisit(pageModel('login'), variant);
      expect(state.step).toBe('log-in');
      expect(state.variant).toBe(variant);
      expect(state.done).toEqual(['open-webconfig']);
      expect(state.target).toBe('login-form');
    }
  });

  it('the variant follows the page kind, then the argument, then the memory', () => {
    const fax = remember(emptyMemory(), pageModel('fax-server-email', { authMethod: 'off' }), { now: T0 });
    expect(currentStep(pageModel('webconfig-other'), fax, undefined, T0).variant).toBe('fax-server');
    expect(currentStep(pageModel('webconfig-other'), fax, 'serverless', T0)).toMatchObject({
      variant: 'serverless',
      step: 'open-serverless',
    });
    expect(currentStep(pageModel('email-server-basic'), fax, 'serverless', T0).variant).toBe('email-server');
  });
});

describe('a printer that offers no OAuth2', () => {
  it.each<[string, PageKind, PageFields, Partial<GuideState>]>([
    [
      'is blocked at choose-oauth2 with oauth-not-supported',
      'email-server-basic',
      { authMethod: 'smtp-auth', oauthOffered: false },
      { status: 'blocked', step: 'choose-oauth2', blockers: ['oauth-not-supported'] },
    ],
    [
      'is not blocked when the offer is unknown (field absent)',
      'email-server-basic',
      { authMethod: 'off' },
      { status: 'in-progress', step: 'choose-oauth2', blockers: [] },
    ],
    [
      'the fax page is blocked the same way',
      'fax-server-email',
      { authMethod: 'off', oauthOffered: false },
      { variant: 'fax-server', status: 'blocked', blockers: ['oauth-not-supported'] },
    ],
  ])('%s', (_name, page, fields, expected) => {
    expect(firstVisit(pageModel(page, fields))).toMatchObject(expected);
  });
});

describe('the Fax Server variant', () => {
  it('walks the same step ids on fax-server-email', () => {
    const s = new Session();
    const walk = [
      s.step('webconfig-other', {}, { load: 'top' }, 'fax-server'),
      s.step('fax-server-email', { authMethod: 'off', oauthOffered: true }, { load: 'f1' }),
      s.step('fax-server-email', { authMethod: 'oauth2' }, { load: 'f1' }),
      s.step('fax-server-email', { authMethod: 'oauth2', emailService: 'exchange-online' }, { load: 'f1' }),
      s.step(
        'fax-server-email',
        { authMethod: 'oauth2', emailService: 'exchange-online' },
        { load: 'f1', text: MS_PROMPT },
      ),
      s.step('fax-server-email', { authMethod: 'oauth2', currentStatus: 'signed-in' }, { load: 'f1' }),
      s.step('fax-server-email', { authMethod: 'oauth2', currentStatus: 'signed-in' }, { load: 'f2' }),
    ];
    expect(walk).toEqual([
      'open-email-server',
      'choose-oauth2',
      'choose-service',
      'sign-in',
      'copy-code',
      'save-settings',
      null,
    ]);
    // The fax variant remembers its own progress: the Email Server guide is still to do.
    expect(s.view('email-server-basic', { authMethod: 'off' }, { load: 'e' }).guide.step).toBe(
      'choose-oauth2',
    );
    expect(s.view('product-status', {}, { load: 'p' }, 'fax-server').guide.status).toBe('complete');
  });
});

describe('a settings page without an Email service row', () => {
  it('has nothing to choose: the step after OAuth2 is Sign In', () => {
    const fax = pageModel('fax-server-email', { authMethod: 'oauth2', currentStatus: 'not-signed-in' });
    expect(firstVisit(fax).step).toBe('sign-in');
  });

  it('but a row whose value was not recognised still asks for the service', () => {
    const fax = pageModel('fax-server-email', { authMethod: 'oauth2', currentStatus: 'not-signed-in' });
    fax.raw = { emailService: 'Google Workspace' };
    expect(firstVisit(fax).step).toBe('choose-service');
  });
});

describe('the Print Admin Serverless "For My Email" variant', () => {
  it('asks for For My Email, then is complete once the administrator is signed in', () => {
    const s = new Session();
    const before = s.view('print-admin-serverless', {}, { load: 's1' });
    expect(before.guide).toMatchObject({
      variant: 'serverless',
      step: 'choose-for-my-email',
      done: ['open-webconfig', 'log-in', 'open-serverless'],
      pending: ['admin-account', 'password', 'consent'],
    });
    const after = s.view('print-admin-serverless', { currentStatus: 'signed-in' }, { load: 's1' });
    expect(after.guide.status).toBe('complete');
    expect(after.guide.done).toEqual(VARIANTS.serverless.steps.map((st) => st.id));
  });

  it('other pages continue the serverless guide once its page was seen', () => {
    const s = new Session();
    s.view('print-admin-serverless', {}, { load: 's1' });
    expect(s.view('webconfig-other', {}, { load: 'o' }).guide).toMatchObject({
      variant: 'serverless',
      step: 'open-serverless',
    });
  });
});

describe('currentStep is pure', () => {
  it('does not change the memory or the model it is given', () => {
    const memory = remember(emptyMemory(), pageModel('email-server-basic', { authMethod: 'off' }), {
      load: 'a',
      now: T0,
    });
    const model = pageModel('email-server-basic', { authMethod: 'oauth2', currentStatus: 'signed-in' });
    const frozen = JSON.stringify([memory, model]);
    const a = currentStep(model, memory, undefined, T0);
    const b = currentStep(model, memory, undefined, T0);
    expect(a).toEqual(b);
    expect(JSON.stringify([memory, model])).toBe(frozen);
  });
});
