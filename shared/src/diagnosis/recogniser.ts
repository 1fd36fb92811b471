import type { CauseId } from './cause-ids.ts';
import { foldTerm, type Prepared } from './prepare.ts';

/** How sure a match is: the text names the cause, makes it the usual reading, or allows it. */
export type Confidence = 'certain' | 'likely' | 'possible';

export type EvidenceKind =
  | 'smtp-reply'
  | 'aadsts'
  | 'oauth-error'
  | 'epson-job-code'
  | 'webconfig-message'
  | 'network-error'
  | 'tls-error';

export interface Outcome {
  /** Best first. The first takes the rule's confidence; the others are alternatives ('possible'). */
  causes: readonly CauseId[];
  confidence: Confidence;
}

/**
 * A more precise reading when the text around the match (CONTEXT_WINDOW characters either side, as
 * decoded) also matches `when` (first that matches wins). A function reads context a pattern cannot
 * say alone (a host and a port in either order).
 */
export interface Refinement extends Outcome {
  when: RegExp | ((context: string) => boolean);
}

/** Where a recogniser found its evidence: `index` in the decoded text, `evidence` as written. */
export interface Span {
  evidence: string;
  index: number;
}

/** One term of every group within `window` characters of the folded text. */
export interface Keywords {
  groups: readonly Terms[];
  window: number;
}

/** A recogniser's keyword wordings as a list, one or several. */
export function keywordWordings(keywords: Keywords | readonly Keywords[]): readonly Keywords[] {
  return 'groups' in keywords ? [keywords] : keywords;
}

/**
 * One recogniser: data, not code. Either a `pattern` run on the decoded text (match[0] is the
 * evidence), `keywords`: one term of every group within `window` characters of the folded text, or
 * `find`, a linear scan in code. Every pattern must run in linear time: no nested quantifiers over
 * overlapping alternatives, bounded repeats (tests/diagnosis-linear.test.ts times each one).
 * A recogniser with no causes is a marker: it recognises a text that reports no failure (or a code
 * we do not map), so that no fallback guesses over it.
 */
export interface Recogniser extends Outcome {
  name: string;
  kind: EvidenceKind;
  /** Higher is closer to the root cause; orders the causes of a text with several matches. */
  weight: number;
  /** Only used when no other recogniser matched: generic readings (a bare OAuth error, any 4xx). */
  fallback?: boolean;
  /** Several patterns are tried in order; the first that matches gives the evidence. */
  pattern?: RegExp | readonly RegExp[];
  /** Run `pattern` on the folded text (lower case, no accents) instead of the decoded text. */
  folded?: boolean;
  /** Several wordings of one message are tried in order; the first that matches gives the evidence. */
  keywords?: Keywords | readonly Keywords[];
  /** Code instead of a pattern, for what a regex cannot read in linear time (must be linear itself). */
  find?: (prepared: Prepared) => Span | null;
  refine?: readonly Refinement[];
}

/**
 * A keyword group: terms are regex sources written in lower case; non-ASCII runs are folded like
 * the text (so 'sessão' and 'ログイン' can be written as they are). Terms that start with a Latin
 * letter (or a group of them) must start a word; others (Japanese, Chinese) may sit anywhere.
 * An open run of letters (`\p{L}*`) is bounded, so no term rescans a long word from every position.
 *
 * The regex is built on first use: V8 parses every `\p{…}` class when a RegExp is made, and the
 * rules' dozens of groups made loading them cost tens of milliseconds in the page's overlay, which
 * loads them before its first paint and runs explain() only when the page shows a message.
 */
export class Terms {
  #regex: RegExp | undefined;
  constructor(private readonly sources: readonly string[]) {}

  get regex(): RegExp {
    this.#regex ??= termsRegex(this.sources);
    return this.#regex;
  }

  get source(): string {
    return this.regex.source;
  }
}

export function terms(...sources: string[]): Terms {
  return new Terms(sources);
}

/**
 * A rules module's keyword groups by name, from its terms file (rules/*-terms.json: `terms`, name →
 * regex sources as `terms` takes them; `notes`, why a group holds what it holds).
 */
export function termGroups<K extends string>(
  lists: Readonly<Record<K, readonly string[]>>,
): Record<K, Terms> {
  return Object.fromEntries(
    Object.entries<readonly string[]>(lists).map(([name, sources]) => [name, new Terms(sources)]),
  ) as Record<K, Terms>;
}

/**
 * The letters folded text holds (NFKD, marks removed, lower case: Latin with the few letters that do not
 * decompose, Greek, Cyrillic, kana, CJK, Hangul as jamo), as a class body. A term's `\p{L}` reads
 * as these: V8 compiles each `\p{L}` into a class of hundreds of ranges, and the terms of Web Config's
 * 25 languages use it some two hundred times, which took `explain()`'s first call from 17 to 50 ms
 * (Node, the rules bundled).
 */
export const FOLDED_LETTERS = String.raw`a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u1100-\u11ff\u1e00-\u1fff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff`;

/** `\p{L}` and `\p{N}` as folded text's letters and digits, inside a class or standing alone. */
export function withFoldedClasses(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const sequence = source.slice(i, i + 5);
      if (sequence === String.raw`\p{L}` || sequence === String.raw`\p{N}`) {
        const body = sequence === String.raw`\p{L}` ? FOLDED_LETTERS : '0-9';
        out += inClass ? body : `[${body}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** A term's source as it is matched: its non-ASCII runs folded like the text, open runs bounded. */
function foldSource(source: string): string {
  return source
    .replace(/[^ -~]+/g, (run) => foldTerm(run))
    .replaceAll(String.raw`\p{L}*`, String.raw`\p{L}{0,24}`);
}

function termsRegex(sources: readonly string[]): RegExp {
  const latin: string[] = [];
  const other: string[] = [];
  for (const source of sources) {
    const folded = foldSource(source);
    (/^(?:\(\?:)?[a-z]/.test(folded) ? latin : other).push(`(?:${withFoldedClasses(folded)})`);
  }
  // One word-start test for all Latin terms: inside a word no alternative is tried at all.
  const parts = [
    ...(latin.length ? [`(?<![${FOLDED_LETTERS}0-9_])(?:${latin.join('|')})`] : []),
    ...(other.length ? [other.join('|')] : []),
  ];
  return new RegExp(parts.join('|'), 'gu');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
