import { format } from '@wcoa/shared/i18n';
import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { type AgentOptions, callAgent, causeTitle, cliMessages, withAgentOptions } from '../agent-client.ts';
import type { CliIO } from '../io.ts';
import { defineCommand } from '../program.ts';

export function register(program: Command, io: CliIO): void {
  const m = cliMessages().cli;
  withAgentOptions(defineCommand(program, 'status', m.statusDescription))
    .option('--json', cliMessages().options.json)
    .action(async (opts: AgentOptions & { json?: boolean }) => {
      const status = await callAgent(opts, ENDPOINTS.status, {});
      if (opts.json) return io.out(JSON.stringify(status));
      io.out(
        format(m.running, {
          version: status.version,
          pid: status.pid,
          listening: status.listening.join(', '),
        }),
      );
      io.out(format(m.homeLine, { home: status.home }));
      io.out(format(m.backendLine, { backend: status.secretBackend }));
      io.out(
        format(m.signinLine, {
          clientId: status.signin.configured ? m.configured : m.notConfigured,
          authority: `${status.signin.authorityHost}/${status.signin.tenant}`,
        }),
      );
      if (status.accounts.length === 0) io.out(m.noAccounts);
      for (const account of status.accounts) {
        io.out(
          format(m.accountLine, {
            email: account.email ?? account.id,
            tenant: account.tenant,
            state: account.state,
          }),
        );
        if (account.cause)
          io.out(format(m.accountCause, { cause: `${account.cause}: ${causeTitle(account.cause)}` }));
        if (account.reason) {
          const reason = format(m.accountReasons[account.reason], { account: account.email ?? account.id });
          io.out(format(m.accountReason, { reason }));
        }
      }
      io.out(format(m.clientsCount, { count: status.clients }));
    });
}
