import type { AgentErrorCode } from '@wcoa/shared/protocol';

/**
 * A refusal the agent explains: one of the protocol's error codes, the values its message names,
 * and for `rate-limited` when to try again. Thrown anywhere in the agent (accounts, the mail
 * service, the routes); the message text comes from the message table in the caller's language,
 * and server/errors.ts alone decides which HTTP status each code is answered with.
 */
export class AgentError extends Error {
  constructor(
    readonly code: AgentErrorCode,
    readonly params: Record<string, string | number> = {},
    /** Seconds until the caller may try again (`rate-limited`). */
    readonly retryAfter?: number,
  ) {
    super(code);
    this.name = 'AgentError';
  }
}

/** Too many of something: try again in `seconds`. */
export const rateLimited = (seconds: number) => new AgentError('rate-limited', { seconds }, seconds);
