import { type EmailReading, mayBeEmailForm, readEmailFields } from './email-fields.ts';
import { webConfigEvidence } from './identify.ts';
import { type JobHistoryReading, readJobHistory } from './job-history.ts';
import { detectLanguage } from './language.ts';
import { isLabel, mentions } from './lexicon-match.ts';
import { readNetworkFields } from './network-fields.ts';
import { readOutline } from './outline.ts';
import type { PageKind, PageModel } from './page-model.ts';
import { CONFIRM_SIGNAL, JOB_TABLE_TRUNCATED, ROWS_TRUNCATED } from './page-signals.ts';
import { type Row, readRows, shownValue } from './rows.ts';
import type { Scope } from './scope.ts';
import { isFramesetPage } from './shape.ts';
import { titleOf } from './text.ts';

/**
 * Ink tanks, as the Product Status page shows them: asked one selector each, not as their list (which
 * Chromium matches against every element of the page).
 */
export const TANK_SELECTORS = ['li.tank', 'ul.inksection', 'img[src*="PRTINFO_ILL"]'] as const;
/** The product name is not translated: it names the page in every language. */
export const PRINT_ADMIN_SERVERLESS = /Print\s*Admin\s*Serverless/i;
/** A serial number as Epson prints it; any other value is kept raw only. */
export const SERIAL_NUMBER = /^[A-Z0-9]{6,20}$/i;

/** The same string as diagnosis/lint.ts's ADDITIONAL_NETWORK_SIGNAL (a test holds them equal). */
export const ADDITIONAL_NETWORK_SIGNAL = 'additional-network-in-use';

/**
 * Read a page: is it Epson Web Config, which page, in which language, and what its fields say.
 * Pure DOM: runs in the content script and under jsdom alike. The URL, when given, is only a
 * supporting signal; Web Config's paths for the mail pages are not known.
 */
export function detect(document: Document, url?: string): PageModel {
  // Head marks, the body's marks, then for a page they make Web Config its bounds (a page beyond what
  // Web Config ever serves is named as such and not read further, since the readers' costs grow with
  // its size and depth), then the body's reading.
  const vendor = webConfigEvidence(document, url);
  if (!vendor.readable || !vendor.epson) return unread(vendor.epson, vendor.signals);

  const signals = [...vendor.signals];
  // The page's content: the body's div.wrap (scope.ts), or the whole page when it has none.
  const scope = vendor.scope;
  const outline = readOutline(scope);
  const language = detectLanguage(scope);
  if (language.signal) signals.push(language.signal);
  if (outline.breadcrumb.length) signals.push('breadcrumb');

  const model: PageModel = {
    vendor: 'epson',
    page: 'webconfig-other',
    model: outline.model,
    lang: language.lang,
    fields: {},
    raw: {},
    signals,
  };
  if (outline.warnings.length) {
    model.fields.message = outline.warnings;
    model.raw.message = outline.warnings;
  }

  // Told from the body, not by a walk of the page.
  if (isFramesetPage(document)) {
    signals.push('frameset');
    return model;
  }

  // Where the page names itself: the breadcrumb's last segments and the basic UI's h2.
  const titles = [...outline.breadcrumb.slice(-2), ...outline.headings.filter((h) => !/ Series$/.test(h))];
  const allTitles = [...titles, ...outline.breadcrumb, ...outline.legends, titleOf(document)];
  const { rows, truncated: rowsTruncated } = readRows(scope);
  if (rowsTruncated) signals.push(ROWS_TRUNCATED);

  if (allTitles.some((t) => PRINT_ADMIN_SERVERLESS.test(t))) return serverlessPage(model, rows);

  // A page that cannot be a mail settings form (most pages) is spared the reading of mail fields.
  const email = mayBeEmailForm(rows) ? readEmailFields(rows) : null;
  if (email?.isEmailForm) return mailPage(scope, model, email, [...outline.breadcrumb, ...titles]);

  const networkTitled = titles.some((t) => mentions(t, 'networkStatus'));
  const productTitled = titles.some((t) => mentions(t, 'productStatus'));
  // A page that names itself a status page is that page: a data table on it (a log, a list of
  // addresses) is its job history only when titled so, not by its shape (dates and a Status column).
  const jobs = readJobHistory(scope, titles, { byShape: !networkTitled && !productTitled });
  if (jobs) return jobPage(model, jobs);

  if (isLogin(scope, signals)) {
    model.page = 'login';
    return model;
  }

  if (titles.some((t) => mentions(t, 'connectionTest'))) {
    signals.push('connection-test-heading');
    model.page = 'email-server-connection-test';
    return model;
  }
  // Unknown wording: a page under Email Server that has no settings to edit, only an action.
  if (titles.some((t) => mentions(t, 'emailServer')) && !hasEditableFields(scope)) {
    signals.push('email-server-action-page');
    model.page = 'email-server-connection-test';
    return model;
  }

  const hasTanks = TANK_SELECTORS.some((selector) => scope.querySelector(selector) !== null);
  const hasLangSelector = scope.querySelector('select[name^="SEL_LANG"]') !== null;
  const net = readNetworkFields(rows);
  const networkShaped =
    net.network.ipAddress !== undefined &&
    net.network.macAddress !== undefined &&
    !hasTanks &&
    !hasLangSelector;
  const serialRow = rows.find((r) => isLabel(r.label, 'serialNumber'));

  let page: PageKind = 'webconfig-other';
  if (networkTitled || (networkShaped && !productTitled)) {
    signals.push(networkTitled ? 'network-status-heading' : 'network-values');
    page = 'network-status';
  } else if (productTitled || hasTanks || (serialRow && hasLangSelector)) {
    if (hasTanks) signals.push('ink-tanks');
    if (productTitled) signals.push('product-status-heading');
    page = 'product-status';
  }
  model.page = page;
  if (page === 'network-status' || page === 'product-status') {
    if (Object.keys(net.network).length) {
      model.fields.network = net.network;
      model.raw.network = page === 'network-status' ? net.raw : net.rawUsed;
    }
  }
  if (page === 'product-status' && serialRow) {
    const serial = shownValue(serialRow);
    model.raw.serialNumber = serial;
    if (SERIAL_NUMBER.test(serial)) model.fields.serialNumber = serial;
  }
  return model;
}

// Each kind of page read apart: a page's first call compiles only the code of its kind (V8 compiles
// a function whole at its first call; a status page never runs these).

function serverlessPage(model: PageModel, rows: Row[]): PageModel {
  const email = readEmailFields(rows);
  model.signals.push('print-admin-serverless', ...email.signals);
  Object.assign(model.fields, email.fields);
  Object.assign(model.raw, email.raw);
  model.page = 'print-admin-serverless';
  return model;
}

/** A mail settings form (Email Server, or Fax Server email); `names` are its breadcrumb and titles. */
function mailPage(scope: Scope, model: PageModel, email: EmailReading, names: string[]): PageModel {
  const signals = model.signals;
  signals.push(...email.signals);
  // Mail settings of an additional ("extended") network: where OAuth2 does not work (Epson's guide).
  if (names.some((t) => mentions(t, 'additionalNetwork'))) signals.push(ADDITIONAL_NETWORK_SIGNAL);
  if (isConfirmForm(scope)) signals.push(CONFIRM_SIGNAL);
  Object.assign(model.fields, email.fields);
  Object.assign(model.raw, email.raw);
  const faxByTitle = names.some((t) => mentions(t, 'fax'));
  const faxByName = Array.from(scope.querySelectorAll('input[name], select[name]')).some((el) =>
    /FAX/i.test((el.getAttribute('name') ?? '').slice(0, 100)),
  );
  if (faxByTitle) signals.push('fax-heading');
  if (faxByName) signals.push('fax-field-names');
  model.page = faxByTitle || faxByName ? 'fax-server-email' : 'email-server-basic';
  return model;
}

function jobPage(model: PageModel, jobs: JobHistoryReading): PageModel {
  model.signals.push('job-table');
  if (jobs.truncated) model.signals.push(JOB_TABLE_TRUNCATED);
  model.page = 'job-history';
  model.fields.errorCodes = jobs.errorCodes;
  model.raw.errorCodes = jobs.results;
  if (jobs.lastMail) {
    model.fields.lastMailAt = jobs.lastMail.at;
    model.raw.lastMailAt = jobs.lastMail.raw;
  }
  return model;
}

/** A page whose content is not read: Web Config's (one too large to read) or not Web Config. */
function unread(epson: boolean, signals: string[]): PageModel {
  const page = epson ? 'webconfig-other' : 'not-webconfig';
  return { vendor: epson ? 'epson' : null, page, model: null, lang: null, fields: {}, raw: {}, signals };
}

/**
 * Web Config's confirm page (settings sent with OK, a second OK pending) repeats the settings
 * form as `form#confirm_form` (FACTS.md: two-step input_form then confirm_form); its action ends
 * in CONFIRM on some firmware. Markup, not wording: the same in every language.
 */
function isConfirmForm(scope: Scope): boolean {
  if (scope.querySelector('form#confirm_form, form[name="confirm_form"]')) return true;
  if (scope.querySelector('form#input_form, form[name="input_form"]')) return false;
  return Array.from(scope.querySelectorAll('form[action]')).some((f) =>
    /(?:^|\/)CONFIRM(?:$|[?#])/i.test(f.getAttribute('action') ?? ''),
  );
}

function isLogin(scope: Scope, signals: string[]): boolean {
  const passwords = scope.querySelectorAll('input[type="password" i]');
  return passwords.length > 0 && isLoginForm(scope, passwords.length, signals);
}

/** A page with a password field: a login form when it asks for at most a user name besides. */
function isLoginForm(scope: Scope, passwords: number, signals: string[]): boolean {
  const visibleText = Array.from(scope.querySelectorAll('input')).filter((i) => {
    const type = (i.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'text' || type === 'email';
  });
  const actions = Array.from(scope.querySelectorAll('form[action]'), (f) => f.getAttribute('action') ?? '');
  const byAction = actions.some((a) => /(?:PASSWORD\/SET|\/PSWD)(?:$|[?#/])/i.test(a));
  const bySession = scope.querySelector('[name="SEL_SESSIONTYPE"], [name="INPUTT_USERNAME"]') !== null;
  // A login form asks for at most a user name besides the password.
  if (visibleText.length > 1 || passwords > 1) return false;
  signals.push('password-field');
  if (byAction) signals.push('login-form-action');
  if (bySession) signals.push('login-session-fields');
  return true;
}

function hasEditableFields(scope: Scope): boolean {
  return Array.from(scope.querySelectorAll('input, select, textarea')).some((el) => {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    return (
      type !== 'hidden' &&
      type !== 'button' &&
      type !== 'submit' &&
      !/^SEL_LANG/.test(el.getAttribute('name') ?? '')
    );
  });
}
