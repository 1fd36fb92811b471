import { describe, expect, it } from 'vitest';
import { envLang, parseLang, pickLang } from '../src/i18n/index.ts';

describe('choosing the language', () => {
  it('keeps the two Portugueses apart and reads regional tags as their language', () => {
    expect(pickLang('pt-BR')).toBe('pt-BR');
    expect(pickLang('pt-PT')).toBe('pt-PT');
    expect(pickLang('pt-AO')).toBe('pt-PT');
    expect(pickLang('pt-Latn-BR')).toBe('pt-BR');
    expect(pickLang('es-MX')).toBe('es');
    expect(pickLang('es-419')).toBe('es');
    expect(pickLang('fr-CA')).toBe('fr');
    expect(pickLang('en-GB')).toBe('en');
    expect(pickLang('FR_be')).toBe('fr');
  });

  it('gives a page that says only "pt" the variant a later candidate names, else Portugal’s', () => {
    expect(pickLang('pt', 'pt-BR')).toBe('pt-BR');
    expect(pickLang('pt', 'en-US', 'pt-PT')).toBe('pt-PT');
    expect(pickLang('pt', 'en-US')).toBe('pt-PT');
    expect(pickLang('pt')).toBe('pt-PT');
  });

  it('skips what it does not ship (page first, then browser), English last', () => {
    expect(pickLang('ko', 'zh-Hans', 'fr-FR')).toBe('fr');
    expect(pickLang(null, undefined, '', 'es')).toBe('es');
    expect(pickLang('ko', 'ru')).toBe('en');
    expect(pickLang()).toBe('en');
    expect(pickLang('not a tag at all', '*')).toBe('en');
  });

  it('reads POSIX locales with POSIX precedence (LC_ALL, LC_MESSAGES, LANG)', () => {
    expect(envLang({ LANG: 'pt_BR.UTF-8' })).toBe('pt-BR');
    expect(envLang({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' })).toBe('es');
    expect(envLang({ LANG: 'es_ES.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(envLang({ LANG: 'fr_FR@euro', LC_ALL: '' })).toBe('fr');
    expect(envLang({})).toBe('en');
  });

  it('accepts what a person types for --lang, and refuses what it does not ship', () => {
    expect(parseLang('pt')).toBe('pt-PT');
    expect(parseLang('pt_br')).toBe('pt-BR');
    expect(parseLang('ES')).toBe('es');
    expect(parseLang('fr-CA')).toBe('fr');
    expect(parseLang('xx')).toBeUndefined();
    expect(parseLang('')).toBeUndefined();
  });
});
