import { setTimeout as sleep } from 'node:timers/promises';
import { format } from '@wcoa/shared/i18n';
import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { type AgentOptions, callAgent, causeTitle, cliMessages, withAgentOptions } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

export function register(program: Command, io: CliIO): void {
  const m = cliMessages().cli;
  withAgentOptions(defineCommand(program, 'signin', m.signinDescription))
    .option('--email <address>', cliMessages().options.email)
    .option('--tenant <tenant>', cliMessages().options.tenant)
    .action(async (opts: AgentOptions & { email?: string; tenant?: string }) => {
      const body = {
        ...(opts.email ? { email: opts.email } : {}),
        ...(opts.tenant ? { tenant: opts.tenant } : {}),
      };
      const started = await callAgent(opts, ENDPOINTS.signin, { body });
      io.out(
        format(m.signinPrompt, {
          url: started.verificationUri,
          code: started.userCode,
          expires: new Date(started.expiresAt).toLocaleTimeString(),
        }),
      );
      io.out(m.signinWaiting);
      const deadline = new Date(started.expiresAt).getTime() + 5_000;
      while (Date.now() < deadline) {
        await sleep(1000);
        const accounts = await callAgent(opts, ENDPOINTS.accounts, {});
        // A sign-in started without an address is found again under its flow id until it completes.
        const mine = accounts.find((a) => a.id === started.id) ?? null;
        if (mine?.state === 'signing-in') continue;
        if (mine === null) {
          const fresh = accounts
            .filter((a) => a.state === 'signed-in')
            .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
          if (fresh) return io.out(format(m.signedIn, { email: fresh.email ?? fresh.id }));
          continue;
        }
        if (mine.state === 'signed-in') return io.out(format(m.signedIn, { email: mine.email ?? mine.id }));
        if (mine.cause) io.out(format(m.causeLine, { id: mine.cause, title: causeTitle(mine.cause) }));
        throw new UserError(format(m.signinFailed, { state: mine.state }));
      }
      throw new UserError(format(m.signinFailed, { state: 'expired' }));
    });
}
