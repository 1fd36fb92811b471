import { messagesFor } from '@wcoa/shared/i18n';
import { ENDPOINTS, type PrinterSummary } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { terminalLine } from '../../terminal-text.ts';
import { type AgentOptions, callAgent, cliLang, withAgentOptions } from '../agent-client.ts';
import type { CliIO } from '../io.ts';
import { defineCommand } from '../program.ts';

/** Columns padded to their widest cell, two spaces apart. */
export function table(input: string[][]): string[] {
  // Cells are outside text (a model name, an origin): one line each, no controls, or columns lie.
  const rows = input.map((r) => r.map(terminalLine));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length)))
      .join('  ')
      .trimEnd(),
  );
}

export function printerRows(printers: PrinterSummary[], lang = cliLang()): string[] {
  const m = messagesFor(lang).sheet;
  const oauth = {
    'signed-in': m.view.oauth.signedIn,
    'not-signed-in': m.view.oauth.notSignedIn,
    'other-method': m.view.oauth.otherMethod,
    'not-seen': m.view.oauth.notSeen,
  };
  const sources = { 'job-history': m.view.sources.jobHistory, 'test-mail': m.view.sources.testMail };
  return table([
    [...m.cli.header],
    ...printers.map((p) => [
      p.id,
      [p.model, p.deviceName].filter(Boolean).join(' ') || '-',
      p.origin,
      p.oauth === 'other-method' && p.authMethod ? m.view.methods[p.authMethod] : oauth[p.oauth],
      p.lastMail ? `${p.lastMail.at.slice(0, 10)} (${sources[p.lastMail.source]})` : m.view.noMail,
      p.daysSinceMail === null ? '-' : String(p.daysSinceMail),
    ]),
  ]);
}

export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).sheet.cli;
  withAgentOptions(defineCommand(program, 'printers', m.printersDescription))
    .option('--json', m.jsonOption)
    .action(async (opts: AgentOptions & { json?: boolean }) => {
      const printers = await callAgent(opts, ENDPOINTS.printers, {});
      if (opts.json) io.out(JSON.stringify(printers));
      else if (printers.length === 0) io.out(m.noPrinters);
      else for (const line of printerRows(printers)) io.out(line);
    });
}
