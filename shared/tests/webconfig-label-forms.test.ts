import { describe, expect, it } from 'vitest';
import { labelForms, markerScores } from '../src/webconfig/language.ts';
import { MARKERS } from '../src/webconfig/language-words.ts';
import { fold, stripLabel } from '../src/webconfig/text.ts';
import {
  captureNames,
  capturesPresent,
  parse,
  randomTexts,
  readCapture,
  TRICKY,
} from './webconfig-helpers.ts';

/** The label forms as the language reading took them before, one text at a time. */
function oneByOne(texts: readonly string[]): string[] {
  const labels = new Set<string>();
  const add = (text: string) => {
    const f = fold(text);
    if (f && f.length <= 60) labels.add(f);
  };
  for (const text of texts) {
    const crumbs = /[>›»]/.test(text) ? text.split(/[>›»]/) : [text];
    for (const crumb of crumbs) {
      const bare = stripLabel(crumb);
      if (!bare) continue;
      add(bare);
      if (/ [-–] /.test(bare)) for (const part of bare.split(/ [-–] /)) add(part);
    }
  }
  return [...labels];
}

describe('the language reading’s label forms, taken from all short texts at once', () => {
  it('are what each text gives alone, in the same order', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const texts = randomTexts(seed, 1 + (seed % 15), 16, TRICKY);
      expect(labelForms(texts)).toEqual(oneByOne(texts));
    }
    const texts = [
      'Network\u00a0>\u00a0Email Server\u00a0>\u00a0Basic',
      'IP Address :',
      'Adresse IP：',
      ':',
      ' : ',
      'a: :',
      'WF-C5790 - Product Status',
      'Status – Job History',
      'Einstellungen für E-Mail-Server',
      'ΟΔΟΣ » Σ',
      '',
      'x\u0000y',
    ];
    expect(labelForms(texts)).toEqual(oneByOne(texts));
  });

  it.skipIf(!capturesPresent)('are what each text gives alone on every real capture', () => {
    for (const name of captureNames()) {
      const doc = parse(readCapture(name));
      const walker = doc.createTreeWalker(doc.body, 4);
      const texts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n.nodeValue ?? '';
        if (t.length <= 200) texts.push(t);
      }
      expect(texts.length, name).toBeGreaterThan(0);
      expect(labelForms(texts), name).toEqual(oneByOne(texts));
    }
  });
});

/** The marker scores as the language reading summed them before: every word counted, each language's list walked. */
function markerScoresAsBefore(folded: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of folded.split(' ')) counts.set(w, (counts.get(w) ?? 0) + 1);
  const scores = new Map<string, number>();
  for (const [lang, words] of Object.entries(MARKERS)) {
    for (const m of new Set(words.split(' ').map(fold))) {
      const n = counts.get(m) ?? 0;
      if (n > 0) scores.set(lang, (scores.get(lang) ?? 0) + 1 + Math.min(n - 1, 3) * 0.25);
    }
  }
  return scores;
}

describe('the language reading’s marker scores', () => {
  it('are what counting every word and walking each language’s list gave, in the same order', () => {
    // Marker words of every language (several shared between languages), and words of none.
    const vocabulary = [
      ...new Set(Object.values(MARKERS).flatMap((w) => w.split(' ').map(fold))),
      'smtp',
      'x',
      'oauth2',
    ];
    for (let seed = 1; seed <= 300; seed++) {
      // Texts of up to 80 words, some repeated (a word up to 4 times weighs differently).
      const start = (seed * 13) % (vocabulary.length - 20);
      const folded = randomTexts(seed, 1 + (seed % 80), 1, vocabulary.slice(start, start + 20))
        .map((w) => w || 'x')
        .join(' ');
      expect([...markerScores(folded)], folded).toEqual([...markerScoresAsBefore(folded)]);
    }
    expect([...markerScores('')]).toEqual([...markerScoresAsBefore('')]);
  });
});
