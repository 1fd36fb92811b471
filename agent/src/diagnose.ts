import { type CauseId, capText, explain } from '@wcoa/shared/diagnosis';

/**
 * What the agent hands explain() per text: server replies and error messages are short, and what a
 * hostile server sends is bounded before it reaches the diagnosis (explain is linear, and this keeps
 * each call to a few milliseconds on the event loop).
 */
export const MAX_DIAGNOSED_TEXT = 16 * 1024;

/**
 * The one door from the agent to the shared cause catalog: the ids explain() finds in a text
 * (an SMTP reply, an AADSTS error, a Node network error), best first.
 */
export function causesOf(...texts: string[]): CauseId[] {
  const ids = texts.flatMap((text) => explain(capText(text, MAX_DIAGNOSED_TEXT)).map((match) => match.id));
  return [...new Set(ids)];
}
