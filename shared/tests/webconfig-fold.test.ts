import { describe, expect, it } from 'vitest';
import { clean, fold, foldByRule, foldEach } from '../src/webconfig/text.ts';
import { randomTexts, TRICKY } from './webconfig-helpers.ts';

/** fold without its ASCII shortcut: the one rule for every text, after the same cleaning. */
function reference(text: string): string {
  return foldByRule(clean(text));
}

describe('fold', () => {
  it('folds ASCII texts (its shortcut) exactly as the general rule does', () => {
    const chars = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));
    for (const a of chars) for (const b of chars) expect(fold(`${a}X${b}y`)).toBe(reference(`${a}X${b}y`));
    for (const s of randomTexts(7, 2000, 40, chars)) expect(fold(s)).toBe(reference(s));
  });

  it('folds accented Latin texts (ASCII once their accents go) exactly as the general rule does', () => {
    // ASCII, Latin-1 and Latin Extended-A/B: letters NFKD takes to ASCII, and ones it does not.
    const chars = Array.from({ length: 0x250 }, (_, i) => String.fromCharCode(i));
    for (const s of randomTexts(11, 5000, 30, chars)) expect(fold(s)).toBe(reference(s));
    for (const c of chars) expect(fold(`Ré${c}glages`)).toBe(reference(`Ré${c}glages`));
  });

  it('folds other texts by the general rule', () => {
    for (const s of [
      'Método de autenticação',
      'Łódź',
      'メールサーバー',
      'Ｅメール',
      'l’adresse',
      'Ä ß ø',
      'Sender`s',
    ])
      expect(fold(s)).toBe(reference(s));
  });
});

describe('foldEach', () => {
  it('folds each text of a list exactly as fold folds it alone', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const texts = randomTexts(seed, 1 + (seed % 12), 12, TRICKY);
      expect(foldEach(texts)).toEqual(texts.map(fold));
    }
    expect(foldEach([])).toEqual([]);
    const words = ['ΟΔΟΣ', 'Σ', '\u0301e', 'İstanbul', 'Straße', 'ﬁle', '  Método\u00a0de  ', '', ' '];
    expect(foldEach(words)).toEqual(words.map(fold));
  });

  it('folds texts that hold the joining character one by one, as fold does', () => {
    const texts = ['a\u0000b', 'Método', ''];
    expect(foldEach(texts)).toEqual(texts.map(fold));
  });
});
