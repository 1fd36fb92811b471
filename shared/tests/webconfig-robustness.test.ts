import { OAUTH_SIGNED_IN, renderPage } from '@wcoa/test/webconfig-pages';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detect } from '../src/webconfig/index.ts';
import { pageModel } from './guide-model.ts';
import { detectHtml } from './webconfig-helpers.ts';

describe('detect on pages it has not been tuned to', () => {
  it('English form labels inside a Portuguese UI (firmware that keeps English labels)', () => {
    for (const generation of ['advanced', 'basic'] as const) {
      const html = renderPage({
        generation,
        lang: 'pt',
        model: 'WF-C5890',
        labels: 'english',
        languageSelector: true,
        state: OAUTH_SIGNED_IN,
      });
      const model = detectHtml(html);
      expect(model.page).toBe('email-server-basic');
      // The selector says "Português"; the page's own chrome ("correio eletrónico") says which one.
      expect(model.lang).toBe('pt-PT');
      expect(model.fields).toMatchObject(OAUTH_SIGNED_IN);
    }
  });

  it('unknown extra rows from newer firmware change nothing', () => {
    const extraRows = [
      { label: 'SMTP Greeting Name', value: 'printer-3f' },
      { label: 'Send Timeout', value: '60' },
      { label: 'Bcc Address', value: 'archive@contoso.example' },
    ];
    for (const generation of ['advanced', 'basic'] as const) {
      const base = { generation, lang: 'de', model: 'AM-C4000', state: OAUTH_SIGNED_IN } as const;
      const plain = detectHtml(renderPage(base));
      const extended = detectHtml(renderPage({ ...base, extraRows }));
      expect(extended.page).toBe('email-server-basic');
      expect(extended.fields).toEqual(plain.fields);
    }
  });

  it('an empty document is not Web Config', () => {
    // Nothing at all: no vendor, model, language, field or signal.
    expect(detect(new JSDOM('').window.document)).toEqual(pageModel('not-webconfig'));
  });

  it("COMMON/TOP's frameset is webconfig-other with the model from its title", () => {
    const model = detectHtml(renderPage({ page: 'common-top', model: 'WF-C879R' }));
    expect(model).toMatchObject({ vendor: 'epson', page: 'webconfig-other', model: 'WF-C879R', lang: null });
    expect(model.signals).toContain('frameset');
  });

  it('an option it does not know leaves the field absent and keeps the raw text', () => {
    const html = renderPage({ state: { ...OAUTH_SIGNED_IN, authMethod: 'off' } })
      .replace(' selected>Off<', '>Off<')
      .replace(
        '<option value="OFF">',
        '<option value="KRB5" selected>Kerberos V5</option><option value="OFF">',
      );
    const model = detectHtml(html);
    expect(model.fields.authMethod).toBeUndefined();
    expect(model.raw.authMethod).toBe('Kerberos V5');
    expect(model.fields.oauthOffered).toBe(true);
  });

  it('reads the live state of the form (a select changed but not yet saved)', () => {
    const html = renderPage({
      lang: 'fr',
      state: { authMethod: 'smtp-auth', smtpServer: 'smtp.office365.com', smtpPort: 587 },
    });
    const doc = new JSDOM(html).window.document;
    const select = doc.querySelector('select[name="INPUTD_AUTHMETHOD"]') as HTMLSelectElement;
    select.value = 'OAUTH2';
    expect(detect(doc).fields.authMethod).toBe('oauth2');
  });

  it('never reads a password value', () => {
    const secret = 'pa55-never-leaves-the-page';
    const html = renderPage({
      generation: 'basic',
      lang: 'es',
      state: { authMethod: 'smtp-auth', account: 'mfp@contoso.example', smtpServer: 'smtp.office365.com' },
    });
    const doc = new JSDOM(html).window.document;
    for (const input of Array.from(doc.querySelectorAll('input[type="password"]')) as HTMLInputElement[]) {
      input.setAttribute('value', secret);
      input.value = secret;
    }
    const model = detect(doc);
    expect(model.fields.account).toBe('mfp@contoso.example');
    expect(JSON.stringify(model)).not.toContain(secret);

    const login = new JSDOM(renderPage({ page: 'login' })).window.document;
    (login.querySelector('input[type="password"]') as HTMLInputElement).value = secret;
    expect(JSON.stringify(detect(login))).not.toContain(secret);
  });

  it('job history: a Result wording and a column header never seen before', () => {
    const html = renderPage({
      page: 'job-history',
      lang: 'pt-BR',
      state: {
        jobs: [
          { resultText: 'Falha no envio: código 361' },
          { resultText: 'Concluído' },
          { resultText: 'Erro de comunicação [360]' },
        ],
      },
    }).replace('<th class="key">Resultado</th>', '<th class="key">Situação final</th>');
    const model = detectHtml(html);
    expect(model.page).toBe('job-history');
    expect(model.fields.errorCodes).toEqual([361, 360]);
  });

  it('an empty job history is still the job history page', () => {
    const model = detectHtml(
      renderPage({ page: 'job-history', generation: 'basic', lang: 'nl', state: { jobs: [] } }),
    );
    expect(model.page).toBe('job-history');
    expect(model.fields.errorCodes).toEqual([]);
  });

  it('a device-code sign-in under way does not disturb the fields', () => {
    const model = detectHtml(
      renderPage({
        lang: 'ja',
        model: 'PX-M382F',
        state: {
          ...OAUTH_SIGNED_IN,
          currentStatus: 'not-signed-in',
          deviceCode: { userCode: 'F7QK-29XM', verificationUri: 'https://microsoft.com/devicelogin' },
        },
      }),
    );
    expect(model.fields).toMatchObject({ authMethod: 'oauth2', currentStatus: 'not-signed-in' });
    expect(model.fields.account).toBeUndefined();
    expect(model.lang).toBe('ja');
  });

  it('Print Admin Serverless is recognised by its product name in any language', () => {
    for (const lang of ['fr', 'zh-Hant'] as const) {
      const model = detectHtml(
        renderPage({
          page: 'print-admin-serverless',
          generation: 'basic',
          lang,
          model: 'AM-C6000',
          state: { emailService: 'outlook-com', currentStatus: 'not-signed-in' },
        }),
      );
      expect(model.page).toBe('print-admin-serverless');
      expect(model.fields).toEqual({ emailService: 'outlook-com', currentStatus: 'not-signed-in' });
    }
  });
});

describe('structure first: labels the lexicon has never seen', () => {
  /** Replace every row label with a meaningless one, keeping only the untranslated SMTP/POP3 tokens. */
  function relabel(html: string): string {
    let n = 0;
    return html.replace(/<span class="key">([^<]*)&nbsp;:<\/span>/g, (_m, label: string) => {
      n++;
      const token = /POP3/.test(label)
        ? 'POP3 '
        : /SMTP/.test(label)
          ? `SMTP ${/port|porta|puerto|poort|portu|ポート|連接埠/i.test(label) ? 'Port ' : ''}`
          : '';
      return `<span class="key">${token}Zzyx ${n}&nbsp;:</span>`;
    });
  }

  it('SMTP AUTH form: every field still read from options, tokens, value shapes and form order', () => {
    const state = {
      authMethod: 'smtp-auth',
      account: 'mfp@fabrikam.example',
      sender: 'noreply@fabrikam.example',
      smtpServer: 'mail.fabrikam.example',
      smtpPort: 587,
      secureConnection: 'starttls',
      certificateValidation: false,
    } as const;
    const html = renderPage({ lang: 'nl', state });
    const relabelled = relabel(html);
    expect(relabelled).not.toContain('Geverifieerd account');
    expect(relabelled).not.toContain('E-mailadres van afzender');
    expect(relabelled).not.toContain('Certificaatvalidatie');
    const model = detectHtml(relabelled);
    expect(model.page).toBe('email-server-basic');
    expect(model.fields).toEqual({ ...state, oauthOffered: true });
  });

  it('OAuth2 form: the sign-in state is read from its value when its label is unknown', () => {
    const state = { ...OAUTH_SIGNED_IN, currentStatus: 'not-signed-in' } as const;
    // Not signed in: the page names no account.
    const { account: _none, ...shown } = state;
    const html = renderPage({ lang: 'it', state });
    const relabelled = relabel(html);
    expect(relabelled).not.toContain('Stato corrente');
    const model = detectHtml(relabelled);
    expect(model.fields).toMatchObject(shown);
  });
});

describe('connection test under a wording the lexicon lacks', () => {
  it('is recognised as the action page under Email Server', () => {
    for (const generation of ['advanced', 'basic'] as const) {
      const html = renderPage({
        page: 'email-server-connection-test',
        generation,
        lang: 'de',
        state: { testResult: { ok: false, text: 'Fehler bei der Kommunikation mit dem SMTP-Server.' } },
      }).replace(/Verbindungstest/g, 'Sendeprüfung');
      expect(html).not.toContain('Verbindungstest');
      const model = detectHtml(html);
      expect(model.page).toBe('email-server-connection-test');
      expect(model.signals).toContain('email-server-action-page');
      expect(model.fields.message).toEqual(['Fehler bei der Kommunikation mit dem SMTP-Server.']);
    }
  });
});

describe('other control types for the same settings', () => {
  it('radios for the method and the secure connection, a checkbox for certificate validation', () => {
    const row = (label: string, value: string) =>
      `<dt class="key"><span class="key">${label}&nbsp;:</span></dt><dd class="value clearfix">${value}</dd>`;
    const radio = (name: string, value: string, text: string, checked = false) =>
      `<input type="radio" name="${name}" id="${name}-${value}"${checked ? ' checked' : ''}><label for="${name}-${value}">${text}</label>`;
    const html = `<html><head><meta name="Author" content="SEIKO EPSON"><title>WF-M5899 Series</title></head>
      <body class="contents"><div class="wrap"><div class="header-main">Red&nbsp;&gt;&nbsp;Servidor de correo electrónico&nbsp;&gt;&nbsp;Básica</div>
      <div class="section"><form id="input_form" action="SET" method="post"><input type="hidden" name="INPUTT_SETUPTOKEN" value="t">
      <dl class="values">
      ${row('Método de autenticación', radio('INPUTR_AUTH', 'OFF', 'Desactivado') + radio('INPUTR_AUTH', 'SMTPAUTH', 'SMTP AUTH', true) + radio('INPUTR_AUTH', 'POPBEFORE', 'POP before SMTP'))}
      ${row('Cuenta autenticada', '<input type="text" name="INPUTT_ACCOUNT" value="mfp@contoso.example">')}
      ${row('Contraseña autenticada', '<input type="password" name="INPUTT_PASSWORD" value="">')}
      ${row('Dirección de correo electrónico del remitente', '<input type="text" name="INPUTT_FROM" value="mfp@contoso.example">')}
      ${row('Dirección del servidor SMTP', '<input type="text" name="INPUTT_SERVER" value="smtp.office365.com">')}
      ${row('Número de puerto del servidor SMTP', '<input type="number" name="INPUTT_PORT" value="587">')}
      ${row('Conexión segura', radio('INPUTR_SEC', 'NONE', 'Ninguna') + radio('INPUTR_SEC', 'STARTTLS', 'STARTTLS', true) + radio('INPUTR_SEC', 'SSLTLS', 'SSL/TLS'))}
      ${row('Validación de certificados', '<label><input type="checkbox" name="INPUTT_CERTCHECK" checked> Activar</label>')}
      </dl></form></div></div></body></html>`;
    const model = detectHtml(html);
    expect(model).toMatchObject({
      vendor: 'epson',
      page: 'email-server-basic',
      model: 'WF-M5899',
      lang: 'es',
    });
    expect(model.fields).toEqual({
      authMethod: 'smtp-auth',
      oauthOffered: false,
      account: 'mfp@contoso.example',
      sender: 'mfp@contoso.example',
      smtpServer: 'smtp.office365.com',
      smtpPort: 587,
      secureConnection: 'starttls',
      certificateValidation: true,
    });
  });
});
