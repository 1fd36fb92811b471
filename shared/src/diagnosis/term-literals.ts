/**
 * What a keyword term cannot match without: the longest run of plain characters it requires, read
 * from its regex source. A text that lacks the run cannot hold the term, so the term's group need
 * not compile it for that text (recogniser.ts Terms.regexFor): compiling the groups of every Web
 * Config language, 1,229 terms, was most of explain()'s first call (Chromium 156: 28 of 42 ms on a
 * Microsoft error line that holds none of them).
 *
 * The run is read conservatively: only characters outside any group and class, not quantified;
 * a term with an alternation at its top, an escape not known here, or no run of two characters has
 * none (null), and is always compiled.
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

/** The longest run of two or more characters that every match of `source` contains, or null. */
export function requiredLiteral(source: string): string | null {
  const runs: string[] = [];
  let run = '';
  const end = () => {
    if (run.length >= 2) runs.push(run);
    run = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '|') return null;
    if (c === '(' || c === '[') {
      end();
      i = pastBracket(source, i);
      continue;
    }
    if (c === '?' || c === '*' || c === '+' || c === '{') {
      // The atom before is optional or repeated: a plain character there is not required once.
      run = run.slice(0, -1);
      end();
      i = c === '{' ? source.indexOf('}', i) + 1 || source.length : i + 1;
      if (source[i] === '?') i++;
      continue;
    }
    if (c === '.' || c === '^' || c === '$') {
      end();
      i++;
      continue;
    }
    if (c === '\\') {
      const next = source[i + 1];
      if (next === undefined) return null;
      if (/[A-Za-z0-9]/.test(next)) {
        if (next === 'p' || next === 'P') {
          if (source[i + 2] !== '{') return null;
          end();
          i = source.indexOf('}', i) + 1 || source.length;
          continue;
        }
        if (!CLASS_ESCAPES.has(next)) return null;
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
  return runs.reduce<string | null>((best, r) => (best === null || r.length > best.length ? r : best), null);
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
