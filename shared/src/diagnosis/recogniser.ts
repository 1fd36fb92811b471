import type { CauseId } from './cause-ids.ts';
import { foldTerm, type Prepared } from './prepare.ts';
import { type Pairs, requiredLiteral } from './term-literals.ts';

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

/** The patterns explain() tries for a recogniser, in order: none when it reads by code or keywords. */
export function patternsOf(recogniser: Recogniser): readonly RegExp[] {
  if (recogniser.find || recogniser.keywords) return [];
  const { pattern } = recogniser;
  return pattern instanceof RegExp ? [pattern] : (pattern ?? []);
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
  #list: FoldedTermList | undefined;
  /** Regexes of the terms some texts may hold, by their indices: texts repeat their words. */
  readonly #subsets = new Map<string, RegExp>();
  #last: { pairs: Pairs; regex: RegExp | null } | undefined;
  /** Regex sources as written, or as the build folded them (terms-folded.json, `npm run terms:fold`). */
  constructor(private readonly sources: readonly string[] | { readonly folded: FoldedTermList }) {}

  get regex(): RegExp {
    this.#regex ??= termsRegex(this.#folded().sources);
    return this.#regex;
  }

  get source(): string {
    return this.regex.source;
  }

  /**
   * The regex of the terms a folded text may hold (`pairs`, its adjacent characters): those whose
   * required run it may hold, and those without one; null when none. Matches exactly what `regex`
   * matches in that text (a term it cannot hold never matches there, so never wins an alternation),
   * and compiles only those terms: most texts hold few of a group's words.
   */
  regexFor(pairs: Pairs): RegExp | null {
    // Several wordings of a text's recognisers ask the same group in turn.
    if (this.#last?.pairs !== pairs) this.#last = { pairs, regex: this.#regexFor(pairs) };
    return this.#last.regex;
  }

  #regexFor(pairs: Pairs): RegExp | null {
    const { sources, literals } = this.#folded();
    const kept: number[] = [];
    for (let i = 0; i < literals.length; i++) {
      const literal = literals[i]!;
      if (literal === '' || pairs.mayHold(literal)) kept.push(i);
    }
    if (kept.length === 0) return null;
    if (kept.length === literals.length) return this.regex;
    const key = kept.join(',');
    let regex = this.#subsets.get(key);
    if (!regex) {
      if (this.#subsets.size >= MAX_SUBSETS) this.#subsets.clear();
      regex = termsRegex(kept.map((i) => sources[i]!));
      this.#subsets.set(key, regex);
    }
    return regex;
  }

  /** The terms as the build writes them (read as they are: no object per term on a first call). */
  #folded(): FoldedTermList {
    const given = this.sources;
    this.#list ??= 'folded' in given ? given.folded : foldedTermList(given);
    return this.#list;
  }
}

/** Subset regexes kept per group: a long-running agent explains many texts. */
const MAX_SUBSETS = 64;

export function terms(...sources: string[]): Terms {
  return new Terms(sources);
}

/** A terms file's groups as the build folded them (terms-folded.json, `npm run terms:fold`). */
export function foldedTermGroups<K extends string>(
  lists: Readonly<Record<K, FoldedTermList>>,
): Record<K, Terms> {
  return Object.fromEntries(
    Object.entries<FoldedTermList>(lists).map(([name, folded]) => [name, new Terms({ folded })]),
  ) as Record<K, Terms>;
}

/** A term as matched: its source folded like the text (foldSource), and the run it requires (term-literals.ts). */
export interface FoldedTerm {
  source: string;
  literal: string | null;
}

/** A group's terms as the build writes them: each folded source, and its required run ('' for none). */
export interface FoldedTermList {
  readonly sources: readonly string[];
  readonly literals: readonly string[];
}

export function foldedTerm(source: string): FoldedTerm {
  const folded = foldSource(source);
  return { source: folded, literal: requiredLiteral(folded) };
}

/** Terms as written, as the build writes them (terms-folded.json) and a group reads them. */
export function foldedTermList(sources: readonly string[]): FoldedTermList {
  const terms = sources.map(foldedTerm);
  return { sources: terms.map((t) => t.source), literals: terms.map((t) => t.literal ?? '') };
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
    (/^(?:\(\?:)?[a-z]/.test(source) ? latin : other).push(`(?:${withFoldedClasses(source)})`);
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
