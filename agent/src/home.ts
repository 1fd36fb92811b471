import { chmodSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import envPaths from 'env-paths';

/** Where the agent keeps everything: config, store, key file, CLI token, logs. */
export interface Home {
  dir: string;
  config: string;
  db: string;
  keyFile: string;
  cliToken: string;
  /** Written at start: which port and pid, for `wcoa status` and the CLI. */
  runtime: string;
  logs: string;
}

/** `--home` wins, then WCOA_HOME, then the platform's data directory for "wcoa". */
export function resolveHomeDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.WCOA_HOME) return resolve(env.WCOA_HOME);
  return envPaths('wcoa', { suffix: '' }).data;
}

export function homePaths(dir: string): Home {
  return {
    dir,
    config: join(dir, 'config.json'),
    db: join(dir, 'wcoa.db'),
    keyFile: join(dir, 'store.key'),
    cliToken: join(dir, 'cli-token'),
    runtime: join(dir, 'agent.json'),
    logs: join(dir, 'logs'),
  };
}

/** Creates the home (and its logs folder) owner-only; tightens an existing one. */
export function ensureHome(dir: string): Home {
  const home = homePaths(dir);
  mkdirSync(home.dir, { recursive: true, mode: 0o700 });
  chmodSync(home.dir, 0o700);
  mkdirSync(home.logs, { recursive: true, mode: 0o700 });
  chmodSync(home.logs, 0o700);
  return home;
}
