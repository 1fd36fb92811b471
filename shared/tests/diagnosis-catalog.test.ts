import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { CAUSES, describeCause, EPSON_GUIDE } from '../src/diagnosis/catalog.ts';
import { CAUSE_IDS } from '../src/diagnosis/cause-ids.ts';
import causesData from '../src/diagnosis/causes.json' with { type: 'json' };
import { explain } from '../src/diagnosis/explain.ts';
import { describeJobCode, epsonJobCodeText, jobCodeLines, jobCodeText } from '../src/diagnosis/job-codes.ts';
import { LANGS, type Lang } from '../src/i18n/index.ts';

describe('the cause catalog', () => {
  it('gives every cause a source, a severity and who fixes it', () => {
    expect(Object.keys(CAUSES).sort()).toEqual([...CAUSE_IDS].sort());
    for (const id of CAUSE_IDS) {
      const { source, severity, fixedBy } = CAUSES[id];
      expect(
        source === EPSON_GUIDE ||
          /^https:\/\/(learn\.microsoft\.com|aka\.ms|www\.rfc-editor\.org)\//.test(source),
        id,
      ).toBe(true);
      expect(['blocker', 'warning', 'info']).toContain(severity);
      expect(['tenant', 'printer', 'network', 'admin']).toContain(fixedBy);
    }
  });

  it('reads causes.json as written: each cause under one source, typed words, dated checks', () => {
    const CauseIdSchema = z.enum(CAUSE_IDS);
    const Row = z.strictObject({
      severity: z.enum(['blocker', 'warning', 'info']),
      fixedBy: z.enum(['tenant', 'printer', 'network', 'admin']),
    });
    const File = z.strictObject({
      sources: z.record(z.string().min(1), z.partialRecord(CauseIdSchema, Row)),
      checked: z.record(z.iso.date(), z.array(CauseIdSchema)),
    });
    const data = File.parse(causesData);
    const listed = Object.values(data.sources).flatMap((rows) => Object.keys(rows));
    expect(listed.sort()).toEqual([...CAUSE_IDS].sort());
    const checked = Object.values(data.checked).flat();
    expect(new Set(checked).size).toBe(checked.length);
    expect(Object.keys(data.sources)).toContain(EPSON_GUIDE);
    for (const [source, rows] of Object.entries(data.sources)) {
      for (const [id, row] of Object.entries(rows)) {
        const day = Object.keys(data.checked).find((d) => data.checked[d]?.includes(id as never));
        expect(CAUSES[id as (typeof CAUSE_IDS)[number]], id).toEqual({
          source,
          ...row,
          ...(day && { checked: day }),
        });
      }
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

describe('the catalog says what is true today (issue 9, FACTS.md §6)', () => {
  const words = (id: (typeof CAUSE_IDS)[number], lang: Lang) => {
    const c = describeCause(id, lang);
    return [c.title, c.explanation, ...c.remedy].join('\n');
  };

  it('dates the sources of the facts that change, and gives every added id its words in en and pt', () => {
    // The ids issue 9 added stand together in CAUSE_IDS, from scope-invalid to direct-send-rejected.
    const added = CAUSE_IDS.slice(
      CAUSE_IDS.indexOf('scope-invalid'),
      CAUSE_IDS.indexOf('direct-send-rejected') + 1,
    );
    expect(added).toHaveLength(8);
    for (const id of [...added, 'basic-auth-rejected', 'oauth-not-supported'] as const) {
      expect(CAUSES[id].checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const id of added) {
      for (const lang of ['en', 'pt-PT'] as const) {
        const c = describeCause(id, lang);
        expect(c.explanation.length, `${lang} ${id}`).toBeGreaterThan(40);
        expect(c.remedy.length, `${lang} ${id}`).toBeGreaterThan(0);
      }
    }
  });

  it('states the SMTP AUTH Basic timeline of MC786329 and what comes after removal', () => {
    const en = words('basic-auth-retiring', 'en');
    expect(en).toMatch(/end of December 2026/);
    expect(en).toMatch(/second half of 2027/);
    expect(en).toContain('550 5.7.30');
    expect(en).not.toMatch(/March 2026/);
    expect(words('basic-auth-retiring', 'pt-PT')).toMatch(
      /fim de dezembro de 2026[\s\S]*segundo semestre de 2027/,
    );
    expect(words('basic-auth-rejected', 'en')).toMatch(/end of December 2026/);
  });

  it('gives printers without OAuth2 firmware the routes that exist: HVE until September 2028, relay, Direct Send', () => {
    for (const id of ['oauth-not-supported', 'basic-auth-retiring'] as const) {
      const en = words(id, 'en');
      expect(en, id).toMatch(/High Volume Email[\s\S]*September 2028/);
      expect(en, id).toMatch(/connector/);
      expect(en, id).toMatch(/Reject Direct Send/);
      expect(words(id, 'pt-PT'), id).toMatch(/setembro de 2028[\s\S]*Reject Direct Send/);
    }
    expect(words('oauth-not-supported', 'en')).toMatch(/September 2025/);
  });

  it('gives an untrusted chain both remedies: the PC behind the proxy and the printer', () => {
    for (const lang of ['en', 'pt-PT'] as const) {
      const text = words('certificate-invalid', lang);
      expect(text).toContain('tls.caFile');
      expect(text).toMatch(
        /Web Config > (Network Security|Segurança de rede) > (CA Certificate|Certificado CA)/,
      );
    }
  });
});

describe('Epson job codes', () => {
  it('maps only the documented codes', () => {
    expect(describeJobCode(360)).toEqual({ code: 360, documented: true, cause: 'service-unreachable' });
    expect(describeJobCode(361)).toEqual({ code: 361, documented: true, cause: 'sign-in-expired' });
    expect(describeJobCode(370)).toEqual({ code: 370, documented: true, cause: 'sign-in-required' });
    expect(describeJobCode(311)).toEqual({ code: 311, documented: false });
  });

  it('shows Epson’s own state and solution first, then our cause; 361 is not worded as 370', () => {
    for (const lang of ['en', 'pt-PT'] as const) {
      const [first361, likely361] = jobCodeLines(361, lang);
      const [first370] = jobCodeLines(370, lang);
      expect(first361).toContain(epsonJobCodeText(361, lang)?.state);
      expect(first361).toContain(epsonJobCodeText(361, lang)?.solution);
      expect(likely361).toContain(describeCause('sign-in-expired', lang).title);
      expect(epsonJobCodeText(361, lang)?.state).not.toBe(epsonJobCodeText(370, lang)?.state);
      expect(epsonJobCodeText(361, lang)?.solution).not.toBe(epsonJobCodeText(370, lang)?.solution);
      expect(first370).toContain(epsonJobCodeText(370, lang)?.state);
    }
    // The guide's table, verbatim, in the printer's language.
    expect(epsonJobCodeText(361, 'pt-PT')).toEqual({
      state: 'A ligação ao serviço de nuvem ou ao serviço de correio eletrónico expirou.',
      solution: 'Ligar ao serviço de nuvem ou ao serviço de correio eletrónico.',
    });
    expect(epsonJobCodeText(370, 'pt-PT')?.state).toBe(
      'É necessário iniciar sessão no serviço de nuvem novamente.',
    );
    expect(epsonJobCodeText(311, 'en')).toBeNull();
  });

  it('shows an undocumented code without inventing a meaning, in each language', () => {
    expect(jobCodeText(311, 'en')).toMatch(/^Error code 311: .*does not document.*manual/);
    expect(jobCodeText(311, 'pt-PT')).toMatch(/^Código de erro 311: .*manual da impressora/);
    // Issue 9: Epson's own state and solution first, then our likely cause.
    expect(jobCodeText(360, 'pt-PT')).toBe(
      `Código de erro 360: Sem ligação ao serviço de nuvem ou ao serviço de correio eletrónico. Solução da Epson: Ligar ao serviço de nuvem ou ao serviço de correio eletrónico. Causas prováveis: ${describeCause('service-unreachable', 'pt-PT').title}`,
    );
    expect(explain('Error code 311')).toEqual([]);
  });
});
