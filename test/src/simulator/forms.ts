import type { AuthMethod, EmailService, SecureConnection } from '@wcoa/shared/webconfig';
import type { PageState } from '../webconfig-pages/index.ts';

/** Reading a submitted Web Config form back into settings: the renderer's field names, per form prefix. */
const METHODS: Record<string, AuthMethod> = {
  OFF: 'off',
  SMTPAUTH: 'smtp-auth',
  POPBEFORESMTP: 'pop-before-smtp',
  OAUTH2: 'oauth2',
};
const SERVICES: Record<string, EmailService> = { EXO: 'exchange-online', OUTLOOK: 'outlook-com' };
const SECURE: Record<string, SecureConnection> = { NONE: 'none', STARTTLS: 'starttls', SSLTLS: 'ssl-tls' };

export function applyForm(state: PageState, form: Record<string, string>, prefix: string): PageState {
  const next: PageState = { ...state };
  const value = (name: string) => form[name];
  const method = METHODS[value(`INPUTD_${prefix}AUTHMETHOD`) ?? ''];
  if (method) {
    if (method !== next.authMethod) {
      // Leaving OAuth2 drops the sign-in; choosing it starts signed out.
      next.currentStatus = method === 'oauth2' ? (next.currentStatus ?? 'not-signed-in') : undefined;
    }
    next.authMethod = method;
  }
  const service = SERVICES[value(`SEL_${prefix}MAILSERVICE`) ?? ''];
  if (service) {
    if (next.emailService && service !== next.emailService) next.currentStatus = 'not-signed-in';
    next.emailService = service;
  } else if (next.authMethod === 'oauth2' && !next.emailService) {
    next.emailService = 'exchange-online';
  }
  const account = value(`INPUTT_${prefix}AUTHACCOUNT`);
  if (account !== undefined && next.authMethod !== 'oauth2') next.account = account;
  const sender = value(`INPUTT_${prefix}SENDER`);
  if (sender !== undefined) next.sender = sender;
  const server = value(`INPUTT_${prefix}SMTPSERVER`);
  if (server !== undefined) next.smtpServer = server;
  const port = value(`INPUTT_${prefix}SMTPPORT`);
  if (port !== undefined && /^\d+$/.test(port)) next.smtpPort = Number(port);
  const secure = SECURE[value(`INPUTD_${prefix}SECURE`) ?? ''];
  if (secure) next.secureConnection = secure;
  const cert = value(`INPUTR_${prefix}CERTVALID`);
  if (cert) next.certificateValidation = cert !== 'DISABLE';
  const forMyEmail = value('INPUTR_PASFORMYEMAIL');
  if (forMyEmail) next.forMyEmail = forMyEmail !== 'DISABLE';
  return next;
}
