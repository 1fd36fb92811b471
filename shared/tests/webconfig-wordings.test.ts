import { EN_SECOND_WORDING, renderPage } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import { ADDITIONAL_NETWORK_SIGNAL } from '../src/diagnosis/lint.ts';
import { detectHtml } from './webconfig-helpers.ts';

const STATE = {
  authMethod: 'oauth2',
  emailService: 'exchange-online',
  currentStatus: 'signed-in',
  account: 'scan@contoso.example',
  sender: 'scan@contoso.example',
  smtpServer: 'smtp.office365.com',
  smtpPort: 587,
  secureConnection: 'starttls',
} as const;

describe("Epson's second English wording", () => {
  it.each(['advanced', 'basic'] as const)(
    'Mail Server / Logged on (%s): mail, fax and Print Admin Serverless pages',
    (generation) => {
      for (const page of ['email-server-basic', 'fax-server-email', 'print-admin-serverless'] as const) {
        for (const currentStatus of ['signed-in', 'not-signed-in'] as const) {
          const model = detectHtml(
            renderPage({ page, generation, wording: EN_SECOND_WORDING, state: { ...STATE, currentStatus } }),
          );
          expect(model.page).toBe(page);
          expect(model.lang).toBe('en');
          expect(model.fields.currentStatus).toBe(currentStatus);
          expect(model.fields.emailService).toBe('exchange-online');
        }
      }
    },
  );

  it('a mail page under "Extended Network" (or "Additional Network") is flagged: OAuth2 works on the standard network only', () => {
    expect(ADDITIONAL_NETWORK_SIGNAL).toBe('additional-network-in-use');
    for (const network of ['Extended Network', 'Additional Network']) {
      const model = detectHtml(renderPage({ wording: { ...EN_SECOND_WORDING, network }, state: STATE }));
      expect(model.signals).toContain(ADDITIONAL_NETWORK_SIGNAL);
    }
    const standard = detectHtml(renderPage({ state: STATE }));
    expect(standard.signals).not.toContain(ADDITIONAL_NETWORK_SIGNAL);
  });
});

describe('Portuguese: pt-PT and pt-BR told apart by the page’s own words', () => {
  it.each(['advanced', 'basic'] as const)(
    'mail pages (%s), both sign-in states, with and without the selector',
    (generation) => {
      for (const [lang, expected] of [
        ['pt', 'pt-PT'],
        ['pt-BR', 'pt-BR'],
      ] as const) {
        for (const currentStatus of ['signed-in', 'not-signed-in'] as const) {
          for (const languageSelector of [false, true]) {
            const model = detectHtml(
              renderPage({ generation, lang, languageSelector, state: { ...STATE, currentStatus } }),
            );
            expect(model.lang).toBe(expected);
            expect(model.fields.currentStatus).toBe(currentStatus);
          }
        }
      }
    },
  );

  it('html lang names the variant; plain "pt" is refined by the words; no variant words leave plain pt', () => {
    const br = renderPage({ lang: 'pt-BR', model: 'X', state: STATE });
    expect(detectHtml(br.replace('<html>', '<html lang="pt-BR">')).lang).toBe('pt-BR');
    expect(detectHtml(br.replace('<html>', '<html lang="pt">')).lang).toBe('pt-BR');
    const neutral = `<html lang="pt"><head><meta name="Author" content="SEIKO EPSON"><title>WF-C5790 Series</title></head><body class="contents"><div class="wrap"><div class="header-main">Rede</div><div class="section"><dl class="values"><dt class="key">Endereço IP</dt><dd>192.0.2.1</dd><dt class="key">Endereço MAC</dt><dd>64:C6:D2:1A:2B:3C</dd></dl></div></div></body></html>`;
    expect(detectHtml(neutral).lang).toBe('pt');
  });
});
