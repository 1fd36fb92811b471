import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Home } from './home.ts';

// The runtime file (agent.json) on its own: the CLI reads it to find the agent's port without
// loading the agent itself (Express, the store, sign-in).

export interface RuntimeInfo {
  pid: number;
  port: number;
  listening: string[];
  startedAt: string;
  version: string;
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function readRuntime(home: Home): RuntimeInfo | null {
  if (!existsSync(home.runtime)) return null;
  try {
    return JSON.parse(readFileSync(home.runtime, 'utf8')) as RuntimeInfo;
  } catch {
    return null;
  }
}

/** Whether a wcoa agent answers its health check on this port (loopback), within a second. */
function agentAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/v1/health', headers: { host: `127.0.0.1:${port}` }, timeout: 1000 },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
          if (body.length > 4096) req.destroy();
        });
        res.on('end', () => {
          try {
            resolve(res.statusCode === 200 && (JSON.parse(body) as { ok?: unknown }).ok === true);
          } catch {
            resolve(false);
          }
        });
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * The runtime file of a live agent for this home, or null. A file left by a crash is stale even
 * when its pid now belongs to another process (pids are reused): the agent must also answer its
 * health check on the recorded port.
 */
export async function liveRuntime(home: Home): Promise<RuntimeInfo | null> {
  const info = readRuntime(home);
  if (!info || info.pid === process.pid || !pidAlive(info.pid)) return null;
  if (!Number.isInteger(info.port) || info.port < 1 || info.port > 65535) return null;
  return (await agentAnswers(info.port)) ? info : null;
}
