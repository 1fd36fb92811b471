/**
 * The device login pages a person (or a Playwright spec) walks through, shaped like Microsoft's:
 * enter the code → account → password (when the account has one) → permissions with
 * "Consent on behalf of your organization" → "You have signed in … you may now close this window".
 * Plain HTML forms. Each step posts the `flowToken` of a server-side session, as Microsoft's pages
 * do, so the password never travels in a hidden field.
 *
 * Stable hooks for specs: inputs are labelled ("Code", "Email, phone, or Skype", "Password",
 * "Consent on behalf of your organization"); buttons read "Next", "Sign in", "Accept", "Cancel";
 * the last page has `data-outcome="signed-in" | "declined" | "blocked"` on <main>.
 */
import { randomBytes } from 'node:crypto';
import { type Response, Router, urlencoded } from 'express';
import { type AadstsCode, aadstsText } from '../aadsts.ts';
import type { AuthCodeFlows, AuthorizationRequest } from '../auth-code.ts';
import type { DeviceFlow, DeviceFlows } from '../device-flow.ts';
import type { User } from '../directory.ts';
import type { IdentityState } from '../state.ts';

interface Session {
  flow: DeviceFlow | AuthorizationRequest;
  email?: string;
  user?: User;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function page(res: Response, title: string, body: string, outcome?: string, status = 200): void {
  res
    .status(status)
    .type('html')
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}main{background:#fff;max-width:440px;margin:40px auto;padding:44px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
.brand{font-weight:600;color:#737373}.error{color:#e81123}input[type=text],input[type=email],input[type=password]{width:100%;padding:6px 0;border:0;border-bottom:1px solid #666;font-size:15px}
button{margin-top:24px;padding:6px 24px;background:#0067b8;color:#fff;border:0}button.secondary{background:#ccc;color:#000}</style></head>
<body><main${outcome ? ` data-outcome="${esc(outcome)}"` : ''}><div class="brand">Microsoft (emulator)</div>
<h1>${esc(title)}</h1>${body}</main></body></html>`);
}

function hidden(token: string, step: string): string {
  return `<input type="hidden" name="flowToken" value="${esc(token)}"><input type="hidden" name="step" value="${esc(step)}">`;
}

function errorLine(message: string | undefined): string {
  return message ? `<p class="error" role="alert" id="error">${esc(message)}</p>` : '';
}

export function verificationRoutes(
  state: IdentityState,
  devices: DeviceFlows,
  authCode: AuthCodeFlows,
): Router {
  const router = Router();
  const sessions = new Map<string, Session>();
  router.use(
    ['/devicelogin', '/common/oauth2/deviceauth', '/:tenant/devicelogin'],
    urlencoded({ extended: false }),
  );

  const codePage = (res: Response, code = '', error?: string) =>
    page(
      res,
      'Enter code',
      `<p>Enter the code displayed on your app or device.</p>${errorLine(error)}
<form method="post" action="/devicelogin"><input type="hidden" name="step" value="code">
<label for="otc">Code</label><input type="text" id="otc" name="otc" value="${esc(code)}" autocomplete="off" autofocus>
<button type="submit" id="idSIButton9">Next</button></form>`,
      undefined,
      error ? 400 : 200,
    );

  const emailPage = (res: Response, token: string, s: Session, error?: string) =>
    page(
      res,
      'Sign in',
      `<p>Sign in to continue to ${esc(state.appName(s.flow))}</p>${errorLine(error)}
<form method="post" action="/devicelogin">${hidden(token, 'email')}
<label for="i0116">Email, phone, or Skype</label><input type="email" id="i0116" name="loginfmt" value="${esc(s.email ?? '')}" autofocus>
<button type="submit" id="idSIButton9">Next</button></form>`,
    );

  const passwordPage = (res: Response, token: string, s: Session, error?: string) =>
    page(
      res,
      'Enter password',
      `<p>${esc(s.email ?? '')}</p>${errorLine(error)}
<form method="post" action="/devicelogin">${hidden(token, 'password')}
<label for="i0118">Password</label><input type="password" id="i0118" name="passwd" autofocus>
<button type="submit" id="idSIButton9">Sign in</button></form>`,
    );

  const consentPage = (res: Response, token: string, s: Session) => {
    const user = s.user!;
    const permissions = [
      ...s.flow.scopes.permissions.map((p) =>
        p === 'SMTP.Send' ? 'Send emails from mailboxes using SMTP AUTH.' : p,
      ),
      'Maintain access to data you have given it access to',
      'View your basic profile',
    ];
    const orgBox = user.isAdmin
      ? `<p><input type="checkbox" id="consentToOrg" name="consentToOrg" value="1"> <label for="consentToOrg">Consent on behalf of your organization</label></p>`
      : '';
    page(
      res,
      'Permissions requested',
      `<p>${esc(user.email)}</p><p><strong>${esc(state.appName(s.flow))}</strong> (unverified)</p>
<p>This app would like to:</p><ul>${permissions.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>
<form method="post" action="/devicelogin">${hidden(token, 'consent')}${orgBox}
<button type="submit" name="action" value="accept" id="idSIButton9">Accept</button>
<button type="submit" name="action" value="cancel" id="idBtn_Back" class="secondary">Cancel</button></form>`,
    );
  };

  const deviceSignedInPage = (res: Response, s: Session) =>
    page(
      res,
      state.appName(s.flow),
      `<p>You have signed in to the ${esc(state.appName(s.flow))} application on your device. You may now close this window.</p>`,
      'signed-in',
    );

  const blockedPage = (res: Response, code: AadstsCode) =>
    page(
      res,
      code === 53003 || code === 530035 ? 'You cannot access this right now' : 'More information required',
      `<p class="error">${esc(aadstsText(code, { resource: 'Office 365 Exchange Online', clientId: '', appName: '' }))}</p>
<p>Error Code: ${code}</p>`,
      'blocked',
    );

  const afterSignIn = (res: Response, token: string, s: Session, r: ReturnType<IdentityState['signIn']>) => {
    switch (r.result) {
      case 'unknown-user':
        return emailPage(
          res,
          token,
          s,
          'This username may be incorrect. Make sure you typed it correctly. Otherwise, contact your admin.',
        );
      case 'not-admitted':
        return emailPage(res, token, s, r.text);
      case 'wrong-password':
        return passwordPage(
          res,
          token,
          s,
          "Your account or password is incorrect. If you don't remember your password, reset it now.",
        );
      case 'password':
        s.user = r.user;
        return passwordPage(res, token, s);
      case 'blocked':
        sessions.delete(token);
        if (s.flow.kind === 'code') return res.redirect(302, authCode.finish(s.flow));
        return blockedPage(res, r.code);
      case 'consent':
        s.user = r.user;
        return consentPage(res, token, s);
      case 'approved':
        sessions.delete(token);
        return signedInPage(res, s);
    }
  };

  // The authorization code flow ends by sending the browser back to the app.
  const signedInPage = (res: Response, s: Session) =>
    s.flow.kind === 'code' ? res.redirect(302, authCode.finish(s.flow)) : deviceSignedInPage(res, s);

  const show = (req: { query: Record<string, unknown> }, res: Response) => {
    const otc = typeof req.query.otc === 'string' ? req.query.otc : '';
    codePage(res, otc);
  };
  router.get('/devicelogin', show);
  router.get('/common/oauth2/deviceauth', show);
  router.get('/:tenant/devicelogin', show);

  const post = (req: { body: unknown }, res: Response) => {
    const f = (req.body ?? {}) as Record<string, string | undefined>;
    if (f.step === 'code' || !f.flowToken) {
      const found = devices.forUserCode(f.otc ?? '');
      if ('problem' in found) {
        const message =
          found.problem === 'expired'
            ? 'That code has expired. Go back to your app or device and get a new code.'
            : "That code didn't work. Check the code and try again.";
        return codePage(res, f.otc ?? '', message);
      }
      const token = randomBytes(24).toString('base64url');
      const s: Session = { flow: found.flow };
      sessions.set(token, s);
      return emailPage(res, token, s);
    }
    const token = f.flowToken;
    const s = sessions.get(token);
    if (s?.flow.status !== 'pending' || s.flow.expiresAt <= state.now()) {
      sessions.delete(token);
      return codePage(res, '', 'Your session has timed out. Enter the code again.');
    }
    switch (f.step) {
      case 'email':
        s.email = (f.loginfmt ?? '').trim();
        return afterSignIn(res, token, s, state.signIn(s.flow, s.email, undefined));
      case 'password':
        return afterSignIn(res, token, s, state.signIn(s.flow, s.email ?? '', f.passwd ?? ''));
      case 'consent':
        sessions.delete(token);
        if (f.action !== 'accept' || !s.user) {
          state.decline(s.flow);
          if (s.flow.kind === 'code') return res.redirect(302, authCode.finish(s.flow));
          return page(
            res,
            'Sign in cancelled',
            '<p>You have declined the sign-in request on the application. You may now close this window.</p>',
            'declined',
          );
        }
        state.consent(s.flow, s.user, f.consentToOrg === '1');
        return signedInPage(res, s);
      default:
        return codePage(res, '', 'Something went wrong. Enter the code again.');
    }
  };
  router.get('/:tenant/oauth2/v2.0/authorize', (req, res) => {
    const q: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(req.query)) if (typeof v === 'string') q[k] = v;
    const started = authCode.start(req.params.tenant, q);
    if ('page' in started)
      return page(
        res,
        'Sorry, but we’re having trouble signing you in.',
        `<p class="error" role="alert">${esc(started.page)}</p>`,
        'blocked',
        400,
      );
    if ('redirect' in started) return res.redirect(302, started.redirect);
    const token = randomBytes(24).toString('base64url');
    const s: Session = {
      flow: started.request,
      ...(started.request.loginHint ? { email: started.request.loginHint } : {}),
    };
    sessions.set(token, s);
    return emailPage(res, token, s);
  });
  router.post('/devicelogin', post);
  router.post('/common/oauth2/deviceauth', post);
  router.post('/:tenant/devicelogin', post);
  return router;
}
