import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { RECOGNISERS } from '../src/diagnosis/index.ts';
import { foldTerm } from '../src/diagnosis/prepare.ts';
import { FOLDED_LETTERS, keywordWordings, terms, withFoldedClasses } from '../src/diagnosis/recogniser.ts';
import epsonTerms from '../src/diagnosis/rules/epson-terms.json' with { type: 'json' };
import phraseTerms from '../src/diagnosis/rules/phrase-terms.json' with { type: 'json' };

/**
 * The rules' keyword groups are data (rules/*-terms.json): a file holds only named lists of regex
 * sources and notes on them, every list is a group some recogniser reads, and every term compiles.
 */
const Words = z.array(z.string().min(1)).min(1);
const TermsFile = z
  .strictObject({
    notes: z.record(z.string(), z.string().min(10)),
    terms: z.record(z.string().regex(/^[a-z][A-Za-z]*$/), Words),
    // Not a keyword group: the words that make a message advice (epson.ts's CONDITIONAL).
    conditional: z.strictObject({ words: Words, anywhere: Words }).optional(),
  })
  .refine(
    (file) =>
      Object.keys(file.notes).every(
        (name) => Object.hasOwn(file.terms, name) || (name === 'conditional' && file.conditional),
      ),
    { message: 'a note on a list the file does not hold' },
  );

const FILES = { 'epson-terms.json': epsonTerms, 'phrase-terms.json': phraseTerms };

/** The regex source of every keyword group a recogniser reads. */
const groupsRead = new Set(
  RECOGNISERS.flatMap((r) => (r.keywords ? keywordWordings(r.keywords) : [])).flatMap((k) =>
    k.groups.map((g) => g.source),
  ),
);

describe('the rules’ keyword groups (rules/*-terms.json)', () => {
  it.each(Object.entries(FILES))('%s holds named lists of terms, notes only on its own lists', (_, file) => {
    expect(TermsFile.safeParse(file).success).toBe(true);
  });

  it('refuses a file with an empty list, a term that is not a string, or a note on no list', () => {
    const file = { notes: {}, terms: { signIn: ['sign[ -]?in'] } };
    expect(TermsFile.safeParse(file).success).toBe(true);
    expect(TermsFile.safeParse({ ...file, terms: { signIn: [] } }).success).toBe(false);
    expect(TermsFile.safeParse({ ...file, terms: { signIn: [3] } }).success).toBe(false);
    expect(TermsFile.safeParse({ ...file, notes: { logIn: 'a note on nothing here' } }).success).toBe(false);
  });

  it.each(Object.entries(FILES))('every list of %s compiles and is read by a recogniser', (_, file) => {
    for (const [name, list] of Object.entries(file.terms)) {
      const source = terms(...list).source;
      expect(groupsRead.has(source), name).toBe(true);
    }
  });
});

describe('the letters of folded text, written out for the terms', () => {
  it('are exactly the letters of every corpus text, folded, in all its scripts', () => {
    const dir = join(import.meta.dirname, 'corpus');
    const chars = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.corpus'))) {
      for (const c of foldTerm(readFileSync(join(dir, f), 'utf8'))) chars.add(c);
    }
    const written = new RegExp(`^[${FOLDED_LETTERS}]$`, 'u');
    const letter = /^\p{L}$/u;
    const differ = [...chars].filter((c) => written.test(c) !== letter.test(c));
    expect(differ).toEqual([]);
    // The corpus reaches every script the terms are written in.
    for (const sample of ['a', 'ł', 'σ', 'ж', 'す', '管', foldTerm('한')[0]!])
      expect(chars.has(sample), sample).toBe(true);
  });

  it('stand for \\p{L} and \\p{N} inside a class and alone, other escapes untouched', () => {
    expect(withFoldedClasses(String.raw`a\p{L}{0,24}`)).toBe(`a[${FOLDED_LETTERS}]{0,24}`);
    expect(withFoldedClasses(String.raw`[\p{L}. -]{0,80}`)).toBe(`[${FOLDED_LETTERS}. -]{0,80}`);
    expect(withFoldedClasses(String.raw`(?![\p{L}\p{N}_])`)).toBe(`(?![${FOLDED_LETTERS}0-9_])`);
    expect(withFoldedClasses(String.raw`\[\p{L}\]`)).toBe(`\\[[${FOLDED_LETTERS}]\\]`);
    expect(withFoldedClasses(String.raw`\s\d\p{Lu}`)).toBe(String.raw`\s\d\p{Lu}`);
  });
});
