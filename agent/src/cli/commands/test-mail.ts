import { format } from '@wcoa/shared/i18n';
import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import {
  type AgentOptions,
  callAgent,
  causeTitle,
  cliMessages,
  formatMs,
  withAgentOptions,
} from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';
import { parseHostPort } from './probe.ts';

interface Options extends AgentOptions {
  account: string;
  from?: string;
  to?: string;
  smtp?: string;
  printer?: string;
  json?: boolean;
}

export function register(program: Command, io: CliIO): void {
  const m = cliMessages();
  withAgentOptions(defineCommand(program, 'test-mail', m.cli.testMailDescription))
    .requiredOption('--account <address>', m.options.account)
    .option('--from <address>', m.options.from)
    .option('--to <address>', m.options.to)
    .option('--smtp <host:port>', m.options.smtp)
    .option('--printer <id>', m.options.printer)
    .option('--json', m.options.json)
    .action(async (opts: Options) => {
      const body = {
        account: opts.account,
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.to ? { to: opts.to } : {}),
        ...(opts.smtp ? { smtp: parseHostPort(opts.smtp, 587) } : {}),
        ...(opts.printer ? { printerId: opts.printer } : {}),
      };
      const result = await callAgent(opts, ENDPOINTS.testMail, { body });
      if (opts.json) {
        io.out(JSON.stringify(result));
        if (!result.ok) process.exitCode = 1;
        return;
      }
      for (const stage of ['dns', 'connect', 'tls', 'auth'] as const) {
        if (result.stage === stage) {
          io.out(format(m.cli.stageFailed, { stage: m.stages[stage] }));
          break;
        }
        io.out(format(m.cli.stageOk, { stage: m.stages[stage], ms: formatMs(result.timings[stage]) }));
      }
      if (result.stage === 'sender' || result.stage === 'recipient' || result.stage === 'data') {
        io.out(format(m.cli.stageFailed, { stage: m.stages[result.stage] }));
      } else if (result.ok) {
        io.out(format(m.cli.stageOk, { stage: m.stages.data, ms: formatMs(result.timings.send) }));
      }
      for (const id of result.causes) io.out(format(m.cli.causeLine, { id, title: causeTitle(id) }));
      if (!result.ok) {
        throw new UserError(
          format(m.cli.testMailFailed, { stage: m.stages[result.stage], reply: result.reply ?? '' }),
        );
      }
      io.out(format(m.cli.testMailOk, { reply: result.reply ?? '' }));
    });
}
