import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format, type Lang, messagesFor, parseLang } from '@wcoa/shared/i18n';
import { ApiErrorSchema, type SheetFormat, sheetPath } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import { type AgentOptions, cliLang, resolveTarget, withAgentOptions } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';

/** Fetches the sheet's bytes as the CLI (no Origin, the CLI token); API errors become one line. */
async function fetchSheet(
  opts: AgentOptions,
  printer: string,
  fmt: SheetFormat,
  lang: Lang,
): Promise<Buffer> {
  const cli = messagesFor(cliLang()).agent.cli;
  const { home, port } = resolveTarget(opts);
  if (!existsSync(home.cliToken)) throw new UserError(format(cli.notRunning, { home: home.dir }));
  const url = `http://127.0.0.1:${port}${sheetPath(printer, fmt, lang)}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        authorization: `Bearer ${readFileSync(home.cliToken, 'utf8').trim()}`,
        'accept-language': lang,
      },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(
      format(cli.unreachable, { url, reason: cause?.code ?? cause?.message ?? String(error) }),
    );
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  if (!response.ok) {
    let parsed: ReturnType<typeof ApiErrorSchema.safeParse> | null = null;
    try {
      parsed = ApiErrorSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    } catch {
      parsed = null;
    }
    if (parsed?.success && parsed.data.error.code === 'printer-unknown') {
      throw new UserError(format(messagesFor(cliLang()).sheet.cli.noSuchPrinter, { ref: printer }));
    }
    throw new UserError(
      format(cli.agentError, {
        message: parsed?.success ? parsed.data.error.message : `HTTP ${response.status}`,
      }),
    );
  }
  return bytes;
}

export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).sheet.cli;
  withAgentOptions(
    program.command('sheet').argument('<printer>', m.printerArg).description(m.sheetDescription),
  )
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
