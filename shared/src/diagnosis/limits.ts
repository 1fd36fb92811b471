/**
 * Bounds that keep explain() linear and fast on any input (issue 14): a pasted log can be huge and
 * an SMTP server or a page is untrusted. One place for the figures the rules and the agent share.
 */

/** explain() reads at most this many characters: the head and the tail (where the innermost reply sits). */
export const MAX_EXPLAIN_INPUT = 100_000;

/** Refinements and context (host, port, the client's command) are read this far around a match. */
export const CONTEXT_WINDOW = 1_500;

/** Evidence and a reply's rest of line never run further than this. */
export const MAX_LINE = 400;

/** At most this many occurrences of one keyword group are weighed against the others. */
export const MAX_KEYWORD_HITS = 500;

/** The head and the tail of a text longer than `max`, joined by a line break (the middle is noise). */
export function capText(text: string, max = MAX_EXPLAIN_INPUT): string {
  if (text.length <= max) return text;
  const half = Math.floor(max / 2);
  return `${text.slice(0, half)}\n${text.slice(text.length - half)}`;
}
