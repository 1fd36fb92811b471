/**
 * SYNTHETIC Epson Web Config pages. Nothing here was captured from a printer: the markup is
 * modelled on the real captures in ../shared/reference/webconfig-captures (FACTS.md §2) for the
 * pages those lack (Email Server, Connection Test, Fax Server email, Job History, login, Print
 * Admin Serverless, COMMON/TOP and its menu). Form names of the mail pages and their area paths
 * are not known: the names used here are invented, which is why the detector must not rely on them.
 */
import { LABELS, type Labels, type RenderLang } from './labels.ts';
import type { Generation, JobSpec, PageSpec, PageState } from './spec.ts';

const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Ctx {
  gen: Generation;
  /** Labels of the page chrome (breadcrumb, buttons). */
  ui: Labels;
  /** Labels of the form (English when the spec asks for English fallback labels). */
  form: Labels;
  lang: RenderLang;
  model: string;
  state: PageState;
  spec: PageSpec;
}

interface Choice {
  value: string;
  text: string;
}

// ── building blocks ────────────────────────────────────────────────────────────

function row(ctx: Ctx, label: string, valueHtml: string): string {
  return ctx.gen === 'advanced'
    ? `<dt class="key"><span class="key">${esc(label)}&nbsp;:</span></dt><dd class="value clearfix">${valueHtml}</dd>`
    : `<tr class="item clearfix"><td class="item-key"><bdi>${esc(label)}</bdi>&nbsp;:</td><td class="item-value">${valueHtml}</td></tr>`;
}

function group(ctx: Ctx, legend: string | null, rows: string[]): string {
  const inner =
    ctx.gen === 'advanced' ? `<dl class="values">${rows.join('')}</dl>` : `<table>${rows.join('')}</table>`;
  return legend
    ? `<fieldset class="group"><legend>${esc(legend)}</legend>${inner}</fieldset>`
    : `<fieldset class="group no-legend">${inner}</fieldset>`;
}

const shown = (text: string) => `<div class="preserve-white-space">${esc(text)}</div>`;

function select(name: string, options: Choice[], selected: string | undefined): string {
  const opts = options
    .map(
      (o) =>
        `<option value="${esc(o.value)}"${o.value === selected ? ' selected' : ''}>${esc(o.text)}</option>`,
    )
    .join('');
  return `<select class="select" id="${name}" name="${name}">${opts}</select>`;
}

function radios(name: string, options: Choice[], checked: string | undefined): string {
  return options
    .map((o) => {
      const id = `${name}-${o.value}`;
      return `<span class="radio"><input type="radio" name="${name}" id="${id}" value="${esc(o.value)}"${
        o.value === checked ? ' checked' : ''
      }><label for="${id}">${esc(o.text)}</label></span>`;
    })
    .join('');
}

const textInput = (name: string, value: string | number | undefined, max = 255) =>
  `<input type="text" class="text" id="${name}" name="${name}" maxlength="${max}" value="${esc(String(value ?? ''))}">`;

// The value of a password field never comes back from the printer.
const passwordInput = (name: string) =>
  `<input type="password" class="text" id="${name}" name="${name}" maxlength="255" value="" autocomplete="off">`;

function buttons(ctx: Ctx, labels: string[]): string {
  if (ctx.gen === 'advanced') {
    const items = labels.map(
      (l) => `<li class="button"><button type="button" class="button">${esc(l)}</button></li>`,
    );
    return `<ul class="buttons">${items.join('')}</ul>`;
  }
  const items = labels.map(
    (l) => `<li class="list"><a class="button" href="javascript:void(0)">${esc(l)}</a></li>`,
  );
  return `<ul class="with-padding clearfix">${items.join('')}</ul>`;
}

function warnings(messages: string[] | undefined): string {
  return (messages ?? []).map((m) => `<div class="warning">${esc(m)}</div>`).join('');
}

const LANG_CODES: Record<RenderLang, string> = {
  en: '1',
  fr: '2',
  it: '3',
  de: '4',
  es: '5',
  pt: '6',
  'pt-BR': '24',
  nl: '7',
  pl: '15',
  'zh-Hant': '10',
  ja: '30',
  // Invented codes for the languages added later; the detector reads the option's text only.
  'zh-Hans': '11',
  ko: '12',
  ru: '8',
  tr: '18',
  cs: '16',
  sv: '9',
  da: '13',
  fi: '14',
  nb: '17',
  hu: '19',
  el: '20',
  sk: '21',
  ro: '22',
  uk: '23',
};

function languageSelector(ctx: Ctx): string {
  const name = ctx.gen === 'advanced' ? 'SEL_LANGA' : 'SEL_LANGB';
  const options = (Object.keys(LANG_CODES) as RenderLang[]).map((l) => ({
    value: LANG_CODES[l],
    text: LABELS[l].endonym,
  }));
  const action = ctx.gen === 'advanced' ? '/PRESENTATION/ADVANCED/COMMON/TOP' : './PRTINFO.HTML';
  return `<form target="_top" action="${action}" method="post" id="lang_form" name="lang_form">${select(
    name,
    options,
    LANG_CODES[ctx.lang],
  ).replace('<select', '<select onchange="return document.lang_form.submit();"')}</form>`;
}

function setupToken(ctx: Ctx): string {
  return `<input type="hidden" name="INPUTT_SETUPTOKEN" value="${esc(ctx.state.setupToken ?? 'e1b7c0a952d34f6a')}">`;
}

function page(ctx: Ctx, titleParts: string[], content: string, footer: string[], action = 'SET'): string {
  const head = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Author" content="SEIKO EPSON"><meta name="format-detection" content="telephone=no"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${esc(
    ctx.model,
  )} Series</title>`;
  const selector = ctx.spec.languageSelector ? languageSelector(ctx) : '';
  const form = action
    ? `<form target="_top" action="${esc(action)}" method="post" id="input_form" name="input_form">${setupToken(ctx)}${content}</form>`
    : content;
  if (ctx.gen === 'advanced') {
    const crumb = titleParts.map(esc).join('&nbsp;&gt;&nbsp;');
    return `${head}<link rel='stylesheet' type='text/css' href='../COMMON/STYLE.CSS'></head><body class="contents"><div class="wrap"><div class="header-main">${crumb}</div><div class="section">${selector}${form}</div><div class="footer">${buttons(
      ctx,
      footer,
    )}</div></div></body></html>`;
  }
  return `${head}<link rel='stylesheet' type='text/css' href='../../STYLE/PC.CSS'></head><body><div class="wrap"><div class="header"><h1 class="font-size-14em"><img class="logo" src='../../IMAGE/EPSONLOGO.PNG' width='83' height='21' alt="EPSON"><span class="header">${esc(
    ctx.model,
  )} Series</span></h1></div><div class="section"><h2>${titleParts.map(esc).join(' - ')}</h2>${selector}${form}${buttons(
    ctx,
    footer,
  )}</div></div></body></html>`;
}

// ── mail settings ─────────────────────────────────────────────────────────────

function methodChoices(ctx: Ctx): Choice[] {
  const f = ctx.form;
  const cjk = ctx.spec.labels !== 'english' && (ctx.lang === 'ja' || ctx.lang === 'zh-Hant');
  const choices: Choice[] = [
    { value: 'OFF', text: f.off },
    {
      value: 'SMTPAUTH',
      text: f.smtpAuth ?? (cjk ? (ctx.lang === 'ja' ? 'SMTP認証' : 'SMTP驗證') : 'SMTP AUTH'),
    },
    {
      value: 'POPBEFORESMTP',
      text: f.popBeforeSmtp ?? (cjk && ctx.lang === 'zh-Hant' ? '以POP驗證取代SMTP' : 'POP before SMTP'),
    },
  ];
  if (ctx.state.oauthSupported !== false) choices.push({ value: 'OAUTH2', text: 'OAuth2' });
  return choices;
}

const METHOD_VALUES = {
  off: 'OFF',
  'smtp-auth': 'SMTPAUTH',
  'pop-before-smtp': 'POPBEFORESMTP',
  oauth2: 'OAUTH2',
};
const SERVICE_VALUES = { 'exchange-online': 'EXO', 'outlook-com': 'OUTLOOK' };
const SECURE_VALUES = { none: 'NONE', starttls: 'STARTTLS', 'ssl-tls': 'SSLTLS' };

function secureSelect(ctx: Ctx, prefix: string): string {
  return select(
    `INPUTD_${prefix}SECURE`,
    [
      { value: 'NONE', text: ctx.form.none },
      { value: 'STARTTLS', text: 'STARTTLS' },
      { value: 'SSLTLS', text: 'SSL/TLS' },
    ],
    SECURE_VALUES[ctx.state.secureConnection ?? 'none'],
  );
}

/** Enable / Disable radio buttons, Enable unless the state says false. */
function enableRadios(ctx: Ctx, name: string, enabled: boolean | undefined): string {
  return radios(
    name,
    [
      { value: 'ENABLE', text: ctx.form.enable },
      { value: 'DISABLE', text: ctx.form.disable },
    ],
    enabled === false ? 'DISABLE' : 'ENABLE',
  );
}

function serviceSelect(ctx: Ctx, prefix: string): string {
  return select(
    `SEL_${prefix}MAILSERVICE`,
    [
      { value: 'EXO', text: 'Microsoft Exchange Online' },
      { value: 'OUTLOOK', text: 'Outlook.com' },
    ],
    ctx.state.emailService ? SERVICE_VALUES[ctx.state.emailService] : 'EXO',
  );
}

function signInRows(ctx: Ctx, prefix: string): string[] {
  const f = ctx.form;
  const s = ctx.state;
  const signedIn = s.currentStatus === 'signed-in';
  const statusText = signedIn ? f.signedIn : f.notSignedIn;
  const button = signedIn ? f.signOut : f.signIn;
  return [
    row(ctx, f.emailService, serviceSelect(ctx, prefix)),
    row(
      ctx,
      f.currentStatus,
      `${shown(statusText)}<ul class="buttons"><li class="button"><button type="button" class="button" name="BTN_${prefix}SIGNIN">${esc(
        button,
      )}</button></li></ul>`,
    ),
    row(ctx, f.account, shown(signedIn ? (s.account ?? '') : '')),
  ];
}

function deviceCodeBlock(ctx: Ctx): string {
  const dc = ctx.state.deviceCode;
  if (!dc) return '';
  return `<div class="information device-code"><p>${esc(ctx.ui.deviceCodeIntro)}</p><p class="code">${esc(
    dc.userCode,
  )}</p><p><a href="${esc(dc.verificationUri)}" target="_blank">${esc(dc.verificationUri)}</a></p></div>`;
}

function mailRows(ctx: Ctx, prefix: string): string[] {
  const f = ctx.form;
  const s = ctx.state;
  const method = s.authMethod ?? 'off';
  const rows = [
    row(ctx, f.authMethod, select(`INPUTD_${prefix}AUTHMETHOD`, methodChoices(ctx), METHOD_VALUES[method])),
  ];
  if (method === 'oauth2') {
    rows.push(...signInRows(ctx, prefix));
  } else {
    rows.push(row(ctx, f.account, textInput(`INPUTT_${prefix}AUTHACCOUNT`, s.account)));
    rows.push(row(ctx, f.password, passwordInput(`INPUTT_${prefix}AUTHPASSWORD`)));
  }
  rows.push(
    row(ctx, f.sender, textInput(`INPUTT_${prefix}SENDER`, s.sender)),
    row(ctx, f.smtpServer, textInput(`INPUTT_${prefix}SMTPSERVER`, s.smtpServer)),
    row(ctx, f.smtpPort, textInput(`INPUTT_${prefix}SMTPPORT`, s.smtpPort, 5)),
    row(ctx, f.secureConnection, secureSelect(ctx, prefix)),
    row(
      ctx,
      f.certificateValidation,
      enableRadios(ctx, `INPUTR_${prefix}CERTVALID`, s.certificateValidation),
    ),
  );
  if (method === 'pop-before-smtp') {
    rows.push(row(ctx, f.pop3Server, textInput(`INPUTT_${prefix}POP3SERVER`, s.pop3Server)));
    rows.push(row(ctx, f.pop3Port, textInput(`INPUTT_${prefix}POP3PORT`, s.pop3Port ?? 110, 5)));
  }
  for (const extra of ctx.spec.extraRows ?? []) rows.push(row(ctx, extra.label, shown(extra.value)));
  return rows;
}

function mailSettingsPage(ctx: Ctx, titleParts: string[], prefix: string): string {
  const content = `${warnings(ctx.state.messages)}${deviceCodeBlock(ctx)}${group(ctx, null, mailRows(ctx, prefix))}<div class="information">${esc(
    ctx.form.certificateNotice,
  )}</div>`;
  return page(ctx, titleParts, content, [ctx.ui.ok]);
}

// ── pages ─────────────────────────────────────────────────────────────────────

function connectionTestPage(ctx: Ctx): string {
  const r = ctx.state.testResult;
  let result = '';
  if (r?.ok) result = group(ctx, null, [row(ctx, ctx.ui.result, shown(r.text ?? ctx.ui.connectionOk))]);
  const failures = r && !r.ok && r.text ? [r.text] : [];
  const content = `${warnings([...(ctx.state.messages ?? []), ...failures])}${result}`;
  return page(ctx, [ctx.ui.network, ctx.ui.emailServer, ctx.ui.connectionTest], content, [ctx.ui.start]);
}

function jobResult(ctx: Ctx, job: JobSpec): string {
  if (job.resultText !== undefined) return job.resultText;
  return job.code === undefined ? ctx.ui.completed : ctx.ui.errorWithCode.replace('{code}', String(job.code));
}

function jobHistoryPage(ctx: Ctx): string {
  const u = ctx.ui;
  const head = [u.receiptNo, u.dateTime, u.jobType, u.result, u.pages, u.from, u.to]
    .map((h) => `<th class="key">${esc(h)}</th>`)
    .join('');
  const body = (ctx.state.jobs ?? [])
    .map((job, i) => {
      const cells = [
        String(job.receiptNo ?? 1000 + i),
        job.dateTime ??
          `2026-11-${String(10 + (i % 18)).padStart(2, '0')} 09:${String(i % 60).padStart(2, '0')}`,
        job.typeText ?? (job.type === 'fax-to-email' ? u.jobFaxToEmail : u.jobScanToEmail),
        jobResult(ctx, job),
        String(job.pages ?? 1),
        job.from ?? 'printer@contoso.example',
        job.to ?? 'team@contoso.example',
      ];
      return `<tr>${cells.map((c) => `<td class="value">${esc(c)}</td>`).join('')}</tr>`;
    })
    .join('');
  const content = `${warnings(ctx.state.messages)}<table class="values job-history"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  const title = ctx.gen === 'advanced' ? [u.status, u.jobHistory] : [u.jobHistory];
  return page(ctx, title, content, [u.refresh], '/PRESENTATION/ADVANCED/INFO_JOBHISTORY/OUTPUT.CSV');
}

function networkRows(ctx: Ctx): string[] {
  const u = ctx.form;
  const n = ctx.state.network ?? {};
  const dns = n.dns ?? ['192.0.2.1'];
  return [
    row(ctx, u.deviceName, shown(n.deviceName ?? 'EPSON1A2B3C')),
    row(ctx, u.connectionStatus, shown(n.connectionStatus ?? '100BASE-TX Full Duplex')),
    row(ctx, u.obtainIp, shown(u.auto)),
    row(ctx, u.ipAddress, shown(n.ipAddress ?? '192.0.2.50')),
    row(ctx, u.subnetMask, shown(n.subnetMask ?? '255.255.255.0')),
    row(ctx, u.gateway, shown(n.gateway ?? '192.0.2.1')),
    row(ctx, u.dnsSetting, shown(u.auto)),
    row(ctx, u.primaryDns, shown(dns[0] ?? '')),
    row(ctx, u.secondaryDns, shown(dns[1] ?? '')),
    row(ctx, u.macAddress, shown(n.macAddress ?? '64:C6:D2:1A:2B:3C')),
    ...(ctx.spec.extraRows ?? []).map((e) => row(ctx, e.label, shown(e.value))),
  ];
}

// Wi-Fi Direct: the printer's own access point, shown after the network table.
function wifiDirectRows(ctx: Ctx): string[] {
  const u = ctx.form;
  return [
    row(ctx, u.deviceName, shown(ctx.state.network?.deviceName ?? 'EPSON1A2B3C')),
    row(ctx, u.ipAddress, shown('192.168.223.1')),
    row(ctx, u.macAddress, shown('66:C6:D2:1A:2B:3C')),
  ];
}

function networkStatusPage(ctx: Ctx): string {
  const content =
    ctx.gen === 'advanced'
      ? `<div class="tabbed-pane clearfix" id="info-network">${group(ctx, null, networkRows(ctx))}</div><div class="tabbed-pane clearfix" id="info-wfd">${group(ctx, null, wifiDirectRows(ctx))}</div>`
      : `<div id="info-network">${group(ctx, null, networkRows(ctx))}</div><div id="info-wfd">${group(ctx, null, wifiDirectRows(ctx))}</div>`;
  const title = ctx.gen === 'advanced' ? [ctx.ui.status, ctx.ui.networkStatus] : [ctx.ui.networkStatus];
  return page(ctx, title, content, [ctx.ui.refresh], '');
}

function tanks(): string {
  const colours = ['K', 'C', 'M', 'Y'];
  return `<ul class="inksection">${colours
    .map(
      (c) =>
        `<li class='tank'><div class='tank'><img class='color' src='../../IMAGE/Ink_${c}.PNG' height='30'></div><div class='clrname'>${c === 'K' ? 'BK' : c}</div></li>`,
    )
    .join('')}</ul>`;
}

function productStatusPage(ctx: Ctx): string {
  const u = ctx.form;
  const s = ctx.state;
  ctx.spec = { ...ctx.spec, languageSelector: ctx.spec.languageSelector ?? true };
  const status = `<fieldset class="group"><legend>${esc(u.printerStatus)}</legend><ul class="values"><li class="value clearfix">${shown(u.available)}</li></ul></fieldset>`;
  const info = [
    row(ctx, u.firmware, shown(s.firmware ?? '10.52.XN27Q9')),
    ...(s.serialNumber ? [row(ctx, u.serialNumber, shown(s.serialNumber))] : []),
    row(ctx, u.macAddress, shown(s.network?.macAddress ?? '64:C6:D2:1A:2B:3C')),
  ];
  const content =
    ctx.gen === 'advanced'
      ? `${status}<div class="information-last clearfix">${tanks()}</div>${group(ctx, null, info)}`
      : `<div id="info-main">${status}<div class="information-last clearfix">${tanks()}</div>${group(ctx, null, info)}</div><div id="info-network">${group(ctx, null, networkRows(ctx))}</div>`;
  const title = ctx.gen === 'advanced' ? [ctx.ui.status, ctx.ui.productStatus] : [ctx.ui.productStatus];
  return page(ctx, title, content, [ctx.ui.refresh], '');
}

function loginPage(ctx: Ctx): string {
  const u = ctx.ui;
  const business =
    (ctx.state.loginVariant ?? (ctx.gen === 'advanced' ? 'business' : 'consumer')) === 'business';
  const rows = business
    ? [
        row(ctx, u.userName, textInput('INPUTT_USERNAME', '')),
        row(ctx, u.adminPassword, passwordInput('INPUTT_PASSWORD')),
      ]
    : [row(ctx, u.adminPassword, passwordInput('INPUTT_PASSWORD'))];
  const hidden = business ? '<input type="hidden" name="SEL_SESSIONTYPE" value="ADMIN">' : '';
  const content = `${warnings(ctx.state.messages)}${hidden}${group(ctx, null, rows)}`;
  const action = business ? '/PRESENTATION/ADVANCED/PASSWORD/SET' : '/PRESENTATION/PSWD';
  return page(ctx, [u.administratorLogin], content, [u.logIn], action);
}

function printAdminServerlessPage(ctx: Ctx): string {
  const f = ctx.form;
  const rows = [
    row(ctx, f.forMyEmail, enableRadios(ctx, 'INPUTR_PASFORMYEMAIL', ctx.state.forMyEmail)),
    ...signInRows(ctx, 'PAS'),
  ];
  const content = `${warnings(ctx.state.messages)}${deviceCodeBlock(ctx)}${group(ctx, null, rows)}`;
  return page(ctx, ['Epson Print Admin Serverless', ctx.ui.forMyEmail], content, [ctx.ui.ok]);
}

const MENU_AREAS = [
  'INFO_PRTINFO',
  'INFO_NWINFO',
  'INFO_MENTINFO',
  'INFO_JOBHISTORY',
  'NW_SERVICE_PRTCL',
  'PASSWORD',
];

function commonTopPage(ctx: Ctx): string {
  if (ctx.gen === 'basic') return menuPage(ctx);
  const content = ctx.state.contentPath ?? '/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP';
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Author" content="SEIKO EPSON"><title>${esc(
    ctx.model,
  )} Series</title></head><frameset rows="80,*" border="0"><frame name="header" src="/PRESENTATION/ADVANCED/COMMON/HEADER" scrolling="no"><frameset cols="240,*"><frame name="menu" src="/PRESENTATION/ADVANCED/COMMON/MENU"><frame name="contents" src="${esc(
    content,
  )}"></frameset></frameset></html>`;
}

function menuPage(ctx: Ctx): string {
  const u = ctx.ui;
  const names = [
    u.productStatus,
    u.networkStatus,
    u.status,
    u.jobHistory,
    u.emailServer,
    u.administratorLogin,
  ];
  const links = MENU_AREAS.map((area, i) => {
    const href =
      ctx.gen === 'advanced' ? `/PRESENTATION/ADVANCED/${area}/TOP` : `./${area.replace(/^INFO_/, '')}.HTML`;
    return `<li class="menu-item"><a href="${href}" target="contents">${esc(names[i] ?? area)}</a></li>`;
  }).join('');
  const list = `<ul class="menu-tree">${links}</ul>`;
  if (ctx.gen === 'advanced') {
    return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Author" content="SEIKO EPSON"><title>${esc(
      ctx.model,
    )} Series</title></head><body class="menu"><div class="menu-wrap">${list}</div></body></html>`;
  }
  return page(ctx, [ctx.model], list, [], '');
}

/** Each page kind's renderer. */
const PAGES: Record<PageSpec['page'], (ctx: Ctx) => string> = {
  'email-server-basic': (ctx) =>
    mailSettingsPage(ctx, [ctx.ui.network, ctx.ui.emailServer, ctx.ui.basic], ''),
  'fax-server-email': (ctx) =>
    mailSettingsPage(ctx, [ctx.ui.fax, ctx.ui.faxServer, ctx.ui.emailServerSettings], 'FSV'),
  'email-server-connection-test': connectionTestPage,
  'job-history': jobHistoryPage,
  'network-status': networkStatusPage,
  'product-status': productStatusPage,
  login: loginPage,
  'print-admin-serverless': printAdminServerlessPage,
  'common-top': commonTopPage,
  menu: menuPage,
};

/** Render one synthetic Web Config page as an HTML string. */
export function renderWebConfigPage(spec: PageSpec): string {
  const ui = spec.wording ? { ...LABELS[spec.lang], ...spec.wording } : LABELS[spec.lang];
  const ctx: Ctx = {
    gen: spec.generation,
    ui,
    form: spec.labels === 'english' ? { ...LABELS.en, ...spec.wording } : ui,
    lang: spec.lang,
    model: spec.model,
    state: spec.state ?? {},
    spec,
  };
  return PAGES[spec.page](ctx);
}
