import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENT_BIN } from './paths.ts';

export interface AgentProcess {
  port: number;
  home: string;
  /** A one-time pairing code from `wcoa pair`, as an admin gets it. */
  pairingCode(): string;
  stop(): Promise<void>;
}

/** The real agent, as `wcoa start --port 0 --home TMP` runs it, pointed at the emulators by env. */
export async function startAgentProcess(env: Record<string, string> = {}): Promise<AgentProcess> {
  const home = mkdtempSync(join(tmpdir(), 'wcoa-e2e-home-'));
  const fullEnv = { ...process.env, WCOA_SECRET_BACKEND: 'file', ...env };
  const child: ChildProcess = spawn(process.execPath, [AGENT_BIN, 'start', '--port', '0', '--home', home], {
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`agent did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`agent exited (${code}):\n${output}`));
    });
  });
  return {
    port,
    home,
    pairingCode: () => {
      const result = spawnSync(
        process.execPath,
        [AGENT_BIN, 'pair', '--port', String(port), '--home', home],
        {
          env: fullEnv,
          encoding: 'utf8',
        },
      );
      if (result.status !== 0) throw new Error(`wcoa pair failed: ${result.stderr}`);
      return result.stdout.trim();
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
