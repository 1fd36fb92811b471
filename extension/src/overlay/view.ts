import { type CauseId, describeJobCode, explain, lintCauses } from '@wcoa/shared/diagnosis';
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
  /** lint findings and guide hints for the settings page, in the order shown. */
  findings: CauseId[];
  messages: ExplainedMessage[];
  jobCodes: JobCode[];
  /** Every cause shown, in order, without repeats: `<wcoa-overlay data-hints>`. */
  hints: CauseId[];
  /** The page's visible words, so the guide quotes each label as this page words it. */
  pageText: string;
}

const GUIDED_PAGES = new Set(['email-server-basic', 'fax-server-email', 'print-admin-serverless']);

export function buildView(
  lang: Lang,
  model: PageModel,
  guide: GuideState | null,
  deviceCode: DeviceCodePrompt | null,
  pageText = '',
): OverlayView {
  const findings: CauseId[] = [];
  if (guide) findings.push(...guide.blockers, ...guide.hints);
  if (GUIDED_PAGES.has(model.page)) findings.push(...lintCauses(model));
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
  const hints = [
    ...new Set<CauseId>([
      ...findings,
      ...messages.flatMap((m) => m.causes),
      ...jobCodes.flatMap((j) => (j.cause ? [j.cause] : [])),
    ]),
  ];
  return {
    lang,
    model,
    guide,
    deviceCode,
    findings: [...new Set(findings)],
    messages,
    jobCodes,
    hints,
    pageText,
  };
}
