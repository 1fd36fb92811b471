import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { redact } from './redact.ts';

export type { Logger } from 'pino';

/** Keys whose values never reach a log, wherever they sit in a logged object. */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'authorization',
  'token',
  'accessToken',
  'refreshToken',
  'idToken',
  'code',
  'userCode',
  'deviceCode',
  'xoauth2',
  'password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.code',
  '*.userCode',
  '*.deviceCode',
];

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, depth + 1)]));
}

/**
 * Structured logs to `<home>/logs/agent.log` (debug, 0600) and stdout (info). Redaction twice over:
 * pino's paths for known keys, and the text patterns of redact() for anything else (an SMTP line,
 * an error message quoting a token endpoint's body).
 */
export function createLogger(logsDir: string, opts: { stdout?: boolean } = {}): Logger {
  const file = join(logsDir, 'agent.log');
  closeSync(openSync(file, 'a', 0o600));
  const streams: pino.StreamEntry[] = [
    { level: 'debug', stream: pino.destination({ dest: file, sync: true }) },
  ];
  if (opts.stdout !== false) streams.push({ level: 'info', stream: process.stdout });
  return pino(
    {
      level: 'debug',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redact(a) : a)) as Parameters<typeof method>,
          );
        },
      },
      serializers: { err: (e: Error) => scrub(pino.stdSerializers.err(e)) },
    },
    pino.multistream(streams),
  );
}
