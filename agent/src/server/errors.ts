import { format, type Lang, messagesFor, pickLang } from '@wcoa/shared/i18n';
import { type AgentErrorCode, type ApiError, DATE_RANGE_ISSUE } from '@wcoa/shared/protocol';
import type { z } from 'zod';
import { AgentError } from '../errors.ts';
import { zodErrors } from '../zod-locale.ts';

/** The one table from an error's code to the HTTP status the API answers it with. */
export const HTTP_STATUS: Record<AgentErrorCode, number> = {
  'invalid-request': 400,
  'invalid-json': 400,
  'recipient-not-allowed': 400,
  'smtp-host-not-allowed': 400,
  unauthorized: 401,
  'forbidden-host': 403,
  'forbidden-origin': 403,
  'pairing-code-invalid': 403,
  'not-found': 404,
  'account-unknown': 404,
  'printer-unknown': 404,
  'account-not-signed-in': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'rate-limited': 429,
  internal: 500,
  'signin-failed': 502,
  'signin-not-configured': 503,
  'sheet-unavailable': 503,
};

/** An AgentError as an HTTP answer: its status, and Retry-After when it says when to try again. */
export function httpAnswerOf(error: AgentError): { status: number; headers: Record<string, string> } {
  return {
    status: HTTP_STATUS[error.code],
    headers: error.retryAfter === undefined ? {} : { 'Retry-After': String(error.retryAfter) },
  };
}

/**
 * The caller's language from Accept-Language (`pt-BR,pt;q=0.9,en;q=0.8` → pt-BR), else the
 * fallbacks given (the printer's own language, for its sheet), else English. Bounded: at most
 * 20 tags are read.
 */
export function langOf(
  acceptLanguage: string | undefined,
  ...fallbacks: Array<string | null | undefined>
): Lang {
  const tags = (acceptLanguage ?? '')
    .slice(0, 500)
    .split(',', 20)
    .map((part) => part.split(';')[0]?.trim());
  return pickLang(...tags, ...fallbacks);
}

// An absolute file path (POSIX or Windows), not a URL's path: preceded by nothing path- or host-like.
const FILE_PATH = /(?<![\w:/.\\-])(?:[A-Za-z]:[\\/]|\/)(?:[^\s/\\'"]+[\\/])*([^\s/\\'"]+)/g;

/** A file path in a message (a missing Chromium, an error quoting a file) shows its name only. */
export function hidePaths(text: string): string {
  return text.replace(FILE_PATH, '$1');
}

/**
 * The body of an error response. Anything but the request's own path that names a file shows its
 * name only: an error answer never tells a caller where the agent's home or anything else lives.
 */
export function errorBody(
  lang: Lang,
  code: AgentErrorCode,
  params: Record<string, string | number> = {},
): ApiError {
  const shown = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && k !== 'path' ? hidePaths(v) : v]),
  );
  return { error: { code, message: format(messagesFor(lang).agent.errors[code], shown) } };
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** zod issues as one readable line, in the caller's language. CR/LF gets its own message (injection). */
export function describeIssues(lang: Lang, issues: z.core.$ZodIssue[], input: unknown): string {
  const m = messagesFor(lang).agent.validation;
  return issues
    .map((issue) => {
      const field = issue.path.map(String).join('.') || 'body';
      const value = valueAt(input, issue.path);
      if (typeof value === 'string' && /[\r\n]/.test(value)) return format(m.lineBreak, { field });
      if (issue.code === 'invalid_format' && issue.format === 'email') return format(m.email, { field });
      if (issue.code === 'invalid_type' && value === undefined) return format(m.required, { field });
      if (
        (issue.code === 'invalid_format' && issue.format === 'datetime') ||
        (issue.code === 'custom' && issue.params?.wcoa === DATE_RANGE_ISSUE)
      )
        return format(m.date, { field });
      return format(m.other, { field, problem: issue.message });
    })
    .join(' ');
}

/** Parses a request body with a protocol schema; a failure is a 400 with a clear message. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, lang: Lang): z.infer<S> {
  const result = schema.safeParse(body ?? {}, zodErrors(lang));
  if (!result.success) {
    throw new AgentError('invalid-request', {
      details: describeIssues(lang, result.error.issues, body),
    });
  }
  return result.data;
}
