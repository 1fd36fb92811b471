import { format } from '@wcoa/shared/i18n';
import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { type AgentOptions, callAgent, cliMessages, withAgentOptions } from '../agent-client.ts';
import type { CliIO } from '../io.ts';
import { defineCommand } from '../program.ts';

export function register(program: Command, io: CliIO): void {
  const m = cliMessages().cli;
  const clients = withAgentOptions(defineCommand(program, 'clients', m.clientsDescription))
    .option('--json', cliMessages().options.json)
    .action(async (opts: AgentOptions & { json?: boolean }) => {
      const list = await callAgent(opts, ENDPOINTS.clients, {});
      if (opts.json) {
        for (const c of list) io.out(JSON.stringify(c));
        return;
      }
      if (list.length === 0) io.out(m.noClients);
      for (const c of list) {
        io.out(
          format(m.clientLine, {
            id: c.id,
            name: c.name,
            origin: c.origin,
            created: c.createdAt,
            used: c.lastUsedAt ?? m.never,
          }),
        );
      }
    });
  withAgentOptions(defineCommand(clients, 'revoke', m.revokeDescription).argument('<id>')).action(
    async (id: string, opts: AgentOptions) => {
      await callAgent({ ...clients.opts(), ...opts }, ENDPOINTS.removeClient, {
        params: { id },
      });
      io.out(format(m.revoked, { id }));
    },
  );
}
