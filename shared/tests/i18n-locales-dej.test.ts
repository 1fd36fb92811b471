import { describe, expect, it } from 'vitest';
import type { Tree } from '../src/i18n/define.ts';
import deAgent from '../src/i18n/locales/de/agent.ts';
import deCauses from '../src/i18n/locales/de/causes.ts';
import deGuide from '../src/i18n/locales/de/guide.ts';
import deSheet from '../src/i18n/locales/de/sheet.ts';
import deTenant from '../src/i18n/locales/de/tenant.ts';
import deUi from '../src/i18n/locales/de/ui.ts';
import itAgent from '../src/i18n/locales/it/agent.ts';
import itCauses from '../src/i18n/locales/it/causes.ts';
import itGuide from '../src/i18n/locales/it/guide.ts';
import itSheet from '../src/i18n/locales/it/sheet.ts';
import itTenant from '../src/i18n/locales/it/tenant.ts';
import itUi from '../src/i18n/locales/it/ui.ts';
import jaAgent from '../src/i18n/locales/ja/agent.ts';
import jaCauses from '../src/i18n/locales/ja/causes.ts';
import jaGuide from '../src/i18n/locales/ja/guide.ts';
import jaSheet from '../src/i18n/locales/ja/sheet.ts';
import jaTenant from '../src/i18n/locales/ja/tenant.ts';
import jaUi from '../src/i18n/locales/ja/ui.ts';
import agent from '../src/i18n/messages/agent.ts';
import causes from '../src/i18n/messages/causes.ts';
import guide from '../src/i18n/messages/guide.ts';
import sheet from '../src/i18n/messages/sheet.ts';
import tenant from '../src/i18n/messages/tenant.ts';
import ui from '../src/i18n/messages/ui.ts';

/**
 * The German, Italian and Japanese tables (shared/src/i18n/locales/<lang>/<domain>.ts) against
 * English: every key, the same `{placeholders}`, lists of the same length, no empty text, bold
 * markup balanced, and translated rather than English left in place. Until the lead wires these
 * files into LANGS, this is their completeness test; afterwards i18n.test.ts checks them too.
 */
type Node = Tree[string] | undefined;

const english: Record<string, Tree> = {
  agent: agent.en,
  causes: causes.en,
  guide: guide.en,
  sheet: sheet.en,
  tenant: tenant.en,
  ui: ui.en,
};

const locales: Record<string, Record<string, Tree>> = {
  de: { agent: deAgent, causes: deCauses, guide: deGuide, sheet: deSheet, tenant: deTenant, ui: deUi },
  it: { agent: itAgent, causes: itCauses, guide: itGuide, sheet: itSheet, tenant: itTenant, ui: itUi },
  ja: { agent: jaAgent, causes: jaCauses, guide: jaGuide, sheet: jaSheet, tenant: jaTenant, ui: jaUi },
};

function placeholders(text: string): string {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
}

function kindOf(node: Node): 'missing' | 'string' | 'list' | 'tree' {
  if (node === undefined) return 'missing';
  if (typeof node === 'string') return 'string';
  return Array.isArray(node) ? 'list' : 'tree';
}

/** Every difference between a translation and English that would show a reader a broken message. */
function compare(en: Node, tr: Node, path = ''): string[] {
  const kind = kindOf(en);
  const trKind = kindOf(tr);
  if (trKind === 'missing') return [`${path}: missing`];
  if (kind !== trKind) return [`${path}: is a ${trKind}, English has a ${kind}`];
  if (kind === 'tree') {
    const a = en as Tree;
    const b = tr as Tree;
    const problems = Object.keys(a).flatMap((key) => compare(a[key], b[key], `${path}.${key}`));
    for (const key of Object.keys(b)) if (!(key in a)) problems.push(`${path}.${key}: not in English`);
    return problems;
  }
  const a = kind === 'string' ? [en as string] : (en as readonly string[]);
  const b = kind === 'string' ? [tr as string] : (tr as readonly string[]);
  const problems: string[] = [];
  if (a.length !== b.length) problems.push(`${path}: ${b.length} items, English has ${a.length}`);
  b.forEach((text, i) => {
    const at = kind === 'list' ? `${path}[${i}]` : path;
    if (!text.trim()) problems.push(`${at}: empty`);
    if ((text.match(/\*\*/g) ?? []).length % 2 !== 0) problems.push(`${at}: unbalanced **`);
    if (kind === 'list' && a[i] !== undefined && placeholders(a[i] as string) !== placeholders(text))
      problems.push(
        `${at}: placeholders {${placeholders(text)}}, English has {${placeholders(a[i] as string)}}`,
      );
  });
  if (kind === 'string' && placeholders(a[0] as string) !== placeholders(b[0] as string))
    problems.push(
      `${path}: placeholders {${placeholders(b[0] as string)}}, English has {${placeholders(a[0] as string)}}`,
    );
  return problems;
}

function leaves(node: Node, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.map((text, i) => [`${path}[${i}]`, text] as [string, string]);
  return Object.entries((node ?? {}) as Tree).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

describe.each(Object.keys(locales))('the %s message tables', (lang) => {
  it.each(Object.keys(english))('%s has every English key, placeholder and list item', (domain) => {
    expect(compare(english[domain], locales[lang]?.[domain], `${lang}.${domain}`)).toEqual([]);
  });

  it.each(Object.keys(english))('%s is translated, not English left in place', (domain) => {
    const en = new Map(leaves(english[domain]));
    const tr = leaves(locales[lang]?.[domain]);
    // Words that read the same in every language: product names, codes, commands, placeholders only.
    const same = tr.filter(
      ([key, text]) => en.get(key) === text && /\b[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}\b/.test(text),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe('the comparison finds what it should', () => {
  const en: Tree = {
    a: { title: 'Hello {name}', remedy: ['one {x}', 'two'], only: 'x' },
    b: 'Bye **Now**',
    c: 'Later',
  };

  it('reports a missing key, a short list, an empty text, a placeholder mismatch and unbalanced bold', () => {
    const problems = compare(
      en,
      { a: { title: 'Hallo {nome}', remedy: ['eins {y}'] }, b: ' ', c: 'Später **' },
      'x',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'x.a.title: placeholders {nome}, English has {name}',
        'x.a.remedy: 1 items, English has 2',
        'x.a.remedy[0]: placeholders {y}, English has {x}',
        'x.a.only: missing',
        'x.b: empty',
        'x.c: unbalanced **',
      ]),
    );
  });

  it('reports a whole domain missing, a key English lacks and a list given as a string', () => {
    expect(compare(en, undefined, 'x')).toEqual(['x: missing']);
    expect(
      compare(
        en,
        { a: { title: 'Hallo {name}', remedy: 'eins', only: 'y', extra: 'z' }, b: 'Tschüss', c: 'Später' },
        'x',
      ),
    ).toEqual(['x.a.remedy: is a string, English has a list', 'x.a.extra: not in English']);
  });

  it('passes a complete translation', () => {
    expect(
      compare(en, {
        a: { title: 'Hallo {name}', remedy: ['eins {x}', 'zwei'], only: 'y' },
        b: 'Tschüss **Jetzt**',
        c: 'Später',
      }),
    ).toEqual([]);
  });
});
