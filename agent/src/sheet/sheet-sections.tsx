/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The agent runs through tsx from any working directory: the pragmas keep JSX on Preact without a tsconfig.
import { jobCodeText } from '@wcoa/shared/diagnosis';
import { format, type Lang, type Messages } from '@wcoa/shared/i18n';
import type { PageFields } from '@wcoa/shared/webconfig';
import type { ComponentChildren } from 'preact';
import type { SheetData } from './sheet-data.ts';

type M = Messages['sheet'];

/** What a row reads its value from: the sheet's data, its words, and the formatters. */
export interface SheetContext {
  data: SheetData;
  all: Messages;
  m: M;
  lang: Lang;
  /** A date in the sheet's language and zone ('?' for one the store cannot read). */
  date: (iso: string) => string;
  /** The Email Server page's choices in the sheet's words. */
  email: ReturnType<typeof emailValues>;
  /** The 90-day sign-in lapse, worded, with its class (ok, warn, bad); null without a last mail. */
  lapse: { text: string; class: string } | null;
  /** "<date> (<n> days ago)" for an instant, or null. */
  ago: (at: string | null) => string | null;
}

/** One row: its `data-field`, its label, its value (absent: "not seen yet"), and whether it shows. */
export interface RowSpec {
  field: string;
  label: (m: M) => string;
  value: (c: SheetContext) => ComponentChildren | null | undefined;
  /** Shown only when this holds (a row some printers have and most do not). */
  when?: (c: SheetContext) => boolean;
}

/** One section of the sheet: a heading, when its page was seen, its rows, and what follows them. */
export interface SectionSpec {
  id: string;
  heading: (m: M) => string;
  /** The page it was read from, when seen (the "seen on" line). */
  seenAt?: (data: SheetData) => string | undefined;
  rows: RowSpec[];
  /** A last row spanning the table (a note that belongs to the rows). */
  tail?: (c: SheetContext) => ComponentChildren;
  /** What follows the section (a note shown only in some cases). */
  after?: (c: SheetContext) => ComponentChildren;
}

export function emailValues(f: PageFields | undefined, m: M) {
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

/** A row whose label is `section.key` and whose value is the email page's value of the same name. */
const emailRow = (key: keyof ReturnType<typeof emailValues> & keyof M['email']): RowSpec => ({
  field: key,
  label: (m) => m.email[key],
  value: (c) => c.email[key],
});

const network = (c: SheetContext) => c.data.network?.fields;

/** A section read from one of the printer's pages: its heading and its "seen on" line are that page's. */
const pageSection = (page: 'network' | 'email' | 'jobs', rows: RowSpec[]): SectionSpec => ({
  id: page,
  heading: (m) => m[page].heading,
  seenAt: (data) => data[page]?.seenAt,
  rows,
});

/** What the printer's own pages showed. */
export const PRINTER_SECTIONS: SectionSpec[] = [
  {
    id: 'identity',
    heading: (m) => m.identity.heading,
    rows: [
      { field: 'model', label: (m) => m.identity.model, value: (c) => c.data.printer.model },
      { field: 'serialNumber', label: (m) => m.identity.serialNumber, value: (c) => c.data.printer.serial },
      { field: 'webConfig', label: (m) => m.identity.webConfig, value: (c) => c.data.printer.origin },
      { field: 'printerId', label: (m) => m.identity.printerId, value: (c) => c.data.printer.id },
      {
        field: 'firstSeen',
        label: (m) => m.identity.firstSeen,
        value: (c) => c.date(c.data.printer.firstSeenAt),
      },
    ],
  },
  pageSection('network', [
    {
      field: 'deviceName',
      label: (m) => m.network.deviceName,
      value: (c) => network(c)?.deviceName ?? c.data.printer.deviceName,
    },
    { field: 'connection', label: (m) => m.network.connection, value: (c) => network(c)?.connection },
    { field: 'ipAddress', label: (m) => m.network.ipAddress, value: (c) => network(c)?.ipAddress },
    { field: 'subnetMask', label: (m) => m.network.subnetMask, value: (c) => network(c)?.subnetMask },
    { field: 'gateway', label: (m) => m.network.gateway, value: (c) => network(c)?.gateway },
    { field: 'dns', label: (m) => m.network.dns, value: (c) => network(c)?.dns?.join(', ') },
    { field: 'ipv6', label: (m) => m.network.ipv6, value: (c) => network(c)?.ipv6?.join(', ') },
    {
      field: 'macAddress',
      label: (m) => m.network.macAddress,
      value: (c) => network(c)?.macAddress ?? c.data.printer.mac,
    },
    {
      field: 'ssid',
      label: (m) => m.network.ssid,
      value: (c) => network(c)?.ssid,
      when: (c) => typeof network(c)?.ssid === 'string',
    },
  ]),
  pageSection('email', [
    emailRow('authMethod'),
    emailRow('emailService'),
    emailRow('currentStatus'),
    emailRow('account'),
    emailRow('sender'),
    emailRow('smtpServer'),
    emailRow('smtpPort'),
    emailRow('secureConnection'),
    emailRow('certificateValidation'),
  ]),
  pageSection('jobs', [
    {
      field: 'errorCodes',
      label: (m) => m.jobs.codes,
      value: ({ data: { jobs }, m, lang }) =>
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
        ) : null,
    },
  ]),
];

const testMail = (c: SheetContext) => c.data.testMail;

/** What the agent found beyond the printer's pages: its own test mail, probe, sign-in and clock. */
export const AGENT_SECTIONS: SectionSpec[] = [
  {
    id: 'test-mail',
    heading: (m) => m.testMail.heading,
    rows: [
      {
        field: 'testMailResult',
        label: (m) => m.testMail.result,
        value: (c) => {
          const mail = testMail(c);
          if (!mail) return mail;
          return mail.ok ? (
            <strong class="ok">{c.m.testMail.delivered}</strong>
          ) : (
            <strong class="bad">
              {format(c.m.testMail.failedAt, { stage: c.all.agent.stages[mail.stage] })}
            </strong>
          );
        },
      },
      {
        field: 'testMailAt',
        label: (m) => m.testMail.sent,
        value: (c) => testMail(c) && c.date(testMail(c)!.at),
      },
      {
        field: 'testMailRoute',
        label: (m) => m.testMail.route,
        value: (c) => testMail(c) && `${testMail(c)!.from} → ${testMail(c)!.to}`,
      },
      {
        field: 'testMailServer',
        label: (m) => m.testMail.server,
        value: (c) => testMail(c) && `${testMail(c)!.smtpHost}:${testMail(c)!.smtpPort}`,
      },
      { field: 'testMailReply', label: (m) => m.testMail.reply, value: (c) => testMail(c)?.reply },
    ],
    after: (c) => (testMail(c)?.ok ? <p class="note">{c.m.testMail.proves}</p> : null),
  },
  {
    id: 'probe',
    heading: (m) => m.probe.heading,
    rows: [
      {
        field: 'probeServer',
        label: (m) => m.probe.server,
        value: ({ data: { probe } }) => probe && `${probe.host}:${probe.port}`,
      },
      {
        field: 'probeAt',
        label: (m) => m.probe.checked,
        value: ({ data: { probe }, date }) => probe && date(probe.at),
      },
      {
        field: 'tlsVersion',
        label: (m) => m.probe.tlsVersion,
        value: ({ data: { probe } }) => probe?.tls?.version,
      },
      {
        field: 'certificateExpiry',
        label: (m) => m.probe.certificateExpiry,
        value: ({ data: { probe }, m, date }) => {
          const cert = probe?.tls?.certificate ?? null;
          return (
            cert &&
            format(cert.daysLeft < 0 ? m.probe.expired : m.probe.daysLeft, {
              date: date(cert.validTo),
              days: cert.daysLeft,
            })
          );
        },
      },
      {
        field: 'xoauth2',
        label: (m) => m.probe.xoauth2,
        value: ({ data: { probe }, m }) => probe && (probe.xoauth2 ? m.values.yes : m.values.no),
      },
    ],
  },
  {
    id: 'token',
    heading: (m) => m.token.heading,
    rows: [
      { field: 'tokenAccount', label: (m) => m.token.account, value: (c) => c.data.account },
      {
        field: 'tokenState',
        label: (m) => m.token.state,
        value: ({ data: { token, account }, m }) => {
          const states = {
            'signing-in': m.token.states.signingIn,
            'signed-in': m.token.states.signedIn,
            expired: m.token.states.expired,
            failed: m.token.states.failed,
          };
          if (token) return states[token.state];
          return account ? format(m.token.noAccount, { account }) : null;
        },
      },
      {
        field: 'accessTokenExpires',
        label: (m) => m.token.accessTokenExpires,
        value: ({ data: { token }, date }) => token?.accessTokenExpiresAt && date(token.accessTokenExpiresAt),
      },
      {
        field: 'lastRefresh',
        label: (m) => m.token.lastRefresh,
        value: (c) => c.ago(c.data.token?.lastRefreshAt ?? null),
      },
    ],
  },
  {
    id: 'mail',
    heading: (m) => m.mail.heading,
    rows: [
      {
        field: 'lastMail',
        label: (m) => m.mail.lastMail,
        value: ({ data: { lastMail }, date }) => lastMail && date(lastMail.at),
      },
      {
        field: 'lastMailSource',
        label: (m) => m.mail.source,
        value: ({ data: { lastMail }, m }) =>
          lastMail &&
          (lastMail.source === 'job-history' ? m.mail.sources.jobHistory : m.mail.sources.testMail),
      },
      {
        field: 'daysSinceMail',
        label: (m) => m.mail.daysSince,
        value: ({ data: { daysSinceMail } }) => (daysSinceMail === null ? null : String(daysSinceMail)),
      },
      {
        field: 'lapse',
        label: (m) => m.mail.lapse,
        value: ({ lapse }) => lapse && <span class={lapse.class}>{lapse.text}</span>,
      },
      {
        field: 'lastTestMail',
        label: (m) => m.mail.lastTestMail,
        value: ({ data: { lastTestMail }, date }) => lastTestMail && date(lastTestMail.at),
      },
    ],
    tail: (c) => (
      <tr>
        <td colSpan={2} class="muted" data-testid="clocks">
          {c.m.mail.clocks}
        </td>
      </tr>
    ),
  },
];
