import { existsSync, readFileSync } from 'node:fs';
import { causeText, isCauseId } from '@wcoa/shared/diagnosis';
import { envLang, format, type Lang, type Messages, messagesFor } from '@wcoa/shared/i18n';
import {
  AGENT_DEFAULT_PORT,
  AgentReplyError,
  type AgentTransport,
  AgentUnreachableError,
  callEndpoint,
  type EndpointArgs,
  type EndpointSpec,
} from '@wcoa/shared/protocol';
import { type Command, Option } from 'commander';
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

/** `--home <dir>`: the agent's home, for every command that reads it. */
export function homeOption(): Option {
  return new Option('--home <dir>', cliMessages().cli.home);
}

/** `--port` and `--home`, shared by every command that talks to a running agent. */
export function withAgentOptions(command: Command): Command {
  const m = cliMessages().cli;
  return command
    .option('--port <port>', format(m.port, { port: AGENT_DEFAULT_PORT }))
    .addOption(homeOption());
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

/** The CLI's way to the agent: its address, the CLI token from the home, the terminal's language. */
export function cliTransport(opts: AgentOptions, lang: Lang = cliLang()): AgentTransport {
  const { home, port } = resolveTarget(opts);
  if (!existsSync(home.cliToken))
    throw new UserError(format(cliMessages().cli.notRunning, { home: home.dir }));
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    token: readFileSync(home.cliToken, 'utf8').trim(),
    headers: { 'Accept-Language': lang },
  };
}

/**
 * An agent failure as one line for the terminal: nothing listening (with the socket's reason), or
 * the agent's own message in the terminal's language. main.ts reads every error through it, so a
 * command calls the agent (callAgent, the shared callEndpoint) and lets failures go.
 */
export function cliError(error: unknown): unknown {
  const m = cliMessages().cli;
  if (error instanceof AgentUnreachableError) {
    const cause = (error.reason as { cause?: { code?: string; message?: string } }).cause;
    return new UserError(
      format(m.unreachable, { url: error.url, reason: cause?.code ?? cause?.message ?? error.message }),
    );
  }
  if (error instanceof AgentReplyError)
    return new UserError(format(m.agentError, { message: error.message }));
  return error;
}

/** The shared caller (callEndpoint) with the CLI's transport: no Origin, the CLI token from the home. */
export const callAgent = <E extends EndpointSpec & { response: z.ZodType }>(
  opts: AgentOptions,
  endpoint: E,
  args: EndpointArgs<E>,
) => callEndpoint(cliTransport(opts), endpoint, args);

/** A cause's title in the terminal's language, from the shared catalog (the id itself if unknown). */
export function causeTitle(id: string, lang: Lang = cliLang()): string {
  return isCauseId(id) ? causeText(id, lang).title : id;
}

export function formatMs(ms: number | null): string {
  return ms === null ? '' : `(${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms)`;
}
