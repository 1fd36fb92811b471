import * as z from 'zod';
import { CAUSE_IDS } from '../diagnosis/cause-ids.ts';
import { ReportedInstantSchema } from './instant.ts';

/**
 * What the tenant pre-flight ("Check my tenant", extension/src/tenant) found through Microsoft
 * Graph: language-neutral data (cause ids, policy names, the mailbox), worded at display time from
 * the message table. Never a token: Graph tokens stay in the extension.
 */

/** The checks the pre-flight runs; each verifies one prerequisite (shared/src/guide). */
export const TENANT_CHECKS = ['security-defaults', 'conditional-access', 'admin-role', 'mailbox'] as const;
export const TenantCheckSchema = z.enum(TENANT_CHECKS);
export type TenantCheck = z.infer<typeof TenantCheckSchema>;

/** Why a Conditional Access policy stands in the printer's way. */
export const CA_REASONS = ['block', 'device-code', 'legacy-clients', 'mfa', 'device', 'may-apply'] as const;
export const CaReasonSchema = z.enum(CA_REASONS);
export type CaReason = z.infer<typeof CaReasonSchema>;

export const TenantFindingSchema = z.object({
  check: TenantCheckSchema,
  causeId: z.enum(CAUSE_IDS),
  severity: z.enum(['blocker', 'warning', 'info']),
  /**
   * problem: the tenant is set so that it blocks; report-only: a Conditional Access policy in
   * report-only mode that would; unreadable: Graph refused (403) and `canRead` says who may read it;
   * missing: the mailbox does not exist.
   */
  outcome: z.enum(['problem', 'report-only', 'unreadable', 'missing']),
  /** A policy's display name, the mailbox address. */
  subject: z.string().max(512).optional(),
  reasons: z.array(CaReasonSchema).max(20).optional(),
  /** The admin's directory roles, for admin-role-missing. */
  roles: z.array(z.string().max(256)).max(100).optional(),
  canRead: z
    .object({
      permissions: z.array(z.string().max(256)).max(100),
      roles: z.array(z.string().max(256)).max(100),
    })
    .optional(),
});
export type TenantFinding = z.infer<typeof TenantFindingSchema>;

export const TenantReportSchema = z.object({
  checkedAt: ReportedInstantSchema,
  /** The admin who signed in (their user principal name). */
  account: z.string().max(320),
  mailbox: z.string().max(320).optional(),
  /** The checks Graph answered, with or without findings: a clean one ticks its prerequisite. */
  checked: z.array(TenantCheckSchema).max(20),
  findings: z.array(TenantFindingSchema).max(200),
});
export type TenantReport = z.infer<typeof TenantReportSchema>;
