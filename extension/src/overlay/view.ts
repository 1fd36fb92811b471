import {
  bySeverity,
  type CauseId,
  type ExpectedEndpoint,
  type ExplainedMessage,
  type JobCode,
  pageCauses,
} from '@wcoa/shared/diagnosis';
import type { DeviceCodePrompt, GuideState } from '@wcoa/shared/guide';
import type { Lang } from '@wcoa/shared/i18n';
import type { PageModel } from '@wcoa/shared/webconfig';

export type { ExplainedMessage, JobCode };

/** Everything the overlay shows, computed from the page: pure, so it is unit-tested without a browser. */
export interface OverlayView {
  lang: Lang;
  model: PageModel;
  guide: GuideState | null;
  deviceCode: DeviceCodePrompt | null;
  /** lint findings and guide hints for the settings page, blockers first, in the order shown. */
  findings: CauseId[];
  messages: ExplainedMessage[];
  jobCodes: JobCode[];
  /** Every cause shown, without repeats, the guide's blockers first, then by severity: `<wcoa-overlay data-hints>`. */
  hints: CauseId[];
  /** The page's visible words, so the guide quotes each label as this page words it. */
  pageText: string;
}

export interface ViewOptions {
  /** Mail endpoints the admin declared right (the options page's setting), for lint. */
  expectedEndpoints?: readonly ExpectedEndpoint[];
}

export function buildView(
  lang: Lang,
  model: PageModel,
  guide: GuideState | null,
  deviceCode: DeviceCodePrompt | null,
  options: ViewOptions = {},
  pageText = '',
): OverlayView {
  const blockers = guide?.blockers ?? [];
  // The page's causes as the sheet reads them too (shared/diagnosis printer-causes).
  const { settings, messages, jobCodes } = pageCauses(model, options);
  const others: CauseId[] = [...(guide?.hints ?? []), ...settings];
  // The guide's blockers lead (they replace the step); everything else by severity.
  const findings = [...new Set([...blockers, ...bySeverity(others)])];
  const hints = [
    ...new Set<CauseId>([
      ...blockers,
      ...bySeverity([
        ...others,
        ...messages.flatMap((m) => m.causes),
        ...jobCodes.flatMap((j) => (j.cause ? [j.cause] : [])),
      ]),
    ]),
  ];
  return { lang, model, guide, deviceCode, findings, messages, jobCodes, hints, pageText };
}
