import { describe, expect, it } from 'vitest';
import { labelForms } from '../src/webconfig/language.ts';
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
