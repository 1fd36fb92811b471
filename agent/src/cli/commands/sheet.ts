import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, type Lang, messagesFor, parseLang } from '@wcoa/shared/i18n';
import { AgentReplyError, ENDPOINTS, requestEndpoint, type SheetFormat } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { type AgentOptions, cliLang, cliTransport, withAgentOptions } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

/** Fetches the sheet's bytes as the CLI (no Origin, the CLI token); an unknown printer is named. */
async function fetchSheet(
  opts: AgentOptions,
  printer: string,
  fmt: SheetFormat,
  lang: Lang,
): Promise<Buffer> {
  try {
    const response = await requestEndpoint(
      cliTransport(opts, lang),
      ENDPOINTS.sheet,
      { params: { id: printer }, query: { format: fmt, lang } },
      fmt === 'pdf' ? 'application/pdf' : 'text/html',
    );
    return Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof AgentReplyError && error.code === 'printer-unknown') {
      throw new UserError(format(messagesFor(cliLang()).sheet.cli.noSuchPrinter, { ref: printer }));
    }
    throw error;
  }
}

export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).sheet.cli;
  withAgentOptions(defineCommand(program, 'sheet', m.sheetDescription).argument('<printer>', m.printerArg))
    .option('--pdf <file>', m.pdfOption)
    .option('--lang <lang>', m.langOption)
    .action(async (printer: string, opts: AgentOptions & { pdf?: string; lang?: string }) => {
      const lang: Lang | undefined = opts.lang === undefined ? cliLang() : parseLang(opts.lang);
      if (lang === undefined) throw new UserError(format(m.badLang, { value: String(opts.lang) }));
      if (!opts.pdf) {
        io.out((await fetchSheet(opts, printer, 'html', lang)).toString('utf8'));
        return;
      }
      const file = resolve(opts.pdf);
      const bytes = await fetchSheet(opts, printer, 'pdf', lang);
      try {
        writeFileSync(file, bytes);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UserError(format(m.cannotWrite, { file, reason }));
      }
      io.err(format(m.pdfWritten, { file }));
    });
}
