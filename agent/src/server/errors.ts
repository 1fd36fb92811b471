import { format, type Lang, messagesFor, pickLang } from '@wcoa/shared/i18n';
import { type ApiError, type ApiErrorCode, DATE_RANGE_ISSUE } from '@wcoa/shared/protocol';
import type { z } from 'zod';
import { zodErrors } from '../zod-locale.ts';

/** An error the API answers with `{ error: { code, message } }`, the message in the caller's language. */
export class ApiHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
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
  code: ApiErrorCode,
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
    throw new ApiHttpError(400, 'invalid-request', {
      details: describeIssues(lang, result.error.issues, body),
    });
  }
  return result.data;
}
