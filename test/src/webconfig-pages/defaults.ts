import { renderWebConfigPage } from './render.ts';
import type { PageSpec, PageState } from './spec.ts';

/**
 * The Email Server settings the Epson guide leaves: OAuth2 with Exchange Online, signed in. Tests
 * render it, read it back, lint it and show it; as detect's fields it lacks only oauthOffered.
 */
export const OAUTH_SIGNED_IN = {
  authMethod: 'oauth2',
  emailService: 'exchange-online',
  currentStatus: 'signed-in',
  account: 'scanner@contoso.example',
  sender: 'scanner@contoso.example',
  smtpServer: 'smtp.office365.com',
  smtpPort: 587,
  secureConnection: 'starttls',
  certificateValidation: true,
} as const satisfies PageState;

/** The printer model a synthetic page names unless a test says another. */
export const SYNTHETIC_MODEL = 'WF-C5790';

/**
 * A synthetic page naming only what a test is about: by default the Email Server page of the
 * advanced generation, in English, on SYNTHETIC_MODEL.
 */
export function renderPage(spec: Partial<PageSpec> = {}): string {
  return renderWebConfigPage({
    page: 'email-server-basic',
    generation: 'advanced',
    lang: 'en',
    model: SYNTHETIC_MODEL,
    ...spec,
  });
}
