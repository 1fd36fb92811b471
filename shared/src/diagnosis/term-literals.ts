/**
 * What a keyword term cannot match without: the longest run of plain characters it requires, read
 * from its regex source. A text that lacks the run cannot hold the term, so the term's group need
 * not compile it for that text (recogniser.ts Terms.regexFor): compiling the groups of every Web
 * Config language, 1,229 terms, was most of explain()'s first call (Chromium 156: 28 of 42 ms on a
 * Microsoft error line that holds none of them).
 *
 * The run is read conservatively (requiredRuns, below): plain characters outside classes, not
 * quantified, and groups the term cannot skip; a term whose top is an alternation of several runs, that
 * holds an escape or a group not known here, or no run of two characters has none (null), and is
 * always compiled.
 */

/** Escapes of one letter that stand for no character of their own (a class, an anchor, a control). */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'n', 'r', 't', 'f', 'v']);

/** Index just past the group or class opened at `i` (its closing bracket), escapes and classes inside skipped. */
function pastBracket(source: string, i: number): number {
  const open = source[i];
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (open === '[') {
      if (c === ']' && j > i) return j + 1;
      continue;
    }
    if (c === '[') {
      j = pastBracket(source, j) - 1;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return source.length;
}

/**
 * The longest run of two or more characters that every match of `source` contains, or null: the
 * longest of requiredRuns' requirements that are a single run (an alternation of several runs is
 * none).
 */
export function requiredLiteral(source: string): string | null {
  let best: string | null = null;
  for (const runs of requiredRuns(source) ?? []) {
    if (runs.length === 1 && (best === null || runs[0]!.length > best.length)) best = runs[0]!;
  }
  return best;
}

/**
 * `make` remembered for the last text it was given: the recognisers of one explain() ask about the
 * same text in turn, and only the last text is kept (a long-running agent explains many).
 */
export function forLastText<T>(make: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, value: make(text) };
    return last.value;
  };
}

/**
 * A text's pairs of adjacent characters (UTF-16 units), for the test below: built once per text, in
 * one pass, so that any number of terms are tested in time linear in the text and the terms.
 */
export class Pairs {
  readonly #pairs = new Set<number>();
  constructor(text: string) {
    for (let i = 1; i < text.length; i++)
      this.#pairs.add(text.charCodeAt(i - 1) * 65536 + text.charCodeAt(i));
  }

  /** Whether every adjacent pair of `literal` occurs in the text: false proves the text lacks it. */
  mayHold(literal: string): boolean {
    for (let i = 1; i < literal.length; i++) {
      if (!this.#pairs.has(literal.charCodeAt(i - 1) * 65536 + literal.charCodeAt(i))) return false;
    }
    return true;
  }
}

/**
 * What every match of `source` contains: for each list, one of its runs (all lists must be met), or
 * null when that cannot be read. What a recogniser's pattern cannot match without: explain.ts tests
 * a text for it before running the pattern, so that a pattern the text cannot match is never
 * compiled (a first call compiled all of them on every text). Read like requiredLiteral, and through
 * alternations: an alternation requires one of its branches' runs, each branch giving the best of
 * what it requires (its longest plain run, or a group it cannot skip). Lookarounds, classes and
 * quantified parts require nothing here; an escape not known here or a branch that requires nothing
 * makes its alternation require nothing, and a source that requires nothing gives null.
 */
export function requiredRuns(source: string): string[][] | null {
  const read = readAlternation(source, 0);
  return read.end === source.length && read.all.length > 0 ? read.all : null;
}

interface Read {
  /** Each requirement of the part read (one alternative per list); empty when it requires nothing. */
  all: string[][];
  end: number;
}

/** The alternation starting at `start`, up to its closing parenthesis or the end of the source. */
function readAlternation(source: string, start: number): Read {
  const branches: string[][][] = [];
  let i = start;
  for (;;) {
    const branch = readBranch(source, i);
    branches.push(branch.all);
    i = branch.end;
    if (source[i] !== '|') break;
    i++;
  }
  if (branches.length === 1) return { all: branches[0]!, end: i };
  // One of the branches matches: it brings at least its best requirement.
  if (branches.some((all) => all.length === 0)) return { all: [], end: i };
  return { all: [[...new Set(branches.flatMap((all) => all.reduce(better)))]], end: i };
}

/** Which of two requirements tells more about a text: the one whose shortest run is longer. */
function better(a: string[], b: string[]): string[] {
  const shortest = (runs: string[]) => Math.min(...runs.map((r) => r.length));
  return shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.length < a.length) ? b : a;
}

const UNKNOWN: Read = { all: [], end: Number.POSITIVE_INFINITY };

/** One branch, up to `|`, `)` or the end: its plain runs and the requirements of its unskippable groups. */
function readBranch(source: string, start: number): Read {
  const all: string[][] = [];
  let run = '';
  const end = () => {
    if (run.length >= 2) all.push([run]);
    run = '';
  };
  let i = start;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const c = source[i]!;
    if (c === '(') {
      end();
      const head = /^\(\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>)|^\((?!\?)/.exec(source.slice(i, i + 40))?.[0];
      // A group of a kind not known here (modifiers, say): what it requires is not read.
      if (head === undefined) return UNKNOWN;
      const lookaround = /[=!]$/.test(head);
      const inner = readAlternation(source, i + head.length);
      if (source[inner.end] !== ')') return UNKNOWN;
      i = inner.end + 1;
      const optional = /^[?*{]/.test(source[i] ?? '');
      if (/^[?*+{]/.test(source[i] ?? '')) i = skipQuantifier(source, i);
      if (!lookaround && !optional) all.push(...inner.all);
      continue;
    }
    if (c === '[') {
      end();
      i = pastBracket(source, i);
      if (/^[?*+{]/.test(source[i] ?? '')) i = skipQuantifier(source, i);
      continue;
    }
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      // The atom before is optional or repeated: a plain character there is not required once.
      run = run.slice(0, -1);
      end();
      i = skipQuantifier(source, i);
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      end();
      i++;
      continue;
    }
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return UNKNOWN;
      if (/[A-Za-z0-9]/.test(next)) {
        if (next === 'p' || next === 'P') {
          if (source[i + 2] !== '{') return UNKNOWN;
          end();
          i = source.indexOf('}', i) + 1 || source.length;
          continue;
        }
        if (!CLASS_ESCAPES.has(next)) return UNKNOWN;
        end();
        i += 2;
        continue;
      }
      run += next;
      i += 2;
      continue;
    }
    run += c;
    i++;
  }
  end();
  return { all, end: i };
}

/** Index just past the quantifier at `i` (and its lazy mark). */
function skipQuantifier(source: string, i: number): number {
  const next = source[i] === '{' ? source.indexOf('}', i) + 1 || source.length : i + 1;
  return source[next] === '?' ? next + 1 : next;
}

/**
 * Whether `text` may hold a match of `pattern`, whose requirements (requiredRuns, read at build:
 * pattern-runs.json) are `required`: false only when the text lacks every run of one of them. A
 * case-insensitive pattern's runs are looked for in the text in lower case (`lower`, made once per
 * text by the caller), and only when they are printable ASCII: no other character matches an ASCII
 * letter then, but the long s (U+017F) with the u flag. Unknown requirements (null, undefined): true.
 */
export function mayMatch(
  pattern: RegExp,
  required: readonly (readonly string[])[] | null | undefined,
  text: string,
  lower: () => string,
): boolean {
  if (!required) return true;
  return required.every((runs) => {
    if (!pattern.ignoreCase) return runs.some((run) => text.includes(run));
    // The v flag folds case as u does (lib ES2023 has no `unicodeSets` property yet).
    const unicode = pattern.unicode || pattern.flags.includes('v');
    if (runs.some((run) => /[^ -~]/.test(run) || (unicode && /s/i.test(run)))) return true;
    return runs.some((run) => lower().includes(run.toLowerCase()));
  });
}
