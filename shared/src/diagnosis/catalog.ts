import { type Lang, pageMessagesFor } from '../i18n/index.ts';
import type { CauseId } from './cause-ids.ts';
import causesData from './causes.json';

/** How much a cause stops mail: a blocker stops it, a warning risks it, info is advice. */
export type Severity = 'blocker' | 'warning' | 'info';
/**
 * Who fixes it: the Microsoft tenant (Entra ID / Exchange admin), the printer (Web Config),
 * the network between them, or the administrator's own action (sign in again, consent, wait).
 */
export type FixedBy = 'tenant' | 'printer' | 'network' | 'admin';

export interface CauseInfo {
  /** A Microsoft documentation URL or the name of the Epson document the cause comes from. */
  source: string;
  /** When the source was last checked (YYYY-MM-DD): facts that change (dates, settings) carry one. */
  checked?: string;
  severity: Severity;
  fixedBy: FixedBy;
}

/** The language-neutral half of a cause; its words live in i18n/messages/causes.ts. */
export interface CauseText {
  title: string;
  explanation: string;
  remedy: readonly string[];
}

export interface CauseEntry extends CauseInfo, CauseText {
  id: CauseId;
}

/**
 * The catalog's facts are data, in causes.json: under each source (a Microsoft or IETF document,
 * or Epson's guide) the causes it documents with their severity and who fixes them, each source
 * stated once; and under `checked`, per day the sources were last checked, the causes whose facts
 * change (dates, settings). The day 2026-12-03 is issue 9's check against FACTS.md §6 (MC786329's
 * SMTP AUTH Basic retirement on hold, HVE, Reject Direct Send). The catalog test checks the file:
 * every cause id under exactly one source, every value one of the types' words.
 */
export const EPSON_GUIDE = 'Epson: Exchange Online OAuth 2.0 guide (pt, 2025)';

type Row = Pick<CauseInfo, 'severity' | 'fixedBy'>;
const CHECKED: Readonly<Record<string, readonly string[]>> = causesData.checked;
const checkedOn = (id: string) => Object.keys(CHECKED).find((day) => CHECKED[day]?.includes(id));

/** Each cause's source, severity, who fixes it and (facts that change) when checked, from causes.json. */
export const CAUSES = Object.fromEntries(
  Object.entries(causesData.sources as Record<string, Record<string, Row>>).flatMap(([source, rows]) =>
    Object.entries(rows).map(([id, row]) => {
      const checked = checkedOn(id);
      return [id, checked ? { source, checked, ...row } : { source, ...row }];
    }),
  ),
) as Record<CauseId, CauseInfo>;

/** A cause's title, explanation and remedy steps in one shipped language. */
export function causeText(id: CauseId, lang: Lang): CauseText {
  return pageMessagesFor(lang).causes.cause[id];
}

/** Everything the UI, the CLI and the status sheet show about a cause. */
export function describeCause(id: CauseId, lang: Lang): CauseEntry {
  return { id, ...CAUSES[id], ...causeText(id, lang) };
}

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

/** Causes without repeats, blockers first, then warnings, then advice; stable within a severity. */
export function bySeverity(ids: readonly CauseId[]): CauseId[] {
  return [...new Set(ids)]
    .map((id, index) => ({ id, index }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[CAUSES[a.id].severity] - SEVERITY_RANK[CAUSES[b.id].severity] || a.index - b.index,
    )
    .map((entry) => entry.id);
}
