import { PREREQUISITES } from '@wcoa/shared/guide';
import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { TenantReport } from '@wcoa/shared/protocol';
import { findingText } from './finding-text.ts';

/** The PowerShell checks for what Graph cannot read (SMTP AUTH), from the prerequisites' one list. */
export function powershellChecks(mailbox: string | undefined): string[] {
  return PREREQUISITES.filter((p) => p.verification === 'powershell' && p.powershell).map((p) =>
    (p.powershell?.check ?? '').replaceAll('{mailbox}', mailbox || '<mailbox>'),
  );
}

/** The findings of one pre-flight, worded in the admin's language, then what Graph cannot tell. */
export function TenantFindings({ report, lang }: { report: TenantReport; lang: Lang }) {
  const t = messagesFor(lang).tenant;
  const time = new Date(report.checkedAt).toLocaleTimeString(lang);
  return (
    <div data-testid="tenant-report" data-findings={report.findings.map((f) => f.causeId).join(' ')}>
      <p class="muted">{format(t.signedInAs, { account: report.account, time })}</p>
      {report.findings.length === 0 ? (
        <p class="ok" data-testid="tenant-clean">
          {t.clean}
        </p>
      ) : (
        <p>{format(t.found, { count: report.findings.length })}</p>
      )}
      <ul class="tenant-findings">
        {report.findings.map((finding, i) => {
          const text = findingText(finding, lang);
          return (
            <li
              key={`${finding.check}-${finding.subject ?? ''}-${i}`}
              data-testid="tenant-finding"
              data-cause={finding.causeId}
              data-severity={finding.severity}
              data-outcome={finding.outcome}
              data-subject={finding.subject ?? ''}
            >
              <details open={finding.severity === 'blocker'}>
                <summary class={finding.severity === 'info' ? '' : 'bad'}>{text.title}</summary>
                {text.details.map((line) => (
                  <p key={line}>{line}</p>
                ))}
                {finding.outcome !== 'unreadable' && (
                  <>
                    <p class="muted">{text.explanation}</p>
                    <ol>
                      {text.remedy.map((step) => (
                        <li key={step}>{step}</li>
                      ))}
                    </ol>
                  </>
                )}
              </details>
            </li>
          );
        })}
      </ul>
      <h3>{t.cannotTell.heading}</h3>
      <p>{t.cannotTell.text}</p>
      <pre data-testid="tenant-powershell">{powershellChecks(report.mailbox).join('\n')}</pre>
      <p class="muted">{t.cannotTell.proof}</p>
    </div>
  );
}
