import { describe, expect, it } from 'vitest';
import { isTenantCause, pageCauses, printerCauses } from '../src/diagnosis/printer-causes.ts';
import { VARIANTS } from '../src/guide/variants.ts';
import { dateLocale, daysSince, MAIL_INACTIVITY, mailAlert } from '../src/protocol/mail-age.ts';
import { GUIDE_PAGES, MAIL_SETTINGS_PAGES, TEST_MAIL_PAGES } from '../src/webconfig/page-kinds.ts';
import { PAGE_KINDS } from '../src/webconfig/page-model.ts';
import { pageModel } from './guide-model.ts';

/** Settings that lint flags twice: a password to Microsoft on the wrong port. */
const wrong = { authMethod: 'smtp-auth', smtpServer: 'smtp.office365.com', smtpPort: 25 } as const;

describe('page kinds', () => {
  it('the mail settings pages are exactly the guide variants’ pages; the guide adds the login page', () => {
    expect([...MAIL_SETTINGS_PAGES].sort()).toEqual(
      Object.values(VARIANTS)
        .map((v) => v.page)
        .sort(),
    );
    expect([...GUIDE_PAGES].sort()).toEqual([...MAIL_SETTINGS_PAGES, 'login'].sort());
    for (const set of [MAIL_SETTINGS_PAGES, GUIDE_PAGES, TEST_MAIL_PAGES])
      for (const page of set) expect(PAGE_KINDS).toContain(page);
  });
});

describe('a page’s causes', () => {
  it('lints the mail settings on every settings page, and nowhere else', () => {
    for (const kind of PAGE_KINDS) {
      const settings = pageCauses(pageModel(kind, wrong)).settings;
      if (MAIL_SETTINGS_PAGES.has(kind)) expect(settings).toEqual(['basic-auth-retiring', 'wrong-port']);
      else expect(settings).toEqual([]);
    }
  });

  it('counts job codes with their documented causes, unknown codes without one', () => {
    const jobs = pageCauses(pageModel('job-history', { errorCodes: [370, 370, 9999] })).jobCodes;
    expect(jobs).toEqual([
      { code: 370, count: 2, cause: expect.any(String) },
      { code: 9999, count: 1, cause: null },
    ]);
  });
});

describe('the blocking rule', () => {
  it('a finding is a cause when it blocks or warns, is enforced and was read', () => {
    expect(isTenantCause({ severity: 'blocker', outcome: 'problem' })).toBe(true);
    expect(isTenantCause({ severity: 'warning', outcome: 'missing' })).toBe(true);
    expect(isTenantCause({ severity: 'info', outcome: 'report-only' })).toBe(false);
    expect(isTenantCause({ severity: 'warning', outcome: 'report-only' })).toBe(false);
    expect(isTenantCause({ severity: 'warning', outcome: 'unreadable' })).toBe(false);
  });
});

describe('a printer’s causes', () => {
  it('takes each once, settings pages first, then the failed test mail, the jobs and the tenant', () => {
    const causes = printerCauses({
      pages: [
        pageModel('job-history', { errorCodes: [370] }),
        pageModel('fax-server-email', wrong),
        pageModel('network-status', wrong),
      ],
      failedTestMail: ['wrong-port', 'not-a-cause'],
      tenantFindings: [
        { causeId: 'security-defaults-on', severity: 'blocker', outcome: 'problem' },
        { causeId: 'conditional-access-blocked', severity: 'blocker', outcome: 'problem', subject: 'A' },
        { causeId: 'conditional-access-blocked', severity: 'blocker', outcome: 'problem', subject: 'B' },
        { causeId: 'mfa-required', severity: 'info', outcome: 'report-only', subject: 'C' },
        { causeId: 'admin-role-missing', severity: 'warning', outcome: 'unreadable' },
      ],
    });
    expect(causes.map((c) => `${c.id}:${c.origin}`)).toEqual([
      'basic-auth-retiring:page',
      'wrong-port:page',
      `${causes[2]?.id}:jobs`,
      'security-defaults-on:tenant',
      'conditional-access-blocked:tenant',
    ]);
    expect(causes.find((c) => c.id === 'conditional-access-blocked')?.subjects).toEqual(['A', 'B']);
  });
});

describe('mail age', () => {
  it('counts whole days, never negative, and alerts from day 60 and 90', () => {
    const now = new Date('2026-03-31T12:00:00Z');
    expect(daysSince('2026-03-30T12:00:01Z', now)).toBe(0);
    expect(daysSince('2026-03-30T12:00:00Z', now)).toBe(1);
    expect(daysSince('2026-04-01T00:00:00Z', now)).toBe(0);
    expect(mailAlert(null)).toBe('none');
    expect(mailAlert(MAIL_INACTIVITY.warnDays - 1)).toBe('none');
    expect(mailAlert(MAIL_INACTIVITY.warnDays)).toBe('warning');
    expect(mailAlert(MAIL_INACTIVITY.lapseDays - 1)).toBe('warning');
    expect(mailAlert(MAIL_INACTIVITY.lapseDays)).toBe('lapsed');
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('pt-BR')).toBe('pt-BR');
  });
});
