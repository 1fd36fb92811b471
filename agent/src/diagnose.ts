import { type CauseId, explain } from '@wcoa/shared/diagnosis';

/**
 * The one door from the agent to the shared cause catalog: the ids explain() finds in a text
 * (an SMTP reply, an AADSTS error, a Node network error), best first.
 */
export function causesOf(...texts: string[]): CauseId[] {
  const ids = texts.flatMap((text) => explain(text).map((match) => match.id));
  return [...new Set(ids)];
}
