import { describe, expect, it } from 'vitest';
import { locateCodeRows, locateTarget } from '../src/content/locate.ts';

/** Markup shaped like Web Config's ADVANCED pages (FACTS.md §2), written in a language we never read. */
function page(body: string): Document {
  return new DOMParser().parseFromString(
    `<html><body class="contents"><div class="wrap">${body}</div></body></html>`,
    'text/html',
  );
}

const emailServer = page(`
  <div class="section"><form id="input_form">
    <dl class="values"><dt class="key"><span class="key">認証方式 :</span></dt>
      <dd class="value"><select name="INPUTD_AUTHMETHOD"><option value="OFF">認証しない</option><option value="OAUTH2" selected>OAuth2</option></select></dd></dl>
    <dl class="values"><dt class="key"><span class="key">メールサービス :</span></dt>
      <dd class="value"><select name="SEL_MAILSERVICE"><option>Microsoft Exchange Online</option><option>Outlook.com</option></select></dd></dl>
    <dl class="values"><dt class="key"><span class="key">現在の状態 :</span></dt>
      <dd class="value" id="status">サインインしていません<ul class="buttons"><li class="button"><button type="button" id="signin">サインイン</button></li></ul></dd></dl>
    <dl class="values"><dt class="key"><span class="key">パスワード :</span></dt><dd class="value"><input type="password" name="INPUTT_PASSWORD"></dd></dl>
  </form></div>
  <div class="footer"><ul class="buttons"><li class="button"><button type="button" id="ok">OK</button></li></ul></div>`);

describe('finding what a step is about, by structure and neutral tokens', () => {
  it('the method row by its OAuth2 option, the service row by Exchange Online', () => {
    expect(locateTarget(emailServer, 'authMethod')?.querySelector('select')?.getAttribute('name')).toBe(
      'INPUTD_AUTHMETHOD',
    );
    expect(locateTarget(emailServer, 'emailService')?.querySelector('select')?.getAttribute('name')).toBe(
      'SEL_MAILSERVICE',
    );
  });

  it('Sign In is the button after the service row; OK is the footer’s', () => {
    expect(locateTarget(emailServer, 'sign-in-button')?.id).toBe('signin');
    expect(locateTarget(emailServer, 'ok-button')?.id).toBe('ok');
  });

  it('the status cell by the text detect read from it', () => {
    expect(locateTarget(emailServer, 'currentStatus', 'サインインしていません')?.id).toBe('status');
    const plain = page('<dl><dd id="s">Signed in</dd></dl>');
    expect(locateTarget(plain, 'currentStatus', 'Signed in')?.id).toBe('s');
  });

  it('nothing in this frame for the menu', () => {
    expect(locateTarget(emailServer, 'menu')).toBeNull();
  });
});

describe('job-history rows with a code', () => {
  const history = page(`<table>
    <tr><th>No.</th><th>Date</th><th>Type</th><th>Result</th></tr>
    <tr id="a"><td>0360</td><td>2025/03/01 10:00</td><td>Scan</td><td>Completed</td></tr>
    <tr id="b"><td>0361</td><td>2025/03/01 10:05</td><td>Scan</td><td>Erro (360)</td></tr>
    <tr id="c"><td>0362</td><td>2025/03/02 11:00</td><td>Scan</td><td>エラー 370</td></tr>
    <tr id="d"><td>0363</td><td>2025/03/02 11:01</td><td>Scan</td><td>Error 999</td></tr>
  </table>`);

  it('finds the rows whose result carries a known code, not receipt numbers or dates', () => {
    const rows = locateCodeRows(history, [360, 370]).map(({ row, code }) => [row.id, code]);
    expect(rows).toEqual([
      ['b', 360],
      ['c', 370],
    ]);
  });
});
