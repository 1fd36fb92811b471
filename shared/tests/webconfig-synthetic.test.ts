import {
  type Generation,
  OAUTH_SIGNED_IN,
  type PageState,
  RENDER_LANGS,
  type RenderLang,
  renderPage,
  SYNTHETIC_MODEL,
  type SyntheticPage,
} from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import type { PageFields } from '../src/webconfig/index.ts';
import { detectHtml } from './webconfig-helpers.ts';

const GENERATIONS: Generation[] = ['advanced', 'basic'];

/**
 * The language the detector should report: the synthetic `pt` pages use European Portuguese words,
 * so their variant shows (pt-PT), as pt-BR pages' words show theirs.
 */
const expectedLang = (lang: RenderLang) => (lang === 'pt' ? 'pt-PT' : lang);

const MAIL_STATES: Record<string, PageState> = {
  'OAuth2, Exchange Online, signed in': OAUTH_SIGNED_IN,
  'OAuth2, Outlook.com, not signed in, with a warning': {
    authMethod: 'oauth2',
    emailService: 'outlook-com',
    currentStatus: 'not-signed-in',
    sender: 'home.printer@outlook.example',
    smtpServer: 'smtp-mail.outlook.com',
    smtpPort: 587,
    secureConnection: 'starttls',
    certificateValidation: false,
    messages: ['Sign in to your email service (code 370).'],
  },
  'SMTP AUTH on firmware without OAuth2': {
    oauthSupported: false,
    authMethod: 'smtp-auth',
    account: 'mfp@fabrikam.example',
    sender: 'noreply@fabrikam.example',
    smtpServer: 'mail.fabrikam.example',
    smtpPort: 465,
    secureConnection: 'ssl-tls',
    certificateValidation: false,
  },
  'POP before SMTP': {
    authMethod: 'pop-before-smtp',
    account: 'pop.user@example.net',
    sender: 'pop.user@example.net',
    smtpServer: '192.0.2.25',
    smtpPort: 25,
    secureConnection: 'none',
    pop3Server: 'pop.example.net',
    pop3Port: 110,
  },
  'authentication off': {
    authMethod: 'off',
    sender: 'printer@example.org',
    smtpServer: 'relay.example.org',
    smtpPort: 25,
    secureConnection: 'none',
  },
};

function expectedMailFields(s: PageState): PageFields {
  const oauth = s.authMethod === 'oauth2';
  const fields: PageFields = {
    authMethod: s.authMethod ?? 'off',
    oauthOffered: s.oauthSupported !== false,
    sender: s.sender,
    smtpServer: s.smtpServer,
    smtpPort: s.smtpPort,
    secureConnection: s.secureConnection ?? 'none',
    certificateValidation: s.certificateValidation !== false,
  };
  if (oauth) {
    fields.emailService = s.emailService;
    fields.currentStatus = s.currentStatus;
    if (s.currentStatus === 'signed-in') fields.account = s.account;
  } else if (s.account) {
    fields.account = s.account;
  }
  if (s.messages?.length) fields.message = s.messages;
  return fields;
}

const mailCases = GENERATIONS.flatMap((generation) =>
  RENDER_LANGS.flatMap((lang) =>
    (['email-server-basic', 'fax-server-email'] as const).flatMap((page) =>
      Object.entries(MAIL_STATES).map(([name, state]) => ({ generation, lang, page, name, state })),
    ),
  ),
);

describe('synthetic mail settings pages: every language, both generations, every method', () => {
  it.each(mailCases)('$page $generation $lang: $name', ({ generation, lang, page, state }) => {
    const model = detectHtml(renderPage({ page, generation, lang, state }));
    expect(model.vendor).toBe('epson');
    expect(model.page).toBe(page);
    expect(model.model).toBe(SYNTHETIC_MODEL);
    expect(model.lang).toBe(expectedLang(lang));
    expect(model.fields).toEqual(expectedMailFields(state));
    expect(model.raw.authMethod).toBeTruthy();
  });
});

const jobs = [
  { code: 360 },
  {},
  { code: 361, type: 'fax-to-email' as const },
  { code: 370 },
  {},
  { code: 360 },
];

describe('synthetic status and other pages: every language, both generations', () => {
  const cases = GENERATIONS.flatMap((generation) => RENDER_LANGS.map((lang) => ({ generation, lang })));
  /** One synthetic page in a case's generation and language, as detect reads it. */
  const read = (page: SyntheticPage, { generation, lang }: (typeof cases)[number], state: PageState = {}) =>
    detectHtml(renderPage({ page, generation, lang, state }));

  it.each(cases)(
    'job history $generation $lang: error codes from the Result texts in page order',
    ({ generation, lang }) => {
      const model = read('job-history', { generation, lang }, { jobs });
      expect(model.page).toBe('job-history');
      // The basic job history carries no word only one Portuguese variant uses: plain pt is the
      // honest answer there, the other variant never.
      if (lang.startsWith('pt')) expect(['pt', expectedLang(lang)]).toContain(model.lang);
      else expect(model.lang).toBe(expectedLang(lang));
      expect(model.fields.errorCodes).toEqual([360, 361, 370, 360]);
      expect(model.raw.errorCodes).toHaveLength(jobs.length);
    },
  );

  it.each(cases)('network status $generation $lang', ({ generation, lang }) => {
    const network = {
      deviceName: 'EPSON9F8E7D',
      connectionStatus: '1000BASE-T Full Duplex',
      ipAddress: '10.20.30.40',
      subnetMask: '255.255.254.0',
      gateway: '10.20.30.1',
      dns: ['10.20.0.53', '10.20.0.54'],
      macAddress: '38:1a:52:9f:8e:7d',
    };
    const model = read('network-status', { generation, lang }, { network });
    expect(model.page).toBe('network-status');
    expect(model.lang).toBe(expectedLang(lang));
    // The page's connection status is the connection; the MAC address is read in upper case.
    const { connectionStatus, macAddress, ...same } = network;
    expect(model.fields.network).toEqual({
      ...same,
      connection: connectionStatus,
      macAddress: macAddress.toUpperCase(),
    });
  });

  it.each(cases)(
    'product status $generation $lang: serial number and the selector language',
    ({ generation, lang }) => {
      const model = read(
        'product-status',
        { generation, lang },
        { serialNumber: 'X4KZ012345', network: { macAddress: '64:C6:D2:00:11:22' } },
      );
      expect(model.page).toBe('product-status');
      // The language selector names pt-BR exactly; plain "Português" is refined by the page's words.
      expect(model.lang).toBe(expectedLang(lang));
      expect(model.fields.serialNumber).toBe('X4KZ012345');
      expect(model.fields.network?.macAddress).toBe('64:C6:D2:00:11:22');
    },
  );

  it.each(cases)('login $generation $lang, business and consumer forms', ({ generation, lang }) => {
    for (const loginVariant of ['business', 'consumer'] as const) {
      const model = read('login', { generation, lang }, { loginVariant, messages: ['!'] });
      expect(model.page).toBe('login');
      expect(model.signals).toContain('password-field');
      expect(model.fields.message).toEqual(['!']);
    }
  });

  it.each(cases)(
    'connection test $generation $lang: the failure shown is the message',
    ({ generation, lang }) => {
      const text = 'SMTP server authentication error. (535 5.7.139)';
      const failed = read(
        'email-server-connection-test',
        { generation, lang },
        { testResult: { ok: false, text } },
      );
      expect(failed.page).toBe('email-server-connection-test');
      expect(failed.lang).toBe(expectedLang(lang));
      expect(failed.fields.message).toEqual([text]);
      const passed = read('email-server-connection-test', { generation, lang }, { testResult: { ok: true } });
      expect(passed.page).toBe('email-server-connection-test');
      expect(passed.fields.message).toBeUndefined();
    },
  );

  it.each(cases)('Print Admin Serverless $generation $lang: For My Email sign-in', ({ generation, lang }) => {
    const state = {
      emailService: 'exchange-online',
      currentStatus: 'signed-in',
      account: 'admin@contoso.example',
    } as const;
    const model = read('print-admin-serverless', { generation, lang }, state);
    expect(model.page).toBe('print-admin-serverless');
    expect(model.lang).toBe(expectedLang(lang));
    expect(model.fields).toEqual(state);
  });

  it.each(cases)('COMMON/TOP and menu $generation $lang are webconfig-other', ({ generation, lang }) => {
    for (const page of ['common-top', 'menu'] as const) {
      const model = read(page, { generation, lang });
      expect(model.vendor).toBe('epson');
      expect(model.page).toBe('webconfig-other');
      expect(model.model).toBe(SYNTHETIC_MODEL);
    }
  });
});
