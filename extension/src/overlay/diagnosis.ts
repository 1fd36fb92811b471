import { type CauseId, describeCause } from '@wcoa/shared/diagnosis';
import type { Lang } from '@wcoa/shared/i18n';

/** One cause as the overlay and popup show it: words from the shared catalog, in the UI's language. */
export interface ShownCause {
  id: CauseId;
  title: string;
  explanation: string;
  remedy: readonly string[];
  source: string;
  severity: 'blocker' | 'warning' | 'info';
}

export function explainCause(id: CauseId, lang: Lang): ShownCause {
  const entry = describeCause(id, lang);
  return {
    id,
    title: entry.title,
    explanation: entry.explanation,
    remedy: entry.remedy,
    source: entry.source,
    severity: entry.severity,
  };
}
