import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import {
  dateLocale,
  daysSince,
  MAIL_INACTIVITY,
  type MailAlert,
  mailAlert,
  type PrinterSummary,
} from '@wcoa/shared/protocol';

/** One printer as the options page lists it: words already in the admin's language. */
export interface PrinterRow {
  id: string;
  origin: string;
  name: string;
  oauth: PrinterSummary['oauth'];
  oauthText: string;
  lastMailText: string;
  days: number | null;
  alert: MailAlert;
  alertText: string | null;
}

export function printerRows(printers: PrinterSummary[], now: Date, lang: Lang): PrinterRow[] {
  const v = messagesFor(lang).sheet.view;
  const oauth = {
    'signed-in': v.oauth.signedIn,
    'not-signed-in': v.oauth.notSignedIn,
    'other-method': v.oauth.otherMethod,
    'not-seen': v.oauth.notSeen,
  };
  const date = new Intl.DateTimeFormat(dateLocale(lang), { dateStyle: 'medium' });
  return printers.map((p) => {
    // Days by the page's own clock (the agent's may differ).
    const days = p.lastMail ? daysSince(p.lastMail.at, now) : null;
    const alert = mailAlert(days);
    const params = { days: days ?? 0, lapse: MAIL_INACTIVITY.lapseDays };
    return {
      id: p.id,
      origin: p.origin,
      name: [p.model, p.deviceName].filter(Boolean).join(' · ') || p.origin,
      oauth: p.oauth,
      // "Another method" hides which: the page's own method name says it (Off is Off).
      oauthText: p.oauth === 'other-method' && p.authMethod ? v.methods[p.authMethod] : oauth[p.oauth],
      lastMailText: p.lastMail
        ? format(v.lastMail, {
            date: date.format(new Date(p.lastMail.at)),
            days: days ?? 0,
            source: p.lastMail.source === 'job-history' ? v.sources.jobHistory : v.sources.testMail,
          })
        : v.noMail,
      days,
      alert,
      alertText:
        alert === 'lapsed'
          ? format(v.lapsed, params)
          : alert === 'warning'
            ? format(v.warning, params)
            : null,
    };
  });
}
