import { format } from '@wcoa/shared/i18n';
import { ENDPOINTS } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import {
  type AgentOptions,
  callAgent,
  causeTitle,
  cliMessages,
  formatMs,
  parsePort,
  withAgentOptions,
} from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

/** `host`, `host:port`, `[v6]` or `[v6]:port`. */
export function parseHostPort(value: string, defaultPort: number): { host: string; port: number } {
  const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/.exec(value.trim());
  if (!match) throw new UserError(format(cliMessages().cli.badSmtp, { value }));
  const port = match[3] ? parsePort(match[3]) : defaultPort;
  if (port === 0) throw new UserError(format(cliMessages().cli.badPort, { value: '0' }));
  return { host: (match[1] ?? match[2])!, port };
}

export function register(program: Command, io: CliIO): void {
  const m = cliMessages();
  withAgentOptions(defineCommand(program, 'probe', m.cli.probeDescription).argument('<host[:port]>'))
    .option('--json', m.options.json)
    .action(async (target: string, opts: AgentOptions & { json?: boolean }) => {
      const endpoint = parseHostPort(target, 587);
      const result = await callAgent(opts, ENDPOINTS.probe, { body: endpoint });
      if (opts.json) io.out(JSON.stringify(result));
      else {
        for (const s of result.stages) {
          const line = format(s.ok ? m.cli.stageOk : m.cli.stageFailed, {
            stage: m.stages[s.stage],
            ms: formatMs(s.ms),
          });
          io.out(`${line}  ${s.detail ?? ''}`.trimEnd());
        }
        const cert = result.tls?.certificate;
        if (result.tls && cert) {
          io.out(
            format(m.cli.tlsLine, {
              version: result.tls.version,
              subject: cert.subject,
              issuer: cert.issuer,
              validTo: cert.validTo.slice(0, 10),
              validity: format(Math.abs(cert.daysLeft) === 1 ? m.cli.dayCount : m.cli.daysCount, {
                days: cert.daysLeft,
              }),
              nameMatch: cert.nameMatch ? m.cli.nameMatches : m.cli.nameDiffers,
            }),
          );
        }
        if (result.authMechanisms.length)
          io.out(format(m.cli.authLine, { mechanisms: result.authMechanisms.join(' ') }));
        for (const id of result.causes) io.out(format(m.cli.causeLine, { id, title: causeTitle(id) }));
        const failed = result.stages.find((s) => !s.ok);
        if (result.ok) io.out(format(m.cli.probeOk, { host: result.host, port: result.port }));
        else if (failed)
          io.out(
            format(m.cli.probeFailed, {
              host: result.host,
              port: result.port,
              stage: m.stages[failed.stage],
            }),
          );
      }
      if (!result.ok) process.exitCode = 1;
    });
}
