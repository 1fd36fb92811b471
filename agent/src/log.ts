import { closeSync, existsSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { redact } from './redact.ts';
import { terminalSafe } from './terminal-text.ts';

export type { Logger } from 'pino';

/** The log file's name in `<home>/logs`: the one file name an error response may show. */
export const LOG_FILE = 'agent.log';

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
  'userCode',
  'deviceCode',
  'xoauth2',
  'password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.userCode',
  '*.deviceCode',
];

/** Rotation: past this size agent.log becomes agent.log.1 (older ones shift up to .3, then go). */
export const LOG_MAX_BYTES = 10 * 1024 * 1024;
export const LOG_KEEP = 3;

/**
 * The log file, written synchronously (a crash loses no line) and rotated by size, so a flood of
 * refused requests or a chatty failure cannot fill the disk: at most (LOG_KEEP + 1) × the limit.
 */
function rotatingFile(file: string, maxBytes = LOG_MAX_BYTES): { write(line: string): void } {
  let fd = openSync(file, 'a', 0o600);
  let size = fstatSync(fd).size;
  const rotate = () => {
    closeSync(fd);
    rmSync(`${file}.${LOG_KEEP}`, { force: true });
    for (let i = LOG_KEEP - 1; i >= 1; i--) {
      if (existsSync(`${file}.${i}`)) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
    }
    renameSync(file, `${file}.1`);
    fd = openSync(file, 'a', 0o600);
    size = 0;
  };
  return {
    write(line: string) {
      const bytes = Buffer.from(line, 'utf8');
      if (size > 0 && size + bytes.length > maxBytes) rotate();
      writeSync(fd, bytes);
      size += bytes.length;
    },
  };
}

const CENSOR = '[redacted]';
/** An error's own code (`EPIPE`, `SQLITE_CORRUPT`, `ERR_…`) says what failed and is no secret. */
const ERROR_CODE = /^[A-Z][A-Z0-9_]{1,47}$/;

function scrubError(serialized: Record<string, unknown>, depth: number): unknown {
  const { code, ...rest } = serialized;
  const scrubbed = scrub(rest, depth) as Record<string, unknown>;
  if (code === undefined) return scrubbed;
  return { ...scrubbed, code: typeof code === 'string' && ERROR_CODE.test(code) ? code : CENSOR };
}

/**
 * Text patterns out of every string, `code` keys out of every object (an OAuth or device code),
 * except an error's own code; Errors serialised with message, code and stack wherever they sit.
 */
function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  // An Error's message, code and stack are not enumerable: serialise it (under any key) before
  // walking it, or it logs as {}.
  if (value instanceof Error) return scrubError(pino.stdSerializers.err(value), depth);
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, k === 'code' ? CENSOR : scrub(v, depth + 1)]),
  );
}

/**
 * Structured logs to `<home>/logs/agent.log` (debug, 0600) and stdout (info). Redaction twice over:
 * pino's paths for known keys, and the text patterns of redact() for anything else (an SMTP line,
 * an error message quoting a token endpoint's body).
 */
export function createLogger(logsDir: string, opts: { stdout?: boolean; maxBytes?: number } = {}): Logger {
  const file = join(logsDir, LOG_FILE);
  const streams: pino.StreamEntry[] = [{ level: 'debug', stream: rotatingFile(file, opts.maxBytes) }];
  // The terminal copy: a logged page field or server reply may carry C1 controls JSON leaves as they are.
  const terminal = { write: (line: string) => process.stdout.write(terminalSafe(line)) };
  if (opts.stdout !== false) streams.push({ level: 'info', stream: terminal });
  return pino(
    {
      level: 'debug',
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redact(a) : a)) as Parameters<typeof method>,
          );
        },
      },
      // scrub() has usually serialised it already (formatters run first); an Error left is done here.
      serializers: { err: (e: unknown) => (e instanceof Error ? scrub(pino.stdSerializers.err(e)) : e) },
    },
    pino.multistream(streams),
  );
}
