import { messagesFor } from '@wcoa/shared/i18n';
import type { Command } from 'commander';
import { type AgentOptions, cliLang, withAgentOptions } from '../agent-client.ts';
import type { CliIO } from '../io.ts';
import { defineCommand } from '../program.ts';

/** `wcoa doctor [--port P] [--home DIR]`: the checklist; exit 1 while a link is broken. */
export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).install.doctor;
  withAgentOptions(defineCommand(program, 'doctor', m.description)).action(async (opts: AgentOptions) => {
    const { doctorLines, runDoctor } = await import('../doctor.ts');
    const checks = await runDoctor(m, opts);
    for (const line of doctorLines(m, checks)) io.out(line);
    // The checklist already says what is wrong; the status tells scripts.
    if (checks.some((c) => c.ok === false)) process.exitCode = 1;
  });
}
