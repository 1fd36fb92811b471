import { describe, expect, it } from 'vitest';
import {
  CAUSE_IDS,
  CAUSES,
  describeCause,
  describeJobCode,
  EPSON_GUIDE,
  explain,
  jobCodeText,
} from '../src/diagnosis/index.ts';
import { LANGS } from '../src/i18n/index.ts';

describe('the cause catalog', () => {
  it('gives every cause a source, a severity and who fixes it', () => {
    expect(Object.keys(CAUSES).sort()).toEqual([...CAUSE_IDS].sort());
    for (const id of CAUSE_IDS) {
      const { source, severity, fixedBy } = CAUSES[id];
      expect(source === EPSON_GUIDE || /^https:\/\/(learn\.microsoft\.com|aka\.ms)\//.test(source), id).toBe(
        true,
      );
      expect(['blocker', 'warning', 'info']).toContain(severity);
      expect(['tenant', 'printer', 'network', 'admin']).toContain(fixedBy);
    }
  });

  it('has words for every cause in every language, different per language', () => {
    for (const id of CAUSE_IDS) {
      const en = describeCause(id, 'en');
      for (const lang of LANGS) {
        const entry = describeCause(id, lang);
        expect(entry.title.length, `${lang} ${id}`).toBeGreaterThan(5);
        expect(entry.remedy.length, `${lang} ${id}`).toBeGreaterThan(0);
        if (lang !== 'en') expect(entry.title, `${lang} ${id} is untranslated`).not.toBe(en.title);
      }
    }
  });

  it('gives the remedies the field needs: PowerShell, admin-center paths, Web Config path', () => {
    const remedy = (id: (typeof CAUSE_IDS)[number]) => describeCause(id, 'en').remedy.join('\n');
    expect(remedy('smtp-auth-disabled')).toContain(
      'Set-CASMailbox -Identity <account> -SmtpClientAuthenticationDisabled $false',
    );
    expect(remedy('smtp-auth-disabled')).toContain(
      'Set-TransportConfig -SmtpClientAuthenticationDisabled $false',
    );
    expect(remedy('smtp-auth-disabled')).toContain('Authenticated SMTP');
    expect(remedy('wrong-port')).toContain('Network > Email Server > Basic');
    expect(remedy('oauth-not-supported')).toMatch(/firmware[\s\S]*direct send[\s\S]*connector/);
    expect(describeCause('smtp-auth-disabled', 'pt-PT').remedy.join('\n')).toContain('Set-CASMailbox');
  });
});

describe('Epson job codes', () => {
  it('maps only the documented codes', () => {
    expect(describeJobCode(360)).toEqual({ code: 360, documented: true, cause: 'service-unreachable' });
    expect(describeJobCode(361)).toEqual({ code: 361, documented: true, cause: 'sign-in-expired' });
    expect(describeJobCode(370)).toEqual({ code: 370, documented: true, cause: 'sign-in-required' });
    expect(describeJobCode(311)).toEqual({ code: 311, documented: false });
  });

  it('shows an undocumented code without inventing a meaning, in each language', () => {
    expect(jobCodeText(311, 'en')).toMatch(/^Error code 311: .*does not document.*manual/);
    expect(jobCodeText(311, 'pt-PT')).toMatch(/^Código de erro 311: .*manual da impressora/);
    expect(jobCodeText(360, 'pt-PT')).toBe(`360: ${describeCause('service-unreachable', 'pt-PT').title}`);
    expect(explain('Error code 311')).toEqual([]);
  });
});
