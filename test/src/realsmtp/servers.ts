/**
 * Real SMTP servers for agent tests, on loopback: Debian's Dovecot submission server through the
 * shared realsmtp harness (../shared/tools/realsmtp beside the repo, or WCOA_REALSMTP_DIR), and a
 * private Postfix instance with Dovecot SASL (test/realsmtp/postfix-start.sh). Both validate the
 * identity emulator's bearer JWTs themselves against its public key. Each lives in its own temp
 * dir; stop() stops exactly the processes its start script recorded.
 *
 * Needs root and the Debian packages dovecot-core, dovecot-submissiond, postfix (.ci/run installs
 * them). When a server cannot start, startRealSmtp says why (`skipped`) so a test can skip, except
 * under CI=true, where it throws: CI must run these tests, not skip them.
 */
import { execFile } from 'node:child_process';
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const REALSMTP_DIR = process.env.WCOA_REALSMTP_DIR ?? resolve(REPO_ROOT, '../shared/tools/realsmtp');
const POSTFIX_DIR = resolve(REPO_ROOT, 'test/realsmtp');

export type RealSmtpKind = 'dovecot' | 'postfix';

export interface Delivered {
  /** The raw message as the server relayed it, its own Received: header first. */
  raw: string;
  envelope: { mail_from: string | null; rcpt_to: string[]; helo: string | null };
}

export interface RealSmtp {
  kind: RealSmtpKind;
  host: '127.0.0.1';
  port: number;
  /** PEM of the CA the server's certificate chains to. */
  caPem: string;
  workDir: string;
  /** The messages delivered so far (the sink's files, oldest first). */
  delivered(): Delivered[];
  /** Waits for the message whose raw text contains `marker`. */
  waitFor(marker: string, timeoutMs?: number): Promise<Delivered>;
  /** The server's own log (why it refused a token). */
  log(): string;
  stop(): Promise<void>;
}

export interface RealSmtpOptions {
  /** The identity emulator's public signing keys (JWKS); the first one is used. */
  jwks: { keys: Array<JsonWebKey & { kid?: string }> };
  /** What the token's aud must contain. */
  audience: string;
  /** Postfix only: its TLS key and certificate (PEM), e.g. from the emulators' test CA. */
  tls?: { key: string; cert: string; caPem: string };
}

export type StartResult = { ok: true; server: RealSmtp } | { ok: false; skipped: string };

function freePort(): number {
  // A random port in 20000-60000; the start scripts check it is free.
  return 20_000 + Math.floor(Math.random() * 40_000);
}

/** Why these servers cannot run here, or null. */
export function unavailable(kind: RealSmtpKind): string | null {
  if (process.platform !== 'linux') return 'needs Linux';
  if (process.getuid?.() !== 0) return 'needs root (Dovecot and Postfix drop privileges themselves)';
  for (const bin of kind === 'postfix' ? ['/usr/sbin/dovecot', '/usr/sbin/postfix'] : ['/usr/sbin/dovecot'])
    if (!existsSync(bin))
      return `${bin} is not installed (apt-get install dovecot-core dovecot-submissiond postfix)`;
  if (!existsSync(join(REALSMTP_DIR, 'start.sh'))) return `no realsmtp harness at ${REALSMTP_DIR}`;
  return null;
}

function sinkOf(mailDir: string): () => Delivered[] {
  return () => {
    if (!existsSync(mailDir)) return [];
    return readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
      .map((f) => ({
        raw: readFileSync(join(mailDir, f), 'utf8'),
        envelope: JSON.parse(readFileSync(join(mailDir, f.replace(/\.eml$/, '.json')), 'utf8')),
      }));
  };
}

/** Starts one real server (a few seconds); under CI=true a server that cannot start is an error. */
export async function startRealSmtp(kind: RealSmtpKind, opts: RealSmtpOptions): Promise<StartResult> {
  const refuse = (why: string): StartResult => {
    if (process.env.CI === 'true') throw new Error(`${kind} cannot start under CI: ${why}`);
    return { ok: false, skipped: `${kind}: ${why}` };
  };
  const why = unavailable(kind);
  if (why) return refuse(why);
  const root = mkdtempSync(join(tmpdir(), `wcoa-${kind}-`));
  chmodSync(root, 0o755); // Dovecot's and Postfix's own users must reach the work dir
  const work = join(root, 'work');
  const jwk = opts.jwks.keys[0];
  if (!jwk) throw new Error('the JWKS has no key');
  const pub = join(root, 'jwt.pub');
  writeFileSync(pub, createPublicKey({ key: jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }));
  const env = { ...process.env, KID: jwk.kid ?? 'realsmtp-test-kid' };
  let port = freePort();
  let caPem: string;
  let stopScript: string;
  for (let attempt = 0; ; attempt++) {
    try {
      ({ caPem, stopScript } = await launch(port));
      break;
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      const text = (e.stderr || e.message).trim();
      // A random port someone else took meanwhile: another one, twice at most.
      if (/is in use|Address already in use/.test(text) && attempt < 2) {
        port = freePort();
        continue;
      }
      rmSync(root, { recursive: true, force: true });
      return refuse(text.slice(0, 2000));
    }
  }
  async function launch(port: number): Promise<{ caPem: string; stopScript: string }> {
    if (kind === 'dovecot') {
      const { stdout } = await run(join(REALSMTP_DIR, 'start.sh'), [work, String(port), pub, opts.audience], {
        env,
        timeout: 60_000,
      });
      return { caPem: readFileSync(stdout.trim(), 'utf8'), stopScript: join(REALSMTP_DIR, 'stop.sh') };
    }
    if (!opts.tls) throw new Error('postfix needs tls: { key, cert, caPem }');
    writeFileSync(join(root, 'cert.pem'), opts.tls.cert);
    writeFileSync(join(root, 'key.pem'), opts.tls.key, { mode: 0o600 });
    await run(
      join(POSTFIX_DIR, 'postfix-start.sh'),
      [work, String(port), pub, opts.audience, join(root, 'cert.pem'), join(root, 'key.pem'), REALSMTP_DIR],
      { env, timeout: 60_000 },
    );
    return { caPem: opts.tls.caPem, stopScript: join(POSTFIX_DIR, 'postfix-stop.sh') };
  }
  const mailDir = join(work, 'mail');
  const delivered = sinkOf(mailDir);
  const logFile = join(work, 'dovecot.log');
  const server: RealSmtp = {
    kind,
    host: '127.0.0.1',
    port,
    caPem,
    workDir: work,
    delivered,
    async waitFor(marker, timeoutMs = 15_000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const found = delivered().find((m) => m.raw.includes(marker));
        if (found) return found;
        if (Date.now() > end) throw new Error(`${kind}: no delivered message contains ${marker}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    async stop() {
      await run(stopScript, [work], { timeout: 30_000 }).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    },
  };
  return { ok: true, server };
}
