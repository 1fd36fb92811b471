import type { Messages } from '../i18n/index.ts';
import { quotePageLabels } from '../webconfig/page-labels.ts';
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
 * One action line of a step as the overlay shows it on a Web Config page: its Web Config labels
 * worded as this page words them (quotePageLabels). Steps on Microsoft's pages keep their words:
 * Microsoft's buttons ("Iniciar sesión", "Aceptar") can read like a Web Config label, and the page
 * open beside them is not the one that shows them.
 */
export function quotedStepLine(
  variant: VariantId,
  step: StepId | null,
  line: string,
  pageText: string,
  pageLang: string | null | undefined,
): string {
  return step && stepOf(variant, step)?.place === 'microsoft'
    ? line
    : quotePageLabels(line, pageText, pageLang);
}
