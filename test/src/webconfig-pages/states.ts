import type { PageState } from './spec.ts';

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
