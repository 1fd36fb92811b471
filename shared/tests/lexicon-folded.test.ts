import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLDED_MODULE, foldedLexiconSource } from '../scripts/fold-lexicon.ts';
import { LEXICON } from '../src/webconfig/lexicon.ts';
import { FOLDED_LEXICON, FOLDED_PHRASES } from '../src/webconfig/lexicon-folded.ts';
import { fold } from '../src/webconfig/text.ts';

describe('the lexicon folded at build (lexicon-folded.ts)', () => {
  it('is what lexicon.ts folds to today (else: npm run lexicon:fold)', () => {
    const written = readFileSync(FOLDED_MODULE, 'utf8');
    expect(written === foldedLexiconSource(), 'lexicon-folded.ts is stale: run `npm run lexicon:fold`').toBe(
      true,
    );
  });

  it('holds every phrase of lexicon.ts folded, key by key and language by language', () => {
    const expected = Object.fromEntries(
      Object.entries(LEXICON).map(([key, entry]) => [
        key,
        Object.fromEntries(
          Object.entries(entry as Record<string, readonly string[]>).map(([lang, list]) => [
            lang,
            list.map(fold),
          ]),
        ),
      ]),
    );
    expect(FOLDED_LEXICON).toEqual(expected);
  });

  it("lists each key's folded phrases once, longest first", () => {
    for (const [key, entry] of Object.entries(LEXICON)) {
      const all = Object.values(entry as Record<string, readonly string[]>).flatMap((list) => list.map(fold));
      const listed = FOLDED_PHRASES[key as keyof typeof LEXICON];
      expect(new Set(listed)).toEqual(new Set(all));
      expect(listed.length).toBe(new Set(all).size);
      for (let i = 1; i < listed.length; i++)
        expect(listed[i - 1]!.length).toBeGreaterThanOrEqual(listed[i]!.length);
    }
  });
});
