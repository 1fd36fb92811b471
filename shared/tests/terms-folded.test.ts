import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TERMS_FOLDED_FILE, termsFoldedSource } from '../scripts/fold-terms.ts';
import { prepare } from '../src/diagnosis/prepare.ts';
import { type FoldedTermList, foldedTerm, foldedTermGroups, Terms } from '../src/diagnosis/recogniser.ts';
import epsonTerms from '../src/diagnosis/rules/epson-terms.json' with { type: 'json' };
import phraseTerms from '../src/diagnosis/rules/phrase-terms.json' with { type: 'json' };
import termsFolded from '../src/diagnosis/rules/terms-folded.json' with { type: 'json' };
import { Pairs, requiredLiteral } from '../src/diagnosis/term-literals.ts';
import { readCorpus } from './corpus.ts';

const WRITTEN: Record<string, Record<string, string[]>> = {
  epson: epsonTerms.terms,
  phrase: phraseTerms.terms,
};

/** Every text of the error corpus (corpus/README.md), folded as explain() folds it. */
const corpus = readCorpus().map((c) => prepare(c.text).folded);

const matches = (text: string, regex: RegExp | null) =>
  regex ? Array.from(text.matchAll(regex), (m) => `${m.index}:${m[0]}`) : [];

describe('the keyword terms folded at build (terms-folded.json)', () => {
  it('is what rules/*-terms.json fold to today (else: npm run terms:fold)', () => {
    const written = readFileSync(TERMS_FOLDED_FILE, 'utf8');
    expect(written === termsFoldedSource(), 'terms-folded.json is stale: run `npm run terms:fold`').toBe(
      true,
    );
    // What epson.ts reads from the file, not from the script.
    expect(termsFolded.epson.conditional).toEqual(epsonTerms.conditional);
  });

  it('gives every group, as the rules read it from the file, the regex its written terms give', () => {
    const read: Record<string, Record<string, FoldedTermList>> = {
      epson: termsFolded.epson.terms,
      phrase: termsFolded.phrase.terms,
    };
    for (const [file, groups] of Object.entries(read)) {
      const folded = foldedTermGroups(groups);
      for (const [name, list] of Object.entries(WRITTEN[file]!)) {
        expect(folded[name]!.source, `${file}.${name}`).toBe(new Terms(list).source);
      }
    }
  });
});

describe('the run a term requires (term-literals.ts)', () => {
  it.each([
    ['sign[ -]?in', 'sign'],
    ['로그 ?인', '로그'],
    ['вход(?!я|н|ит|ил)', 'вход'],
    ['(?<!απο)συνδεθ', 'συνδεθ'],
    ['(?:pripojenie|spojenie) (?:zlyhalo|sa nepodarilo)', null],
    ['(?:a|b) cde', ' cde'],
    ['ab\\d+cd', 'ab'],
    ['x\\.yz', 'x.yz'],
    ['abc{2}', 'ab'],
    ['abcd*', 'abc'],
    ['abcd+?', 'abc'],
    ['ab\\p{L}{0,24}cde', 'cde'],
    ['a.bc', 'bc'],
    ['abc|de', null],
    ['ab\\u00e9', null],
    ['ab\\1', null],
    ['a', null],
  ])('%s requires %s', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it('is in every text of the corpus that one of the rules’ terms matches', () => {
    let matched = 0;
    for (const list of Object.values(WRITTEN).flatMap((groups) => Object.values(groups))) {
      for (const source of list) {
        const { literal } = foldedTerm(source);
        if (literal === null) continue;
        const alone = new Terms([source]).regex;
        for (const text of corpus) {
          alone.lastIndex = 0;
          if (!alone.test(text)) continue;
          matched++;
          expect(text.includes(literal), `${source} in ${text.slice(0, 80)}`).toBe(true);
        }
      }
    }
    // The corpus holds the rules' own languages: many terms meet it.
    expect(matched).toBeGreaterThan(300);
  });
});

describe("a group's regex for one text (Terms.regexFor)", () => {
  it('finds in every corpus text what the whole group finds, having compiled fewer terms', () => {
    let smaller = 0;
    for (const [file, groups] of Object.entries(WRITTEN)) {
      for (const [name, list] of Object.entries(groups)) {
        const group = new Terms(list);
        for (const text of corpus) {
          const forText = group.regexFor(new Pairs(text));
          expect(matches(text, forText), `${file}.${name}: ${text.slice(0, 60)}`).toEqual(
            matches(text, group.regex),
          );
          if (forText === null || forText.source.length < group.source.length) smaller++;
        }
      }
    }
    expect(smaller).toBeGreaterThan(corpus.length);
  });

  it('keeps a term without a run, and none when no term may be in the text', () => {
    const group = new Terms(['(?:pripojenie|spojenie) (?:zlyhalo|sa nepodarilo)', 'anmelden']);
    expect(group.regexFor(new Pairs('nothing here'))?.source).toBe(
      new Terms(['(?:pripojenie|spojenie) (?:zlyhalo|sa nepodarilo)']).source,
    );
    expect(new Terms(['anmelden', 'log ?in']).regexFor(new Pairs('nothing here'))).toBeNull();
    // Each pair of the run, not the run: a text may hold the pairs apart and still be kept (never the reverse).
    expect(new Terms(['anmelden']).regexFor(new Pairs('an me el ld de en nm'))).not.toBeNull();
  });
});
