import { describe, expect, it } from 'vitest';
import { allMessages, type Lang, type Tree } from '../src/i18n/index.ts';
import { quotePageLabels } from '../src/webconfig/index.ts';

/** Every string of a language's whole table, with its key. */
function leaves(node: Tree[string], path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (Array.isArray(node)) return node.map((text, i) => [`${path}[${i}]`, text] as [string, string]);
  return Object.entries(node as Tree).flatMap(([key, child]) => leaves(child, `${path}.${key}`));
}

/** Prose only: Microsoft's English menu names (kept as the admin center shows them untranslated) and code go. */
function prose(text: string): string {
  return text.replace(/"[^"]*"|`[^`]*`|https?:\/\/\S+/g, ' ');
}

const word = (list: string) => new RegExp(`(?<!\\p{L})(?:${list})(?!\\p{L})`, 'iu');

/** Words and forms only Brazil uses, which a reader in Portugal stumbles on. */
const BRAZIL_ONLY = word(
  'tela|telas|arquivos?|contate|registros?|equipe|celular|usuários?|senhas?|você|vocês|aplicativos?|gerenciar|conectado|status atual|(?:está|estão|estou) \\p{L}+ndo|aguardando|enviando|carregando',
);
/** Words, spellings and the progressive "a + infinitive" only Portugal uses. */
const PORTUGAL_ONLY = word(
  'ecrã|ficheiros?|contacte|registos?|equipa|telemóvel|utilizador(?:es)?|palavras?-passe|aplicaç(?:ão|ões)|gerir|sessão iniciada|iniciar sessão|inicie sessão|estado actual|definições|(?:está|estão|a) a \\p{L}+ar',
);

function offenders(lang: Lang, pattern: RegExp): string[] {
  return leaves(allMessages[lang] as unknown as Tree)
    .filter(([, text]) => pattern.test(prose(text)))
    .map(([key, text]) => `${key}: ${text.match(pattern)?.[0]} in “${text.slice(0, 80)}”`);
}

describe('pt-PT and pt-BR are each one country’s Portuguese', () => {
  it('the patterns bite (accents defeat a plain \\b)', () => {
    for (const text of [
      'o ecrã inicial',
      'Contacte-nos',
      'os utilizadores',
      'está a carregar',
      'a palavra-passe',
    ]) {
      expect(text).toMatch(PORTUGAL_ONLY);
    }
    for (const text of ['na tela', 'os usuários', 'está carregando', 'a senha', 'Você pode']) {
      expect(text).toMatch(BRAZIL_ONLY);
    }
    expect('telas').toMatch(BRAZIL_ONLY);
  });

  it('pt-PT uses no Brazilian words (tela, arquivo, usuário, senha, aplicativo, Conectado…)', () => {
    expect(offenders('pt-PT', BRAZIL_ONLY)).toEqual([]);
  });

  it('pt-BR uses no European words (ecrã, ficheiro, utilizador, palavra-passe, aplicação, Sessão iniciada…)', () => {
    expect(offenders('pt-BR', PORTUGAL_ONLY)).toEqual([]);
  });

  it('each quotes its own printers’ labels', () => {
    // pt-PT: the Epson guide's own words. pt-BR: no Brazilian Web Config text is verified, so the
    // table says the English label and the overlay quotes a Brazilian page's own words.
    const ptGuide = JSON.stringify(allMessages['pt-PT'].guide);
    expect(ptGuide).toContain('**Estado actual** mostra **Sessão iniciada**');
    const brLine = allMessages['pt-BR'].guide.steps['save-settings'].action[0] ?? '';
    expect(brLine).toContain('**Current Status** mostra **Signed in**');
    const brPage = 'Rede > Servidor de e-mail > Básico\nStatus atual :\nConectado\nConta autenticada :';
    expect(quotePageLabels(brLine, brPage, 'pt-BR')).toContain('**Status atual** mostra **Conectado**');
    expect(allMessages['pt-BR'].sheet.email.currentStatus).toBe('Status atual');
    expect(allMessages['pt-PT'].sheet.email.currentStatus).toBe('Estado actual');
  });
});
