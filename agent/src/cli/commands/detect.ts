import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { format, messagesFor } from '@wcoa/shared/i18n';
import type { PageModel } from '@wcoa/shared/webconfig';
import type { Command } from 'commander';
import { cliLang } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';
import { markupDepth } from './markup-depth.ts';

type DetectMessages = ReturnType<typeof messagesFor>['agent']['detect'];

/** `wcoa detect FILE… [--url URL] [--json]`: one result per file, in order; unreadable files on stderr. */
export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).agent.detect;
  defineCommand(program, 'detect', m.description)
    .argument('[files...]', m.fileArgument)
    .option('--url <url>', m.urlOption)
    .option('--json', m.jsonOption)
    .action(async (files: string[], opts: { url?: string; json?: boolean }) => {
      if (files.length === 0) throw new UserError(m.noFiles);
      if (opts.url !== undefined && !URL.canParse(opts.url))
        throw new UserError(format(m.badUrl, { url: opts.url }));
      let failed = 0;
      for (const file of files) {
        const read = await readPage(file, m);
        if ('problem' in read) {
          io.err(`wcoa: ${read.problem}`);
          failed++;
          continue;
        }
        const model = await detectPage(read.html, opts.url);
        const lines = opts.json ? [JSON.stringify({ file, ...model })] : describePage(file, model, m);
        for (const line of lines) io.out(line);
      }
      if (failed > 0) throw new UserError(format(m.failedCount, { count: failed, total: files.length }));
    });
}

/**
 * The largest file `wcoa detect` reads. A saved Web Config page is tens of kilobytes (a long job
 * history a few hundred); parsing is what costs memory (a 21 MB page took jsdom past 4 GB), so a
 * larger file is refused before it is read, with a message that says so.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Deeper markup than this is refused before parsing (jsdom's parse time grows with depth squared). */
export const MAX_MARKUP_DEPTH = 1000;

/**
 * Parse as a browser would (no scripts, no subresources) and read the page. jsdom's own console
 * (a CSS parser's complaints about the printer's stylesheet, "Not implemented" notices) goes to a
 * virtual console that is not forwarded: stderr carries only wcoa's own messages.
 */
export async function detectPage(html: string, url?: string): Promise<PageModel> {
  // jsdom and the reader (its lexicons) are loaded here, on first use, so no other command pays for them.
  const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as typeof import('jsdom');
  const { detect } = await import('@wcoa/shared/webconfig');
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, url ? { url, virtualConsole } : { virtualConsole });
  try {
    return detect(dom.window.document, url);
  } finally {
    dom.window.close();
  }
}

async function readPage(file: string, m: DetectMessages): Promise<{ html: string } | { problem: string }> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isFile() && info.size > MAX_PAGE_BYTES) {
      return {
        problem: format(m.tooLarge, {
          file,
          size: (info.size / 1024 / 1024).toFixed(1),
          limit: MAX_PAGE_BYTES / 1024 / 1024,
        }),
      };
    }
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? m.notFound
        : code === 'EACCES' || code === 'EPERM'
          ? m.denied
          : code === 'EISDIR'
            ? m.isFolder
            : (error as Error).message;
    return { problem: format(m.unreadable, { file, reason }) };
  }
  // Binary data (a NUL byte) or text without a single tag is not a page we can read.
  const head = bytes.subarray(0, 8192);
  const html = bytes.toString('utf8');
  if (head.includes(0) || !/<[a-zA-Z!?/]/.test(html)) return { problem: format(m.notHtml, { file }) };
  if (markupDepth(html, MAX_MARKUP_DEPTH) > MAX_MARKUP_DEPTH)
    return { problem: format(m.tooDeep, { file, limit: MAX_MARKUP_DEPTH }) };
  return { html };
}

/** The readable form: the file, what it is, then each field the page shows (raw text alongside). */
export function describePage(file: string, model: PageModel, m: DetectMessages): string[] {
  const lines = [file];
  lines.push(`  ${m.page}: ${model.page}`);
  lines.push(`  ${m.vendor}: ${model.vendor ?? m.notEpson}`);
  if (model.vendor) {
    lines.push(`  ${m.model}: ${model.model ?? m.unknown}`);
    lines.push(`  ${m.lang}: ${model.lang ?? m.unknown}`);
  }
  for (const [key, value] of Object.entries(model.fields)) {
    if (key === 'network' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [nKey, nValue] of Object.entries(value)) {
        if (nValue !== undefined)
          lines.push(`  network.${nKey}: ${Array.isArray(nValue) ? nValue.join(', ') : nValue}`);
      }
      continue;
    }
    const raw = model.raw[key as keyof PageModel['raw']];
    const shown = Array.isArray(value) ? value.join(', ') : String(value);
    const rawText = typeof raw === 'string' && raw !== shown ? ` (${raw})` : '';
    lines.push(`  ${key}: ${shown}${rawText}`);
  }
  if (model.signals.length) lines.push(`  ${m.signals}: ${model.signals.join(' ')}`);
  return lines;
}
