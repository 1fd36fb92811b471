import type { Messages } from '../i18n/index.ts';
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
