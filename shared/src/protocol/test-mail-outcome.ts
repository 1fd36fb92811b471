import type { TestMailResponse } from './agent-api.ts';

/**
 * A test mail that failed before any SMTP connection, while the agent got its own token: the
 * agent's sign-in (revoked, expired, refused), not the printer's nor the server's XOAUTH2.
 */
export function isAgentSignInFailure(result: TestMailResponse): boolean {
  return (
    !result.ok && result.stage === 'auth' && result.timings.connect === null && result.timings.dns === null
  );
}
