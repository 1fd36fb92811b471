import { existsSync, readFileSync } from 'node:fs';
import { causeText, isCauseId } from '@wcoa/shared/diagnosis';
import { envLang, format, type Lang, type Messages, messagesFor } from '@wcoa/shared/i18n';
import { AGENT_DEFAULT_PORT, ApiErrorSchema } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import type { z } from 'zod';
import { homePaths, resolveHomeDir } from '../home.ts';
import { readRuntime } from '../runtime-file.ts';
import { UserError } from './io.ts';

/** The terminal's language (LC_ALL, else LC_MESSAGES, else LANG: `pt_BR.UTF-8` → pt-BR). */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return envLang(env);
}

export function cliMessages(): Messages['agent'] {
  return messagesFor(cliLang()).agent;
}

export interface AgentOptions {
  port?: string;
  home?: string;
}

/** `--port` and `--home`, shared by every command that talks to a running agent. */
export function withAgentOptions(command: Command): Command {
  const m = cliMessages().cli;
  return command
    .option('--port <port>', format(m.port, { port: AGENT_DEFAULT_PORT }))
    .option('--home <dir>', m.home);
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UserError(format(cliMessages().cli.badPort, { value }));
  return port;
}

/** Flags win, then WCOA_PORT / WCOA_HOME, then the running agent's own record, then the default. */
export function resolveTarget(opts: AgentOptions, env: NodeJS.ProcessEnv = process.env) {
  const home = homePaths(resolveHomeDir(opts.home, env));
  const explicit = opts.port ?? env.WCOA_PORT;
  const port = explicit ? parsePort(explicit) : (readRuntime(home)?.port ?? AGENT_DEFAULT_PORT);
  return { home, port };
}

/** Calls the agent as the CLI: no Origin, the CLI token from the home. */
export async function callAgent<S extends z.ZodType>(
  opts: AgentOptions,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const m = cliMessages().cli;
  const { home, port } = resolveTarget(opts);
  if (!existsSync(home.cliToken)) throw new UserError(format(m.notRunning, { home: home.dir }));
  const token = readFileSync(home.cliToken, 'utf8').trim();
  const url = `http://127.0.0.1:${port}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        'accept-language': cliLang(),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(
      format(m.unreachable, { url, reason: cause?.code ?? cause?.message ?? String(error) }),
    );
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiErrorSchema.safeParse(json);
    throw new UserError(
      format(m.agentError, {
        message: parsed.success ? parsed.data.error.message : `HTTP ${response.status}`,
      }),
    );
  }
  return schema.parse(json);
}

/** A cause's title in the terminal's language, from the shared catalog (the id itself if unknown). */
export function causeTitle(id: string, lang: Lang = cliLang()): string {
  return isCauseId(id) ? causeText(id, lang).title : id;
}

export function formatMs(ms: number | null): string {
  return ms === null ? '' : `(${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms)`;
}
