import { describeCause } from '@wcoa/shared/diagnosis';
import { format, type Lang, messagesFor } from '@wcoa/shared/i18n';
import type { TenantFinding } from '@wcoa/shared/protocol';

export interface FindingText {
  title: string;
  /** What exactly Graph showed: the policy and why, the roles held, who can read it. */
  details: string[];
  explanation: string;
  remedy: readonly string[];
  source: string;
}

/** A finding in words: the catalog's title and remedy for its cause, and the details Graph gave. */
export function findingText(finding: TenantFinding, lang: Lang): FindingText {
  const t = messagesFor(lang).tenant;
  const o = t.outcome;
  const cause = describeCause(finding.causeId, lang);
  const subject = finding.subject ?? '';
  const details: string[] = [];
  let title = cause.title;
  switch (finding.outcome) {
    case 'unreadable':
      title = format(o.unreadable, { check: t.check[finding.check] });
      if (finding.canRead) {
        details.push(
          format(o.canRead, {
            permissions: finding.canRead.permissions.join(', '),
            roles: finding.canRead.roles.join(', '),
          }),
        );
      }
      break;
    case 'missing':
      details.push(format(o.missing, { subject }));
      break;
    case 'report-only':
    case 'problem':
      if (finding.check === 'conditional-access') {
        const reasons = (finding.reasons ?? []).map((r) => t.reason[r]).join('; ');
        details.push(format(o.policy, { subject, reasons }));
        if (finding.outcome === 'report-only') details.push(o.reportOnly);
      } else if (finding.check === 'mailbox') {
        details.push(format(o.unlicensed, { subject }));
      } else if (finding.check === 'admin-role') {
        const roles = finding.roles ?? [];
        details.push(roles.length > 0 ? format(o.roles, { roles: roles.join(', ') }) : o.noRoles);
      }
      break;
  }
  return { title, details, explanation: cause.explanation, remedy: cause.remedy, source: cause.source };
}
