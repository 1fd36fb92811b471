import { existsSync, readFileSync } from 'node:fs';
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

/** The runtime file of a live agent for this home, or null (a stale file from a crash is ignored). */
export function liveRuntime(home: Home): RuntimeInfo | null {
  const info = readRuntime(home);
  return info && info.pid !== process.pid && pidAlive(info.pid) ? info : null;
}
