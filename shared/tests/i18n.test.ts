import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../src/diagnosis/index.ts';
import { allMessages, LANGS, type Lang, type Tree } from '../src/i18n/index.ts';

type Node = Tree[string];

/**
 * Every problem that would show a user a missing or broken message: a key one shipped language
 * lacks (or has extra), an empty string, an empty or shorter step list, different `{placeholders}`.
 */
function findProblems(tables: Record<string, Node>): string[] {
  const problems: string[] = [];
  const langs = Object.keys(tables);
  const walk = (path: string, nodes: Record<string, Node | undefined>) => {
    const present = langs.filter((lang) => nodes[lang] !== undefined);
    for (const lang of langs) if (nodes[lang] === undefined) problems.push(`${path}: missing in ${lang}`);
    if (present.length === 0) return;
    const kinds = new Set(present.map((lang) => kindOf(nodes[lang])));
    if (kinds.size > 1) {
      problems.push(`${path}: different shapes across languages (${[...kinds].join(', ')})`);
      return;
    }
    const [kind] = kinds;
    if (kind === 'string' || kind === 'list') {
      const texts = Object.fromEntries(present.map((lang) => [lang, asList(nodes[lang])]));
      for (const lang of present) {
        const list = texts[lang] ?? [];
        if (list.length === 0) problems.push(`${path}: empty list in ${lang}`);
        list.forEach((text, i) => {
          if (!text.trim()) problems.push(`${path}${kind === 'list' ? `[${i}]` : ''}: empty in ${lang}`);
        });
      }
      const [first, ...rest] = present;
      for (const lang of rest) {
        const a = texts[first as string] ?? [];
        const b = texts[lang] ?? [];
        if (a.length !== b.length)
          problems.push(`${path}: ${a.length} steps in ${first}, ${b.length} in ${lang}`);
        if (placeholders(a.join(' ')) !== placeholders(b.join(' '))) {
          problems.push(`${path}: placeholders differ between ${first} and ${lang}`);
        }
      }
      return;
    }
    const keys = new Set(present.flatMap((lang) => Object.keys(nodes[lang] as Tree)));
    for (const key of keys) {
      walk(`${path}.${key}`, Object.fromEntries(present.map((lang) => [lang, (nodes[lang] as Tree)[key]])));
    }
  };
  walk('messages', tables);
  return problems;
}

function kindOf(node: Node | undefined): 'string' | 'list' | 'tree' {
  if (typeof node === 'string') return 'string';
  return Array.isArray(node) ? 'list' : 'tree';
}

function asList(node: Node | undefined): readonly string[] {
  return typeof node === 'string' ? [node] : (node as readonly string[]);
}

function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
}

describe('the message table is complete in every shipped language', () => {
  it('ships English, both Portugueses, Spanish and French, each with a whole table', () => {
    expect(LANGS).toEqual(expect.arrayContaining(['en', 'pt-PT', 'pt-BR', 'es', 'fr']));
    expect(Object.keys(allMessages).sort()).toEqual([...LANGS].sort());
  });

  it('has no missing, empty or mismatched message in any domain', () => {
    const tables = Object.fromEntries(LANGS.map((lang) => [lang, allMessages[lang] as unknown as Tree]));
    expect(findProblems(tables)).toEqual([]);
  });

  it.each(LANGS.filter((lang) => lang !== 'en').map((lang) => [lang]))(
    'is translated in %s, not English left in place (only names and codes may read the same)',
    (lang) => {
      const flat = (node: Node, path = ''): Array<[string, string]> =>
        typeof node === 'string'
          ? [[path, node]]
          : Array.isArray(node)
            ? node.map((text, i) => [`${path}[${i}]`, text] as [string, string])
            : Object.entries(node as Tree).flatMap(([key, child]) => flat(child, `${path}.${key}`));
      const english = new Map(flat(allMessages.en as unknown as Tree));
      const texts = flat(allMessages[lang as Lang] as unknown as Tree);
      // A sentence (four words or more) identical to English is English left in place.
      // Names and placeholders aside, four words or more identical to English is English left in place.
      const words = (text: string) =>
        text
          .replace(/\{\w+\}|Web Config|OAuth Assistant|Epson Print Admin Serverless|For My Email/g, ' ')
          .split(/\s+/)
          .filter((word) => /\p{L}{2}/u.test(word)).length;
      const untranslated = texts.filter(([key, text]) => english.get(key) === text && words(text) >= 4);
      expect(untranslated.map(([key]) => key)).toEqual([]);
      const same = texts.filter(([key, text]) => english.get(key) === text).length;
      expect(same / texts.length).toBeLessThan(0.12);
    },
  );

  it.each(LANGS.map((lang) => [lang]))('has a catalog entry for every cause id in %s', (lang) => {
    const causes = allMessages[lang as Lang].causes.cause as Record<string, unknown>;
    for (const id of CAUSE_IDS) {
      expect(causes[id], `${lang}: ${id}`).toMatchObject({
        title: expect.any(String),
        explanation: expect.any(String),
        remedy: expect.any(Array),
      });
    }
    expect(Object.keys(causes).sort()).toEqual([...CAUSE_IDS].sort());
  });
});

describe('the completeness check itself finds what it should', () => {
  it('reports a missing key, an empty string, an empty list, a short list and a placeholder mismatch', () => {
    const problems = findProblems({
      en: {
        a: { title: 'Hello {name}', remedy: ['one', 'two'], only: 'x' },
        b: 'Bye',
        c: ['step'],
      },
      pt: {
        a: { title: 'Olá {nome}', remedy: ['um'] },
        b: ' ',
        c: [],
      },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'messages.a.only: missing in pt',
        'messages.b: empty in pt',
        'messages.c: empty list in pt',
        'messages.a.remedy: 2 steps in en, 1 in pt',
        'messages.a.title: placeholders differ between en and pt',
      ]),
    );
  });

  it('reports a whole domain missing from a language', () => {
    expect(findProblems({ en: { causes: { x: 'y' } }, pt: {} })).toContain('messages.causes: missing in pt');
  });
});
