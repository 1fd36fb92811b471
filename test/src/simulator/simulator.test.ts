import { detect } from '@wcoa/shared/webconfig';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, type IdentityEmulator, startIdentityEmulator } from '../emulators/index.ts';
import { PATHS, type Simulator, startSimulator } from './index.ts';

let idp: IdentityEmulator;
let sim: Simulator;
const ACCOUNT = 'scan@contoso.com';

beforeAll(async () => {
  const ca = await createTestCa();
  idp = await startIdentityEmulator({ tls: ca, pollIntervalSec: 1 });
  idp.addUser({ email: ACCOUNT });
  sim = await startSimulator({
    identity: { url: idp.url, clientId: idp.clientId, caCertPem: ca.caCertPem },
    printers: [
      {
        model: 'WF-C5790',
        serialNumber: 'X5ZZ001234',
        email: { authMethod: 'off', sender: ACCOUNT, smtpServer: 'smtp.office365.com', smtpPort: 587 },
      },
      { model: 'WF-3540', lang: 'pt', oauthSupported: false },
    ],
  });
});
afterAll(async () => {
  await sim?.close();
  await idp?.close();
});

/** A browser's cookie jar, for one printer. */
function client(origin: string) {
  let cookie = '';
  const go = async (path: string, form?: Record<string, string>) => {
    const response = await fetch(origin + path, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form) : undefined,
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return response;
  };
  return { go, html: async (path: string, form?: Record<string, string>) => (await go(path, form)).text() };
}

const read = (html: string, path: string) =>
  detect(new JSDOM(html, { url: `http://printer${path}` }).window.document, `http://printer${path}`);
const token = (html: string) => /name="INPUTT_SETUPTOKEN" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the Web Config simulator', () => {
  it('serves COMMON/TOP with header, menu and content frames', async () => {
    const top = await client(sim.printers[0]!.origin).html(PATHS.top);
    expect(top).toContain('<frameset');
    expect(top).toMatch(/<frame name="contents" src="\/PRESENTATION\/ADVANCED\/INFO_PRTINFO\/TOP"/);
    expect(read(top, PATHS.top).page).toBe('webconfig-other');
  });

  it('asks for the administrator password before a settings page, and refuses a wrong one', async () => {
    const browser = client(sim.printers[0]!.origin);
    expect(read(await browser.html(PATHS.emailServer), PATHS.emailServer).page).toBe('login');
    const wrong = await browser.html('/PRESENTATION/ADVANCED/PASSWORD/SET', { INPUTT_PASSWORD: 'nope' });
    expect(wrong).toContain('PASSWORD/TOP?failed=1');
    const right = await browser.html('/PRESENTATION/ADVANCED/PASSWORD/SET', {
      INPUTT_PASSWORD: 'X5ZZ001234',
    });
    expect(right).toContain(`src="${PATHS.emailServer}"`);
    expect(read(await browser.html(PATHS.emailServer), PATHS.emailServer).page).toBe('email-server-basic');
  });

  it('runs the printer’s device-code sign-in; nothing is saved until OK and confirm with the setup token', async () => {
    const printer = sim.printers[0]!;
    const browser = client(printer.origin);
    await browser.html('/PRESENTATION/ADVANCED/PASSWORD/SET', { INPUTT_PASSWORD: 'X5ZZ001234' });
    const area = '/PRESENTATION/ADVANCED/NW_SERVICE_PRTCL';
    const draft = (await (await browser.go(`${area}/DRAFT`, { INPUTD_AUTHMETHOD: 'OAUTH2' })).json()) as {
      html: string;
    };
    expect(read(draft.html, PATHS.emailServer).fields).toMatchObject({
      authMethod: 'oauth2',
      currentStatus: 'not-signed-in',
    });
    const started = (await (
      await browser.go(`${area}/SIGNIN`, { INPUTD_AUTHMETHOD: 'OAUTH2', SEL_MAILSERVICE: 'EXO' })
    ).json()) as {
      state: string;
      html: string;
    };
    expect(started.state).toBe('pending');
    const code = await idp.waitForCode();
    expect(started.html).toContain(code.userCode);
    const pending = (await (await browser.go(`${area}/SIGNIN_POLL`, {})).json()) as { state: string };
    expect(pending.state).toBe('pending');
    await idp.approve(code.userCode, ACCOUNT);
    const done = (await (await browser.go(`${area}/SIGNIN_POLL`, {})).json()) as {
      state: string;
      html: string;
    };
    expect(done.state).toBe('signed-in');
    expect(read(done.html, PATHS.emailServer).fields).toMatchObject({
      currentStatus: 'signed-in',
      account: ACCOUNT,
    });
    expect(printer.state.saves).toEqual([]);

    // OK without the setup token is refused; with it, the confirm page, then saved.
    expect((await browser.go(`${area}/SET`, { INPUTD_AUTHMETHOD: 'OAUTH2' })).status).toBe(403);
    await browser.html(`${area}/SET`, {
      INPUTT_SETUPTOKEN: token(done.html),
      INPUTD_AUTHMETHOD: 'OAUTH2',
      SEL_MAILSERVICE: 'EXO',
    });
    const confirm = await browser.html(`${area}/CONFIRM`);
    expect(confirm).toContain('id="confirm_form"');
    await browser.html(`${area}/CONFIRM`, { INPUTT_SETUPTOKEN: token(confirm) });
    expect(printer.state.saves).toHaveLength(1);
    expect(read(await browser.html(PATHS.emailServer), PATHS.emailServer).fields).toMatchObject({
      authMethod: 'oauth2',
      currentStatus: 'signed-in',
      account: ACCOUNT,
    });
  });

  it('a reload drops unsaved edits, as the printer does', async () => {
    const browser = client(sim.printers[0]!.origin);
    await browser.html('/PRESENTATION/ADVANCED/PASSWORD/SET', { INPUTT_PASSWORD: 'X5ZZ001234' });
    await browser.go('/PRESENTATION/ADVANCED/NW_SERVICE_PRTCL/DRAFT', { INPUTD_SECURE: 'SSLTLS' });
    expect(read(await browser.html(PATHS.emailServer), PATHS.emailServer).fields.secureConnection).not.toBe(
      'ssl-tls',
    );
  });

  it('firmware without OAuth2, in Portuguese', async () => {
    const browser = client(sim.printers[1]!.origin);
    await browser.html('/PRESENTATION/ADVANCED/PASSWORD/SET', { INPUTT_PASSWORD: 'epson' });
    const model = read(await browser.html(PATHS.emailServer), PATHS.emailServer);
    expect(model).toMatchObject({
      page: 'email-server-basic',
      lang: 'pt-PT',
      fields: { oauthOffered: false },
    });
  });
});
