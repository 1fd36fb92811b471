/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The agent runs through tsx from any working directory: the pragmas keep JSX on Preact without a tsconfig.
import { causeText, describeCause, jobCodeText } from '@wcoa/shared/diagnosis';
import { format, type Lang, type Messages, messagesFor } from '@wcoa/shared/i18n';
import { dateLocale, daysSince, MAIL_INACTIVITY, mailAlert } from '@wcoa/shared/protocol';
import type { PageFields } from '@wcoa/shared/webconfig';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { SheetData } from './sheet-data.ts';
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

function emailValues(f: PageFields | undefined, m: M) {
  const v = m.values;
  const auth = { off: v.off, 'smtp-auth': v.smtpAuth, 'pop-before-smtp': v.popBeforeSmtp, oauth2: v.oauth2 };
  const service = { 'exchange-online': v.exchangeOnline, 'outlook-com': v.outlookCom };
  const status = { 'signed-in': v.signedIn, 'not-signed-in': v.notSignedIn };
  const secure = { none: v.none, starttls: v.starttls, 'ssl-tls': v.sslTls };
  return {
    authMethod: f?.authMethod && auth[f.authMethod],
    emailService: f?.emailService && service[f.emailService],
    currentStatus: f?.currentStatus && status[f.currentStatus],
    account: f?.account,
    sender: f?.sender,
    smtpServer: f?.smtpServer,
    smtpPort: f?.smtpPort === undefined ? undefined : String(f.smtpPort),
    secureConnection: f?.secureConnection && secure[f.secureConnection],
    certificateValidation:
      f?.certificateValidation === undefined ? undefined : f.certificateValidation ? v.enable : v.disable,
  };
}

function Sheet({ data, lang, timeZone }: { data: SheetData; lang: Lang; timeZone?: string }) {
  const all = messagesFor(lang);
  const m = all.sheet;
  const date = dateFormatter(lang, timeZone);
  const seen = (at: string | undefined) => (at ? format(m.seenOn, { date: date(at) }) : null);
  const { printer, network, email, jobs, testMail, probe, token } = data;
  const n = network?.fields;
  const e = emailValues(email?.fields, m);
  const cert = probe?.tls?.certificate ?? null;
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
  const tokenStates = {
    'signing-in': m.token.states.signingIn,
    'signed-in': m.token.states.signedIn,
    expired: m.token.states.expired,
    failed: m.token.states.failed,
  };
  const ago = (at: string | null) =>
    at
      ? format(m.token.daysAgo, {
          date: date(at),
          days: daysSince(at, data.now),
        })
      : null;
  const tenantWords = all.tenant;
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

          <Section title={m.identity.heading} id="identity">
            <Row m={m} testid="model" label={m.identity.model} value={printer.model} />
            <Row m={m} testid="serialNumber" label={m.identity.serialNumber} value={printer.serial} />
            <Row m={m} testid="webConfig" label={m.identity.webConfig} value={printer.origin} />
            <Row m={m} testid="printerId" label={m.identity.printerId} value={printer.id} />
            <Row m={m} testid="firstSeen" label={m.identity.firstSeen} value={date(printer.firstSeenAt)} />
          </Section>

          <Section title={m.network.heading} id="network" note={seen(network?.seenAt)}>
            <Row
              m={m}
              testid="deviceName"
              label={m.network.deviceName}
              value={n?.deviceName ?? printer.deviceName}
            />
            <Row m={m} testid="connection" label={m.network.connection} value={n?.connection} />
            <Row m={m} testid="ipAddress" label={m.network.ipAddress} value={n?.ipAddress} />
            <Row m={m} testid="subnetMask" label={m.network.subnetMask} value={n?.subnetMask} />
            <Row m={m} testid="gateway" label={m.network.gateway} value={n?.gateway} />
            <Row m={m} testid="dns" label={m.network.dns} value={n?.dns?.join(', ')} />
            <Row m={m} testid="ipv6" label={m.network.ipv6} value={n?.ipv6?.join(', ')} />
            <Row
              m={m}
              testid="macAddress"
              label={m.network.macAddress}
              value={n?.macAddress ?? printer.mac}
            />
            {typeof n?.ssid === 'string' ? (
              <Row m={m} testid="ssid" label={m.network.ssid} value={n.ssid} />
            ) : null}
          </Section>

          <Section title={m.email.heading} id="email" note={seen(email?.seenAt)}>
            <Row m={m} testid="authMethod" label={m.email.authMethod} value={e.authMethod} />
            <Row m={m} testid="emailService" label={m.email.emailService} value={e.emailService} />
            <Row m={m} testid="currentStatus" label={m.email.currentStatus} value={e.currentStatus} />
            <Row m={m} testid="account" label={m.email.account} value={e.account} />
            <Row m={m} testid="sender" label={m.email.sender} value={e.sender} />
            <Row m={m} testid="smtpServer" label={m.email.smtpServer} value={e.smtpServer} />
            <Row m={m} testid="smtpPort" label={m.email.smtpPort} value={e.smtpPort} />
            <Row
              m={m}
              testid="secureConnection"
              label={m.email.secureConnection}
              value={e.secureConnection}
            />
            <Row
              m={m}
              testid="certificateValidation"
              label={m.email.certificateValidation}
              value={e.certificateValidation}
            />
          </Section>

          <Section title={m.jobs.heading} id="jobs" note={seen(jobs?.seenAt)}>
            <Row
              m={m}
              testid="errorCodes"
              label={m.jobs.codes}
              value={
                jobs ? (
                  jobs.errorCodes.length ? (
                    <ul>
                      {jobs.errorCodes.map((code) => (
                        <li>{jobCodeText(code, lang)}</li>
                      ))}
                    </ul>
                  ) : (
                    m.jobs.noErrors
                  )
                ) : null
              }
            />
          </Section>

          <h2 class="beyond">{m.beyond.heading}</h2>

          <Section title={m.testMail.heading} id="test-mail">
            <Row
              m={m}
              testid="testMailResult"
              label={m.testMail.result}
              value={
                testMail &&
                (testMail.ok ? (
                  <strong class="ok">{m.testMail.delivered}</strong>
                ) : (
                  <strong class="bad">
                    {format(m.testMail.failedAt, {
                      stage:
                        all.agent.stages[testMail.stage as keyof Messages['agent']['stages']] ??
                        testMail.stage,
                    })}
                  </strong>
                ))
              }
            />
            <Row m={m} testid="testMailAt" label={m.testMail.sent} value={testMail && date(testMail.at)} />
            <Row
              m={m}
              testid="testMailRoute"
              label={m.testMail.route}
              value={testMail && `${testMail.from} → ${testMail.to}`}
            />
            <Row
              m={m}
              testid="testMailServer"
              label={m.testMail.server}
              value={testMail && `${testMail.smtpHost}:${testMail.smtpPort}`}
            />
            <Row m={m} testid="testMailReply" label={m.testMail.reply} value={testMail?.reply} />
          </Section>
          {testMail?.ok ? <p class="note">{m.testMail.proves}</p> : null}

          <Section title={m.probe.heading} id="probe">
            <Row
              m={m}
              testid="probeServer"
              label={m.probe.server}
              value={probe && `${probe.host}:${probe.port}`}
            />
            <Row m={m} testid="probeAt" label={m.probe.checked} value={probe && date(probe.at)} />
            <Row m={m} testid="tlsVersion" label={m.probe.tlsVersion} value={probe?.tls?.version} />
            <Row
              m={m}
              testid="certificateExpiry"
              label={m.probe.certificateExpiry}
              value={
                cert &&
                format(cert.daysLeft < 0 ? m.probe.expired : m.probe.daysLeft, {
                  date: date(cert.validTo),
                  days: cert.daysLeft,
                })
              }
            />
            <Row
              m={m}
              testid="xoauth2"
              label={m.probe.xoauth2}
              value={probe && (probe.xoauth2 ? m.values.yes : m.values.no)}
            />
          </Section>

          <Section title={m.token.heading} id="token">
            <Row m={m} testid="tokenAccount" label={m.token.account} value={data.account} />
            <Row
              m={m}
              testid="tokenState"
              label={m.token.state}
              value={
                token
                  ? tokenStates[token.state]
                  : data.account
                    ? format(m.token.noAccount, { account: data.account })
                    : null
              }
            />
            <Row
              m={m}
              testid="accessTokenExpires"
              label={m.token.accessTokenExpires}
              value={token?.accessTokenExpiresAt && date(token.accessTokenExpiresAt)}
            />
            <Row
              m={m}
              testid="lastRefresh"
              label={m.token.lastRefresh}
              value={ago(token?.lastRefreshAt ?? null)}
            />
          </Section>

          <Section title={m.mail.heading} id="mail">
            <Row
              m={m}
              testid="lastMail"
              label={m.mail.lastMail}
              value={data.lastMail && date(data.lastMail.at)}
            />
            <Row
              m={m}
              testid="lastMailSource"
              label={m.mail.source}
              value={
                data.lastMail &&
                (data.lastMail.source === 'job-history' ? m.mail.sources.jobHistory : m.mail.sources.testMail)
              }
            />
            <Row
              m={m}
              testid="daysSinceMail"
              label={m.mail.daysSince}
              value={days === null ? null : String(days)}
            />
            <Row
              m={m}
              testid="lapse"
              label={m.mail.lapse}
              value={lapse && <span class={lapseClass}>{lapse}</span>}
            />
            <Row
              m={m}
              testid="lastTestMail"
              label={m.mail.lastTestMail}
              value={data.lastTestMail && date(data.lastTestMail.at)}
            />
            <tr>
              <td colSpan={2} class="muted" data-testid="clocks">
                {m.mail.clocks}
              </td>
            </tr>
          </Section>

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
