import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { dirname } from 'node:path';
import {
  type ServiceFile,
  type ServiceInput,
  type ServicePlatform,
  serviceCommands,
  serviceFile,
} from './service-files.ts';

/** Runs a command without a shell; resolves to its status and output (for messages). */
export type Runner = (argv: string[]) => { ok: boolean; output: string };

export const runCommand: Runner = ([program, ...args]) => {
  const r = spawnSync(program as string, args, { encoding: 'utf8', timeout: 30_000 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? r.error.message : ''}`.trim();
  return { ok: r.status === 0, output };
};

export function isServicePlatform(p: string): p is ServicePlatform {
  return p === 'linux' || p === 'darwin' || p === 'win32';
}

/** Where this machine's service points: this Node, the installed CLI script (symlinks resolved), the home. */
export function localServiceInput(agentHome: string, name?: string): ServiceInput {
  const platform = process.platform;
  if (!isServicePlatform(platform)) throw new Error(`unsupported platform ${platform}`);
  const info = userInfo();
  return {
    platform,
    userHome: homedir(),
    agentHome,
    nodePath: process.execPath,
    binPath: realpathSync(process.argv[1] as string),
    ...(process.env.XDG_CONFIG_HOME ? { xdgConfigHome: process.env.XDG_CONFIG_HOME } : {}),
    ...(platform === 'win32'
      ? {
          windowsUser: process.env.USERDOMAIN ? `${process.env.USERDOMAIN}\\${info.username}` : info.username,
        }
      : {}),
    ...(name ? { name } : {}),
  };
}

export interface InstallResult {
  file: ServiceFile;
  /** The first command that failed, and what it said (the file is written regardless). */
  failed: { command: string; output: string } | null;
}

function runAll(commands: string[][], run: Runner): InstallResult['failed'] {
  for (const argv of commands) {
    const r = run(argv);
    if (!r.ok) return { command: argv.join(' '), output: r.output.split('\n')[0] ?? '' };
  }
  return null;
}

/** Task Scheduler reads its XML as UTF-16LE with a byte-order mark; the others are UTF-8. */
export function serviceFileBytes(file: ServiceFile): Buffer {
  return file.encoding === 'utf16le'
    ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(file.content, 'utf16le')])
    : Buffer.from(file.content, 'utf8');
}

export function installService(
  input: ServiceInput,
  run: Runner = runCommand,
  uid = process.getuid?.() ?? 0,
): InstallResult {
  const file = serviceFile(input);
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, serviceFileBytes(file), { mode: 0o644 });
  return { file, failed: runAll(serviceCommands(file, input.platform, uid).enable, run) };
}

export function uninstallService(
  input: ServiceInput,
  run: Runner = runCommand,
  uid = process.getuid?.() ?? 0,
): { file: ServiceFile; existed: boolean } {
  const file = serviceFile(input);
  const commands = serviceCommands(file, input.platform, uid);
  const existed = existsSync(file.path);
  // Disabling a service that is not loaded fails harmlessly; the file goes either way.
  runAll(commands.disable, run);
  rmSync(file.path, { force: true });
  runAll(commands.afterRemove, run);
  return { file, existed };
}

export function serviceStatus(
  input: ServiceInput,
  run: Runner = runCommand,
  uid = process.getuid?.() ?? 0,
): { file: ServiceFile; installed: boolean; state: string } {
  const file = serviceFile(input);
  const installed = existsSync(file.path);
  const r = run(serviceCommands(file, input.platform, uid).status);
  const state =
    input.platform === 'darwin'
      ? (/state = (\w+)/.exec(r.output)?.[1] ?? (r.ok ? 'loaded' : 'not loaded'))
      : r.output.split('\n')[0] || (r.ok ? 'ok' : 'unknown');
  return { file, installed, state };
}
