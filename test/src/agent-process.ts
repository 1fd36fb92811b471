import { type ChildProcess, type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * The real agent and CLI as they ship (agent/bin/wcoa.js → dist/, built by the test run's global
 * setup), for every test that runs them: the agent workspace's own tests and the end-to-end specs.
 */
export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const WCOA_BIN = join(REPO_ROOT, 'agent/bin/wcoa.js');

export function tempHome(prefix = 'wcoa-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

/** A raw HTTP request on loopback: we set Host, Origin and the body exactly, as an attacker could. */
export function http(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<HttpResult> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = null;
          }
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    // A server may answer (413) and close before a large body is written: that is an answer, not a failure.
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

export interface AgentProcess {
  port: number;
  home: string;
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  cliToken: () => string;
  /** A one-time pairing code from `wcoa pair`, as an admin gets it. */
  pairingCode(): string;
  /** A CLI-style call: right Host, no Origin, the CLI token. */
  cli(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResult>;
  /** An extension-style call: right Host, the given Origin and bearer. */
  ext(
    origin: string,
    token: string | null,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<HttpResult>;
  stop(): Promise<void>;
}

/**
 * Spawns the real agent (`node agent/bin/wcoa.js start --port 0 --home DIR`) and waits for its line.
 * A home it made itself goes when the agent stops; a home passed in is the caller's to keep.
 */
export async function startAgentProcess(
  opts: { home?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<AgentProcess> {
  const home = opts.home ?? tempHome();
  const env = { ...process.env, WCOA_SECRET_BACKEND: 'file', WCOA_PORT: '', WCOA_HOME: '', ...opts.env };
  const child = spawn(process.execPath, [WCOA_BIN, 'start', '--port', '0', '--home', home], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`agent did not start in time\n${out}\n${err}`)),
      opts.timeoutMs ?? 20_000,
    );
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const match = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/m.exec(out);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`agent exited with ${code}\n${out}\n${err}`));
    });
  });
  const host = `127.0.0.1:${port}`;
  const cliToken = () => readFileSync(join(home, 'cli-token'), 'utf8').trim();
  const json = (body: unknown) =>
    body === undefined ? {} : { body: JSON.stringify(body), type: { 'content-type': 'application/json' } };
  return {
    port,
    home,
    child,
    stdout: () => out,
    stderr: () => err,
    cliToken,
    pairingCode: () => {
      const result = spawnSync(process.execPath, [WCOA_BIN, 'pair', '--port', String(port), '--home', home], {
        cwd: REPO_ROOT,
        env,
        encoding: 'utf8',
      });
      if (result.status !== 0) throw new Error(`wcoa pair failed: ${result.stderr}`);
      return result.stdout.trim();
    },
    cli: (method, path, body, headers = {}) => {
      const b = json(body);
      return http(port, {
        method,
        path,
        headers: { host, authorization: `Bearer ${cliToken()}`, ...b.type, ...headers },
        ...(b.body !== undefined ? { body: b.body } : {}),
      });
    },
    ext: (origin, token, method, path, body) => {
      const b = json(body);
      return http(port, {
        method,
        path,
        headers: { host, origin, ...(token ? { authorization: `Bearer ${token}` } : {}), ...b.type },
        ...(b.body !== undefined ? { body: b.body } : {}),
      });
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolveStop) => child.once('exit', resolveStop));
        child.kill('SIGTERM');
        await exited;
      }
      if (opts.home === undefined) rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the CLI as a user runs it (`node agent/bin/wcoa.js ARGS`), with piped output, for a test
 * that talks to it while it runs (a device code to approve, a reader that closes the pipe). The
 * environment is this process's without WCOA_PORT and WCOA_HOME, then `env`.
 */
export function spawnCli(
  args: string[],
  env: Record<string, string> = {},
): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [WCOA_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, WCOA_PORT: '', WCOA_HOME: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the CLI to completion (spawnCli); answers once its output is closed. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolveRun) => {
    const child = spawnCli(args, env);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('close', (code) => resolveRun({ code: code ?? -1, stdout, stderr }));
  });
}

export async function until<T>(
  fn: () => Promise<T | null | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
