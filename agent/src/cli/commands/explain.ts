import { describeCause, explain } from '@wcoa/shared/diagnosis';
import { format, LANGS, type Lang, messagesFor, parseLang } from '@wcoa/shared/i18n';
import type { Command } from 'commander';
import { cliLang } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

/** `wcoa explain TEXT… [--json] [--lang <lang>]` (else LC_ALL/LC_MESSAGES/LANG): the shared catalog, one result per text, in order. */
export function register(program: Command, io: CliIO): void {
  const help = messagesFor(cliLang()).causes.explain;
  defineCommand(program, 'explain', help.description)
    .argument('[texts...]', help.textArgument)
    .option('--json', help.jsonOption)
    .option('--lang <lang>', format(help.langOption, { langs: LANGS.join('|') }))
    .action(async (texts: string[], opts: { json?: boolean; lang?: string }) => {
      // A regional tag (es-MX, en_GB) reads as its language; pt-BR and pt-PT stay apart.
      const lang = opts.lang === undefined ? cliLang() : parseLang(opts.lang);
      if (lang === undefined) {
        throw new UserError(format(help.badLang, { lang: String(opts.lang), langs: LANGS.join(', ') }));
      }
      if (texts.length === 0) throw new UserError(help.emptyInput);
      // Standard input is read once, whatever the number of '-'.
      const stdin = texts.includes('-') ? (await io.readStdin()).trim() : '';
      if (texts.includes('-') && !stdin) throw new UserError(help.emptyInput);
      for (const arg of texts) {
        const text = arg === '-' ? stdin : arg;
        const lines = opts.json ? [JSON.stringify(explainAsJson(text, lang))] : explainAsText(text, lang);
        for (const line of lines) io.out(line);
      }
    });
}

export function explainAsJson(text: string, lang: Lang) {
  return {
    input: text,
    causes: explain(text).map((match) => {
      const cause = describeCause(match.id, lang);
      return {
        id: match.id,
        title: cause.title,
        remedy: [...cause.remedy],
        source: cause.source,
        ...(cause.checked ? { checked: cause.checked } : {}),
        confidence: match.confidence,
        evidence: match.evidence,
      };
    }),
  };
}

export function explainAsText(text: string, lang: Lang): string[] {
  const m = messagesFor(lang).causes.explain;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const lines = [`> ${oneLine.length > 100 ? `${oneLine.slice(0, 99)}…` : oneLine}`];
  const matches = explain(text);
  if (matches.length === 0) lines.push(`  ${m.noCause}`);
  matches.forEach((match, i) => {
    const cause = describeCause(match.id, lang);
    lines.push(`  ${i + 1}. ${cause.title} [${match.id}]`);
    lines.push(`     ${cause.explanation}`);
    lines.push(`     ${format(m.matched, { evidence: match.evidence })}`);
    cause.remedy.forEach((step, k) => {
      lines.push(`     ${i + 1}.${k + 1} ${step}`);
    });
    lines.push(
      `     ${
        cause.checked
          ? format(m.sourceChecked, { source: cause.source, date: cause.checked })
          : format(m.source, { source: cause.source })
      }`,
    );
  });
  lines.push('');
  return lines;
}
