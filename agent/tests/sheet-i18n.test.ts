import { allMessages, type Leaf, type Tree } from '@wcoa/shared/i18n';
import { describe, expect, it } from 'vitest';

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]: [string, Leaf | Tree]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value] as [string, string]];
    if (Array.isArray(value)) return value.map((v, i) => [`${path}.${i}`, v] as [string, string]);
    return leaves(value as Tree, path);
  });
}

describe('the sheet and printers-view words', () => {
  const en = new Map(leaves(allMessages.en.sheet));
  const pt = new Map(leaves(allMessages['pt-PT'].sheet));

  it('exist in pt for every en key, with the same placeholders, translated', () => {
    expect([...pt.keys()].sort()).toEqual([...en.keys()].sort());
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    let same = 0;
    for (const [key, text] of en) {
      const other = pt.get(key)!;
      expect(other.trim(), key).not.toBe('');
      expect(names(other), key).toEqual(names(text));
      if (other === text) same++;
    }
    // Names (SSID, STARTTLS, OAuth 2.0, Web Config…) stay as they are; prose does not.
    expect(same).toBeLessThan(en.size / 5);
  });

  it('pt reads naturally in Portugal and Brazil: no words or forms only one of them uses', () => {
    const oneSided =
      /(?<!\p{L})(ecrã|tela|ficheiro|arquivo|contacte|contate|registos?|registros?|equipa|equipe|telemóvel|celular|a aguardar|aguardando|utilizador(es)?|usuários?)(?!\p{L})/iu;
    const progressive = /(?<!\p{L})(est[áa]|estão|estou)\s+(a\s+\p{L}+r|\p{L}+ndo)(?!\p{L})/iu;
    const address = /(?<!\p{L})(você|vocês|tu)(?!\p{L})/iu;
    for (const [key, text] of pt) {
      expect(text, key).not.toMatch(oneSided);
      expect(text, key).not.toMatch(progressive);
      expect(text, key).not.toMatch(address);
    }
  });
});
