/**
 * The agent API's closed sets of words, each declared once as data: agent-api.ts derives each one's
 * zod schema and type (z.enum), and a module that needs only the words reads them here without zod.
 */

// ── errors ──

/** The codes the agent answers with (`{ error: { code, message } }`). */
export const AGENT_ERROR_CODES = [
  'forbidden-host',
  'unsupported-media-type',
  'payload-too-large',
  'invalid-json',
  'forbidden-origin',
  'unauthorized',
  'rate-limited',
  'invalid-request',
  'not-found',
  'pairing-code-invalid',
  'account-unknown',
  'account-not-signed-in',
  'recipient-not-allowed',
  'signin-not-configured',
  'signin-failed',
  'smtp-host-not-allowed',
  'printer-unknown',
  'sheet-unavailable',
  'internal',
] as const;

/** Raised by the extension's service worker about the agent, never by the agent itself. */
export const WORKER_ERROR_CODES = [
  'agent-down',
  'not-paired',
  'printer-not-enabled',
  /** The extension was updated or reloaded under an open page: its old scripts can no longer talk. */
  'extension-reloaded',
] as const;

/** Every code a caller of the extension's worker may see: the agent's, then the worker's own. */
export const API_ERROR_CODES = [...AGENT_ERROR_CODES, ...WORKER_ERROR_CODES] as const;

// ── status, accounts, test mail, probe, printers ──

/** Where the agent keeps its key: the OS keyring, or where none works a 0600 file (FileSecretStore). */
export const SECRET_BACKENDS = ['keyring', 'file'] as const;

export const ACCOUNT_STATES = ['signing-in', 'signed-in', 'expired', 'failed'] as const;

/**
 * Why an account needs a sign-in when no Microsoft answer says so: the agent's own saved sign-in
 * failed authentication (tampered with, or sealed under another key) and was set aside.
 */
export const ACCOUNT_REASONS = ['stored-sign-in-unreadable'] as const;

export const TEST_MAIL_STAGES = [
  'dns',
  'connect',
  'tls',
  'auth',
  'sender',
  'recipient',
  'data',
  'ok',
] as const;

export const PROBE_STAGES = ['dns', 'connect', 'banner', 'ehlo', 'starttls', 'tls', 'auth'] as const;

/**
 * The OAuth state a printer's Email Server page showed: `signed-in` / `not-signed-in` with OAuth2
 * selected, `other-method` when another method is selected, `not-seen` before any Email Server page.
 */
export const PRINTER_OAUTH_STATES = ['signed-in', 'not-signed-in', 'other-method', 'not-seen'] as const;

/** Where "last mail" comes from: the printer's own job history, or a test mail the agent sent for it. */
export const MAIL_SOURCES = ['job-history', 'test-mail'] as const;

/** `GET /v1/printers/:id/sheet?format=html|pdf&lang=…` answers HTML or application/pdf, not JSON. */
export const SHEET_FORMATS = ['html', 'pdf'] as const;
