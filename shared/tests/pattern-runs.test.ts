import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATTERN_RUNS_FILE, patternRunsSource } from '../scripts/fold-terms.ts';
import { explain, RECOGNISERS } from '../src/diagnosis/explain.ts';
import { capText } from '../src/diagnosis/limits.ts';
import { prepare } from '../src/diagnosis/prepare.ts';
import { patternsOf } from '../src/diagnosis/recogniser.ts';
import patternRuns from '../src/diagnosis/rules/pattern-runs.json' with { type: 'json' };
import { mayMatch, requiredRuns } from '../src/diagnosis/term-literals.ts';
import { readCorpus } from './corpus.ts';

/** What explain() reads from the file, by recogniser name and pattern. */
const RUNS = patternRuns as Record<string, (string[][] | null)[]>;
const PATTERNED = RECOGNISERS.filter((r) => patternsOf(r).length > 0).map((r) => ({
  recogniser: r,
  patterns: patternsOf(r),
}));

describe("the patterns' required runs, read at build (pattern-runs.json)", () => {
  it('is what the rules give today (else: npm run terms:fold)', () => {
    const written = readFileSync(PATTERN_RUNS_FILE, 'utf8');
    expect(written === patternRunsSource(), 'pattern-runs.json is stale: run `npm run terms:fold`').toBe(
      true,
    );
  });

  it('has runs for every pattern of every pattern recogniser', () => {
    for (const { recogniser, patterns } of PATTERNED) {
      expect(RUNS[recogniser.name], recogniser.name).toHaveLength(patterns.length);
      for (const runs of RUNS[recogniser.name]!) expect(runs, recogniser.name).not.toBeNull();
    }
  });

  it('never rules out a text that a pattern matches, over the whole corpus; and rules out most', () => {
    let matched = 0;
    let skipped = 0;
    for (const { text } of readCorpus()) {
      const prepared = prepare(capText(text));
      for (const { recogniser, patterns } of PATTERNED) {
        const on = recogniser.folded ? prepared.folded : prepared.text;
        patterns.forEach((pattern, i) => {
          pattern.lastIndex = 0;
          const match = pattern.exec(on) !== null;
          const may = mayMatch(pattern, RUNS[recogniser.name]![i], on, () => on.toLowerCase());
          if (match) {
            matched++;
            expect(may, `${recogniser.name}[${i}] on: ${text.slice(0, 120)}`).toBe(true);
          } else if (!may) skipped++;
        });
      }
    }
    // Not vacuous: the corpus makes the patterns match hundreds of times, and spares most runs.
    expect(matched).toBeGreaterThan(200);
    expect(skipped).toBeGreaterThan(matched * 10);
  });

  it('leaves what explain() finds unchanged on texts built to sit at the runs’ edges', () => {
    // Case (the AADSTS patterns ignore it); a run split across lines is not the run.
    expect(explain('aadsts53003: access has been blocked').map((m) => m.id)).toContain(
      'conditional-access-blocked',
    );
    expect(explain('550 5.7.\n139 Authentication unsuccessful').map((m) => m.id)).not.toContain(
      'smtp-auth-disabled',
    );
    // Epson's job codes: a text without the code's digits is not read for it (rules/epson.ts).
    expect(explain('Error code: 360').map((m) => m.id)).toEqual(['service-unreachable']);
    expect(explain('Error code: 36 0').map((m) => m.id)).toEqual([]);
  });
});

describe('the runs a pattern requires (term-literals.ts requiredRuns)', () => {
  it.each([
    ['abc', [['abc']]],
    ['ab|cd', [['ab', 'cd']]],
    // A branch that requires nothing: the alternation requires nothing.
    ['ab|c', null],
    ['x(?:ab|cd)y', [['ab', 'cd']]],
    ['xyz(?:ab|cd)', [['xyz'], ['ab', 'cd']]],
    // Optional or repeated parts, lookarounds and classes require nothing.
    ['(?:abc)?de', [['de']]],
    ['(?:abc)*', null],
    ['(?:abc)+de', [['abc'], ['de']]],
    ['(?<![\\d.])535[ \\t]{1,8}ok', [['535'], ['ok']]],
    ['(?=abc)de', [['de']]],
    ['(?<name>abc)d', [['abc']]],
    ['[Bb]anned', [['anned']]],
    ['AADSTS(?:53003|50158)(?!\\d)', [['AADSTS'], ['53003', '50158']]],
    ['5\\.7\\.139', [['5.7.139']]],
    ['ab\\d{4}cd', [['ab'], ['cd']]],
    // What is not read here: the whole is unknown.
    ['ab\\u0041cd', null],
    ['(a)\\1bc', null],
    ['(?i:abc)de', null],
    ['abc(?:de', null],
  ])('%s', (source, runs) => {
    expect(requiredRuns(source)).toEqual(runs);
  });

  it('finds, for each written case, only matches that hold its runs', () => {
    for (const [source, text] of [
      ['x(?:ab|cd)y', 'xcdy'],
      ['(?:abc)+de', 'abcabcde'],
      ['[Bb]anned', 'Banned'],
    ] as const) {
      expect(new RegExp(source).test(text)).toBe(true);
      expect(mayMatch(new RegExp(source), requiredRuns(source), text, () => text.toLowerCase())).toBe(true);
    }
  });
});

describe('a text tested for a pattern’s runs (term-literals.ts mayMatch)', () => {
  const lower = (text: string) => () => text.toLowerCase();
  it('looks for every requirement, one run of each', () => {
    const runs = [['AADSTS'], ['53003', '50158']];
    expect(mayMatch(/x/, runs, 'AADSTS50158', lower('AADSTS50158'))).toBe(true);
    expect(mayMatch(/x/, runs, 'AADSTS50000', lower('AADSTS50000'))).toBe(false);
    expect(mayMatch(/x/, runs, '53003', lower('53003'))).toBe(false);
    expect(mayMatch(/x/, null, '', lower(''))).toBe(true);
    expect(mayMatch(/x/, undefined, '', lower(''))).toBe(true);
  });

  it('ignores case where the pattern does, as the pattern does', () => {
    const runs = [['AADSTS']];
    expect(mayMatch(/AADSTS/, runs, 'aadsts', lower('aadsts'))).toBe(false);
    expect(mayMatch(/AADSTS/i, runs, 'aadsts', lower('aadsts'))).toBe(true);
    // The long s matches s under iu: a run with an s is not ruled out then.
    const text = 'invalid_ſcope';
    expect(/invalid_scope/iu.test(text)).toBe(true);
    expect(mayMatch(/invalid_scope/iu, [['invalid_scope']], text, lower(text))).toBe(true);
    // A non-ASCII run under i: not ruled out (no lower-casing argument is made for it).
    expect(mayMatch(/ÉCHEC/i, [['ÉCHEC']], 'échec', lower('échec'))).toBe(true);
  });
});
