import { describe, expect, it } from 'vitest';
import { explain } from '../src/diagnosis/index.ts';
import { prepare } from '../src/diagnosis/prepare.ts';
import { challengeStatus } from '../src/diagnosis/rules/xoauth2.ts';

/** The base64 a server puts after `334 ` in its error challenge. */
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const ids = (text: string) => explain(text).map((m) => m.id);

describe('the XOAUTH2 / OAUTHBEARER error challenge (RFC 7628 §3.2.2)', () => {
  it('reads its status and scope, and nothing from what is not one', () => {
    expect(
      challengeStatus(b64({ status: '401', schemes: 'bearer', scope: 'https://mail.google.com/' })),
    ).toEqual({
      status: '401',
      scope: 'https://mail.google.com/',
    });
    expect(challengeStatus(b64({ status: 403 }))).toEqual({ status: '403' });
    expect(challengeStatus(b64({ schemes: 'bearer' }))).toBeNull();
    expect(challengeStatus(b64(['401']))).toBeNull();
    expect(challengeStatus(b64('401'))).toBeNull();
    expect(challengeStatus('eyJub3QganNvbg')).toBeNull();
    expect(challengeStatus('!!!')).toBeNull();
    // A hostile status or scope is cut, not carried whole into the evidence.
    const long = challengeStatus(b64({ status: 'x'.repeat(500), scope: 'y'.repeat(5000) }));
    expect(long?.status).toHaveLength(40);
    expect(long?.scope).toHaveLength(200);
  });

  it('names the cause its status says, whatever else the JSON holds', () => {
    const cases: Array<[unknown, string]> = [
      [{ status: '401', schemes: 'Bearer', scope: 'https://mail.google.com/' }, 'token-rejected'],
      [
        { status: 'invalid_token', scope: 'mail', 'openid-configuration': 'https://sso.example.com/x' },
        'token-rejected',
      ],
      [{ status: 'insufficient_scope', scope: 'https://outlook.office.com/SMTP.Send' }, 'token-audience'],
      [{ status: '403', schemes: 'bearer' }, 'token-audience'],
    ];
    for (const [json, cause] of cases) {
      for (const text of [`334 ${b64(json)}`, `S: 334 ${b64(json)}`, `{"response":"334 ${b64(json)}"}`]) {
        const [first] = explain(text);
        expect(first?.id, text).toBe(cause);
        expect(first?.evidence, text).toMatch(/^334 eyJ.*\(status /);
      }
    }
  });

  it('gives no cause for a challenge that is not an error, or a status it does not know', () => {
    expect(ids('334 VXNlcm5hbWU6')).toEqual([]);
    expect(ids(`334 ${b64({ status: 'invalid_request' })}`)).toEqual([]);
    expect(ids(`334 ${b64({ note: 'no status' })}`)).toEqual([]);
  });

  it('keeps a base64 "+" as written inside a form-encoded token', () => {
    // '>' at this place encodes to '+': a form decoder would make it a space and break the base64.
    const json = {
      status: 'invalid_token',
      schemes: 'bearer',
      scope: 'https://outlook.office.com/.default>',
    };
    const encoded = b64(json);
    expect(encoded).toContain('+');
    const text = `response=334+${encoded}&code=EAUTH`;
    expect(prepare(text).text).toBe(`response=334 ${encoded}&code=EAUTH`);
    expect(ids(text)[0]).toBe('token-rejected');
    // The rest of such a token is still decoded.
    expect(prepare('error_description=AADSTS65001%3A+consent+required').text).toBe(
      'error_description=AADSTS65001: consent required',
    );
  });
});

describe("RFC 4954's replies to AUTH from any server", () => {
  it('reads 535 5.7.8 by what the client sent', () => {
    expect(ids('535 5.7.8 Authentication failed.')).toEqual(['token-rejected', 'credentials-invalid']);
    expect(ids('C: AUTH XOAUTH2\nS: 535 5.7.8 Authentication failed.')).toEqual([
      'token-rejected',
      'token-audience',
    ]);
    expect(ids('C: AUTH PLAIN\nS: 535 5.7.8 Authentication failed.')[0]).toBe('credentials-invalid');
    expect(ids('nodemailer 5.7.8 released')).toEqual([]);
  });

  it('reads 538 5.7.11, 534 5.7.9 and 530 5.7.0', () => {
    expect(ids('538 5.7.11 Encryption required for requested authentication mechanism')).toEqual([
      'wrong-secure-connection',
    ]);
    expect(ids('534 5.7.9 Authentication mechanism is too weak')).toEqual(['basic-auth-rejected']);
    expect(ids('530 5.7.0 Authentication required')).toEqual(['not-authenticated']);
    // 5.7.0 is any security refusal; without 530 or its words it is not this one.
    expect(ids('554 5.7.0 Message rejected')).toEqual([]);
    // Exchange's and RFC 3207's own readings stay first.
    expect(ids('530 5.7.0 Must issue a STARTTLS command first')[0]).toBe('wrong-secure-connection');
  });
});
