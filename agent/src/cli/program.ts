import { Command } from 'commander';
import { AGENT_VERSION } from '../version.ts';
import type { CliIO } from './io.ts';

/**
 * Every subcommand lives in commands/<name>.ts and exports `register(program, io)`.
 * Add a line here for a new one; keep this file free of command logic.
 */
export type RegisterCommand = (program: Command, io: CliIO) => void;

/** A command under `parent` with its description (every command has one, in the terminal's language). */
export function defineCommand(parent: Command, name: string, description: string): Command {
  return parent.command(name).description(description);
}

export function buildProgram(io: CliIO, commands: RegisterCommand[]): Command {
  const program = new Command('wcoa')
    .description('Web Config OAuth Assistant: OAuth 2.0 (XOAUTH2) mail for Epson printers')
    .version(AGENT_VERSION, '-V, --version')
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .exitOverride();
  for (const register of commands) register(program, io);
  return program;
}
