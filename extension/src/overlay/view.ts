import {
  bySeverity,
  type CauseId,
  describeJobCode,
  type ExpectedEndpoint,
  explain,
  lintCauses,
} from '@wcoa/shared/diagnosis';
import type { DeviceCodePrompt, GuideState } from '@wcoa/shared/guide';
import type { Lang } from '@wcoa/shared/i18n';
import type { PageModel } from '@wcoa/shared/webconfig';

/** A job-history code and how often it appears. */
export interface JobCode {
  code: number;
  count: number;
  /** The documented cause, or null: shown as "see your printer's manual", never guessed. */
  cause: CauseId | null;
}

/** A printer message (div.warning) and the causes it points to. */
export interface ExplainedMessage {
  text: string;
  causes: CauseId[];
}

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

const GUIDED_PAGES = new Set(['email-server-basic', 'fax-server-email', 'print-admin-serverless']);

export function buildView(
  lang: Lang,
  model: PageModel,
  guide: GuideState | null,
  deviceCode: DeviceCodePrompt | null,
  options: ViewOptions = {},
  pageText = '',
): OverlayView {
  const blockers = guide?.blockers ?? [];
  const others: CauseId[] = [...(guide?.hints ?? [])];
  if (GUIDED_PAGES.has(model.page)) others.push(...lintCauses(model, options));
  const messages = (model.fields.message ?? []).map((text) => ({
    text,
    causes: [...new Set(explain(text).map((match) => match.id))],
  }));
  const counts = new Map<number, number>();
  for (const code of model.fields.errorCodes ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  const jobCodes = [...counts].map(([code, count]) => {
    const info = describeJobCode(code);
    return { code, count, cause: info.documented ? info.cause : null };
  });
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
