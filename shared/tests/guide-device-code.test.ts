import { describe, expect, it } from 'vitest';
import { findDeviceCode } from '../src/guide/index.ts';

describe('findDeviceCode', () => {
  it.each([
    [
      "Microsoft's own message",
      'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code F8KJ2MXQ4 to authenticate.',
      'F8KJ2MXQ4',
      'https://microsoft.com/devicelogin',
    ],
    [
      'Portuguese, code first',
      'Copie o código de autenticação HQ3ZLX9WB e clique no URL https://microsoft.com/devicelogin para abrir a janela.',
      'HQ3ZLX9WB',
      'https://microsoft.com/devicelogin',
    ],
    [
      'German, labelled lines',
      'Authentifizierungscode:\nGKD4W7PLT\nURL:\nhttps://login.microsoft.com/device',
      'GKD4W7PLT',
      'https://login.microsoft.com/device',
    ],
    [
      'Japanese, no spaces around the code',
      '認証コード：ABCD2345X　次のURLを開いてください：https://microsoft.com/devicelogin。',
      'ABCD2345X',
      'https://microsoft.com/devicelogin',
    ],
    [
      'an RFC 8628 hyphenated code from an emulator',
      'Code WDJB-MJHT — open https://127.0.0.1:41233/devicelogin',
      'WDJB-MJHT',
      'https://127.0.0.1:41233/devicelogin',
    ],
    [
      'a personal account',
      'Open https://www.microsoft.com/link and enter code QW7R-K2LP.',
      'QW7R-K2LP',
      'https://www.microsoft.com/link',
    ],
    [
      'an address printed without its scheme',
      'Code: HQ3ZLX9WB  URL: microsoft.com/devicelogin',
      'HQ3ZLX9WB',
      'https://microsoft.com/devicelogin',
    ],
  ])('%s', (_name, text, userCode, verificationUri) => {
    expect(findDeviceCode(text)).toEqual({ userCode, verificationUri });
  });

  it('reads the prompt as Web Config lays it out, code and URL on lines of their own among the fields', () => {
    const innerText = [
      'Network > Email Server > Basic',
      'Copy the authentication code and open the URL to sign in.',
      'K7PQ2XMNB',
      'https://127.0.0.1:43121/devicelogin',
      'Authentication Method\t:\tOAuth2',
      'Email service\t:\tMicrosoft Exchange Online',
      'Current Status\t:\tNot signed in\tSign In',
      'SMTP Server Address\t:\tSMTP.OFFICE365.COM',
      'Secure Connection\t:\tSTARTTLS',
    ].join('\n');
    expect(findDeviceCode(innerText)).toEqual({
      userCode: 'K7PQ2XMNB',
      verificationUri: 'https://127.0.0.1:43121/devicelogin',
    });
  });

  it('reads text whose blocks were glued together (textContent rather than innerText)', () => {
    const glued =
      'Network > Email Server > BasicCopy the authentication code and open the URL to sign in.K7PQ2XMNBhttps://127.0.0.1:4000/deviceloginAuthentication Method :OffSMTP AUTHPOP before SMTPOAuth2';
    // The code is right; the URL can only be as clean as the text (pass innerText where there is one).
    expect(findDeviceCode(glued)?.userCode).toBe('K7PQ2XMNB');
    expect(findDeviceCode(glued)?.verificationUri).toMatch(/^https:\/\/127\.0\.0\.1:4000\/devicelogin/);
    expect(
      findDeviceCode('認証コードをコピーしてください。K7PQ2XMNBhttps://microsoft.com/devicelogin')?.userCode,
    ).toBe('K7PQ2XMNB');
  });

  it('picks the code nearest the URL, never a protocol word or a model name', () => {
    const page =
      'WF-C5790 Series  Secure Connection: STARTTLS  SMTP Server Port Number: 587  ' +
      'Enter the code LMN4PQ8RS at https://microsoft.com/devicelogin  Authentication Method: OAUTH2';
    expect(findDeviceCode(page)?.userCode).toBe('LMN4PQ8RS');
  });

  it('returns null without a device-login URL, or without a code near it', () => {
    expect(
      findDeviceCode('Current Status: Signed in  Authenticated Account: printer@contoso.com'),
    ).toBeNull();
    expect(findDeviceCode('See https://learn.microsoft.com/exchange/smtp-auth code ABCD2345X')).toBeNull();
    expect(findDeviceCode('Open https://microsoft.com/devicelogin to continue.')).toBeNull();
    expect(findDeviceCode('Mail printer@microsoft.com/devicelogin ABCD2345X')).toBeNull();
    expect(findDeviceCode('See learn.microsoft.com/link ABCD2345X')).toBeNull();
    expect(findDeviceCode(`Code ABCD2345X ${'.'.repeat(400)} https://microsoft.com/devicelogin`)).toBeNull();
    expect(findDeviceCode('Port 25000587 https://microsoft.com/devicelogin STARTTLS')).toBeNull();
    expect(findDeviceCode('')).toBeNull();
  });

  it('finds a code anywhere within a couple of sentences of the URL, on either side, in a long page', () => {
    const page = (gap: number, codeFirst: boolean) => {
      const filler = 'Authentication Method : OAuth2 Email service : Exchange Online '.repeat(50);
      const pad = ' '.repeat(gap);
      const core = codeFirst
        ? `Code QZ7M3KD8P${pad}https://microsoft.com/devicelogin`
        : `https://microsoft.com/devicelogin${pad}code QZ7M3KD8P`;
      return `${filler}${core} ${filler}`;
    };
    for (const codeFirst of [true, false]) {
      expect(findDeviceCode(page(290, codeFirst))?.userCode).toBe('QZ7M3KD8P');
      expect(findDeviceCode(page(305, codeFirst))).toBeNull();
    }
  });

  it('does not take part of the URL for the code', () => {
    expect(findDeviceCode('https://login.microsoftonline.com/ABCDEF123/oauth2/deviceauth')).toBeNull();
  });
});
