import { isTenantCause } from '@wcoa/shared/diagnosis';
import {
  PREREQUISITES,
  type PrerequisiteId,
  type PrerequisiteState,
  prerequisitesFor,
} from '@wcoa/shared/guide';
import type { TenantCheck, TenantReport } from '@wcoa/shared/protocol';

/** The prerequisite each check verifies: the one whose missing cause the check reports. */
const VERIFIES: Record<TenantCheck, PrerequisiteId> = {
  'security-defaults': 'security-defaults-off',
  'conditional-access': 'conditional-access',
  'admin-role': 'consent-admin-role',
  mailbox: 'mailbox-licensed',
};

/**
 * What the last pre-flight says about the checklist: a finding that blocks or warns flags every
 * prerequisite its cause points at (prerequisitesFor); a check Graph answered without one ticks
 * its prerequisite; report-only and unreadable findings leave it unknown.
 */
export function tenantPrerequisites(
  report: TenantReport | null,
): Partial<Record<PrerequisiteId, PrerequisiteState>> {
  const states: Partial<Record<PrerequisiteId, PrerequisiteState>> = {};
  if (!report) return states;
  for (const check of report.checked) states[VERIFIES[check]] = 'met';
  for (const f of report.findings) {
    if (f.outcome === 'unreadable') delete states[VERIFIES[f.check]];
    if (!isTenantCause(f)) continue;
    for (const p of prerequisitesFor(f.causeId)) {
      if (p.verification === 'graph') states[p.id] = 'missing';
    }
  }
  // Keep the checklist's order.
  return Object.fromEntries(PREREQUISITES.filter((p) => states[p.id]).map((p) => [p.id, states[p.id]]));
}
