/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The agent runs through tsx from any working directory: the pragmas keep JSX on Preact without a tsconfig.
import { causeText, describeCause } from '@wcoa/shared/diagnosis';
import { format, type Lang, type Messages, messagesFor } from '@wcoa/shared/i18n';
import { dateLocale, daysSince, MAIL_INACTIVITY, mailAlert } from '@wcoa/shared/protocol';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { SheetData } from './sheet-data.ts';
import {
  AGENT_SECTIONS,
  emailValues,
  PRINTER_SECTIONS,
  type SectionSpec,
  type SheetContext,
} from './sheet-sections.tsx';
import { SHEET_CSS } from './sheet-style.ts';

type M = Messages['sheet'];

export interface RenderOptions {
  lang: Lang;
  /** IANA zone for the dates; the agent's own by default (tests pin UTC). */
  timeZone?: string;
}

function dateFormatter(lang: Lang, timeZone?: string) {
  const f = new Intl.DateTimeFormat(dateLocale(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  });
  // A date the store holds but cannot read shows as unknown; it never takes the sheet down.
  return (iso: string) => {
    const at = new Date(iso);
    return Number.isNaN(at.getTime()) ? '?' : f.format(at);
  };
}

/** A value, or "not seen yet" (never a guess). */
function Value({ m, value }: { m: M; value: ComponentChildren | null | undefined }) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
    return <span class="not-seen">{m.notSeen}</span>;
  return <>{value}</>;
}

function Row({ label, m, value, testid }: { label: string; m: M; value: ComponentChildren; testid: string }) {
  return (
    <tr data-field={testid}>
      <th scope="row">{label}</th>
      <td>
        <Value m={m} value={value} />
      </td>
    </tr>
  );
}

function Section({
  title,
  id,
  children,
  note,
}: {
  title: string;
  id: string;
  children: ComponentChildren;
  note?: string | null;
}) {
  return (
    <section id={id}>
      <h2>{title}</h2>
      {note ? <p class="seen">{note}</p> : null}
      <table>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}

/** A section from its table: the heading, the "seen on" line, one row per spec that shows. */
function TableSection({
  spec,
  c,
  seen,
}: {
  spec: SectionSpec;
  c: SheetContext;
  seen: (at?: string) => string | null;
}) {
  return (
    <>
      <Section title={spec.heading(c.m)} id={spec.id} note={seen(spec.seenAt?.(c.data))}>
        {spec.rows
          .filter((row) => row.when?.(c) ?? true)
          .map((row) => (
            <Row m={c.m} testid={row.field} label={row.label(c.m)} value={row.value(c)} />
          ))}
        {spec.tail?.(c)}
      </Section>
      {spec.after?.(c)}
    </>
  );
}

function Sheet({ data, lang, timeZone }: { data: SheetData; lang: Lang; timeZone?: string }) {
  const all = messagesFor(lang);
  const m = all.sheet;
  const date = dateFormatter(lang, timeZone);
  const seen = (at?: string) => (at ? format(m.seenOn, { date: date(at) }) : null);
  const { printer } = data;
  const days = data.daysSinceMail;
  const { lapseDays } = MAIL_INACTIVITY;

  let lapse: string | null = null;
  let lapseClass = 'ok';
  if (days !== null) {
    const alert = mailAlert(days);
    if (alert === 'lapsed') {
      lapse = format(m.mail.lapsed, { days, lapse: lapseDays });
      lapseClass = 'bad';
    } else if (alert === 'warning') {
      lapse = format(m.mail.lapseWarning, { days, lapse: lapseDays });
      lapseClass = 'warn';
    } else lapse = format(m.mail.lapseOk, { lapse: lapseDays, left: lapseDays - days });
  }
  const ago = (at: string | null) =>
    at
      ? format(m.token.daysAgo, {
          date: date(at),
          days: daysSince(at, data.now),
        })
      : null;
  const tenantWords = all.tenant;
  const c: SheetContext = {
    data,
    all,
    m,
    lang,
    date,
    email: emailValues(data.email?.fields, m),
    lapse: lapse === null ? null : { text: lapse, class: lapseClass },
    ago,
  };
  const origins = {
    page: m.causes.fromPage,
    'test-mail': m.causes.fromTestMail,
    jobs: m.causes.fromJobs,
    tenant: tenantWords.heading,
  };

  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <title>{`${m.title} · ${printer.model ?? printer.origin}`}</title>
        {/* Our own constant, not data: safe to put in unescaped (escaping would break quotes in CSS). */}
        <style dangerouslySetInnerHTML={{ __html: SHEET_CSS }} />
      </head>
      <body>
        <main class="sheet" data-printer={printer.id}>
          <header>
            <h1>{m.title}</h1>
            <p class="model">{printer.model ?? printer.origin}</p>
            <p class="printed">{format(m.printed, { date: date(data.now.toISOString()) })}</p>
          </header>

          {PRINTER_SECTIONS.map((spec) => (
            <TableSection spec={spec} c={c} seen={seen} />
          ))}

          <h2 class="beyond">{m.beyond.heading}</h2>

          {AGENT_SECTIONS.map((spec) => (
            <TableSection spec={spec} c={c} seen={seen} />
          ))}

          <section id="causes">
            <h2>{m.causes.heading}</h2>
            {data.tenantCheck && (
              <p data-testid="tenant-check">
                {format(tenantWords.signedInAs, {
                  account: data.tenantCheck.account,
                  time: date(data.tenantCheck.checkedAt),
                })}
              </p>
            )}
            {data.passwordPrinters > 0 && (
              <p class="bad" data-testid="password-printers">
                {format(m.causes.passwordPrinters, { count: data.passwordPrinters })}
              </p>
            )}
            {data.causes.length === 0 ? (
              <p>{m.causes.none}</p>
            ) : (
              <ol>
                {data.causes.map(({ id, origin, subjects }) => {
                  const cause = describeCause(id, lang);
                  return (
                    <li data-cause={id} class={cause.severity}>
                      <h3>
                        {causeText(id, lang).title} <small>({origins[origin]})</small>
                      </h3>
                      {subjects && <p data-testid="cause-subjects">{subjects.join(', ')}</p>}
                      <p>{cause.explanation}</p>
                      <ol class="remedy">
                        {cause.remedy.map((step) => (
                          <li>{step}</li>
                        ))}
                      </ol>
                      <p class="source">{format(m.causes.source, { source: cause.source })}</p>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>

          <footer>{format(m.footer, { version: data.version })}</footer>
        </main>
      </body>
    </html>
  );
}

/** The sheet as a whole HTML document (print CSS for A4 included). */
export function renderSheetHtml(data: SheetData, opts: RenderOptions): string {
  return `<!doctype html>${renderToString(<Sheet data={data} lang={opts.lang} {...(opts.timeZone ? { timeZone: opts.timeZone } : {})} />)}`;
}
