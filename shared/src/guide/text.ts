import { guideTemplate, type Lang, type Messages } from '../i18n/index.ts';
import { fillLabelTree } from '../webconfig/guide-labels.ts';
import { pageLabels } from '../webconfig/page-labels.ts';
import type { PrerequisiteId } from './prerequisites.ts';
import type { StepId } from './steps.ts';
import { stepOf, type VariantId } from './variants.ts';

type GuideMessages = Messages['guide'];
export type StepText = GuideMessages['steps'][keyof GuideMessages['steps']];
export type PrerequisiteText = GuideMessages['prerequisites']['items'][PrerequisiteId];

/**
 * A step's words in one language, as its variant words it (the fax page and Print Admin
 * Serverless word some steps their own way). `guide` is `messagesFor(lang).guide`.
 */
export function stepText(guide: GuideMessages, variant: VariantId, step: StepId): StepText {
  const key = stepOf(variant, step)?.text ?? step;
  return guide.steps[key];
}

export function prerequisiteText(guide: GuideMessages, id: PrerequisiteId): PrerequisiteText {
  return guide.prerequisites.items[id];
}

/**
 * The guide as the overlay shows it on a Web Config page: each Web Config label it names is the word
 * this page shows for it (in its language or English), else the wording verified for the page's
 * language, else the table's (verified for the guide's language, or English). Microsoft's own
 * labels are literal text in the table and stay as written.
 */
export function guideOnPage(
  lang: Lang,
  pageText: string,
  pageLang: string | null | undefined,
): GuideMessages {
  return fillLabelTree(guideTemplate(lang), lang, pageLabels(pageText, pageLang));
}

/** One step of guideOnPage. */
export function stepOnPage(
  lang: Lang,
  variant: VariantId,
  step: StepId,
  pageText: string,
  pageLang: string | null | undefined,
): StepText {
  return stepText(guideOnPage(lang, pageText, pageLang), variant, step);
}
