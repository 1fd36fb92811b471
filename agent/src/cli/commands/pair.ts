import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { type AgentOptions, callAgent, cliMessages, withAgentOptions } from '../agent-client.ts';
import type { CliIO } from '../io.ts';
import { defineCommand } from '../program.ts';

export function register(program: Command, io: CliIO): void {
  withAgentOptions(defineCommand(program, 'pair', cliMessages().cli.pairDescription)).action(
    async (opts: AgentOptions) => {
      const { code } = await callAgent(opts, ENDPOINTS.pairingCodes, {});
      // The contract: the code alone on one line, so scripts can read it.
      io.out(code);
    },
  );
}
