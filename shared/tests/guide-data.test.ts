import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../src/diagnosis/cause-ids.ts';
import {
  PREREQUISITE_IDS,
  PREREQUISITES,
  pagePrerequisites,
  prerequisitesFor,
} from '../src/guide/prerequisites.ts';
import { isStepId, MICROSOFT_STEPS, STEP_IDS } from '../src/guide/steps.ts';
import { prerequisiteText, stepText } from '../src/guide/text.ts';
import { isVariantId, stepOf, VARIANT_IDS, VARIANTS, variantForPage } from '../src/guide/variants.ts';
import { format, LANGS, messagesFor } from '../src/i18n/index.ts';
import { PAGE_KINDS } from '../src/webconfig/page-model.ts';
import { pageModel } from './guide-model.ts';

describe('the 12 steps (a contract: data-step carries these ids)', () => {
  it('Email Server has the Epson guide’s 12 steps in order, then the confirm page’s OK', () => {
    // STEP_IDS lists the guide's 12 steps first, in the guide's order; the variant walks them all.
    const guide = STEP_IDS.slice(0, STEP_IDS.indexOf('save-settings') + 1);
    expect(guide).toHaveLength(12);
    expect(guide[0]).toBe('open-webconfig');
    expect(VARIANTS['email-server'].steps.map((s) => s.id)).toEqual([...guide, 'confirm-save']);
  });

  it('every id is kebab-case, unique, and used by some variant', () => {
    expect(new Set(STEP_IDS).size).toBe(STEP_IDS.length);
    for (const id of STEP_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const used = new Set(Object.values(VARIANTS).flatMap((v) => v.steps.map((s) => s.id)));
    expect([...used].sort()).toEqual([...STEP_IDS].sort());
    for (const variant of Object.values(VARIANTS)) {
      const ids = variant.steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('steps happen on real page kinds or on Microsoft’s pages, and Microsoft’s steps finish with Signed in', () => {
    for (const variant of Object.values(VARIANTS)) {
      expect(PAGE_KINDS).toContain(variant.page);
      for (const step of variant.steps) {
        expect([...PAGE_KINDS, 'microsoft']).toContain(step.place);
        if (step.place === 'microsoft') {
          expect(MICROSOFT_STEPS).toContain(step.id);
          expect(step.completion).toBe('signed-in');
          expect(step.target).toBeNull();
        }
      }
    }
  });

  it('outlines the field each Web Config step is about', () => {
    const targets = Object.fromEntries(VARIANTS['email-server'].steps.map((s) => [s.id, s.target]));
    expect(targets).toMatchObject({
      'choose-oauth2': 'authMethod',
      'choose-service': 'emailService',
      'sign-in': 'sign-in-button',
      'save-settings': 'ok-button',
      'confirm-save': 'ok-button',
    });
  });

  it('guards tell ids from anything else read from storage or the DOM', () => {
    expect(isStepId('save-settings')).toBe(true);
    expect(isStepId('Save-Settings')).toBe(false);
    expect(isStepId(undefined)).toBe(false);
    expect(isVariantId('fax-server')).toBe(true);
    expect(isVariantId('fax')).toBe(false);
    expect(stepOf('serverless', 'consent')?.text).toBe('serverless-consent');
    expect(stepOf('serverless', 'save-settings')).toBeUndefined();
  });

  it('fax runs the same ids on its own page; the variant follows the page kind', () => {
    expect(VARIANTS['fax-server'].steps.map((s) => s.id)).toEqual(
      VARIANTS['email-server'].steps.map((s) => s.id),
    );
    expect(VARIANTS['fax-server'].steps.some((s) => s.place === 'email-server-basic')).toBe(false);
    expect(variantForPage('email-server-basic')).toBe('email-server');
    expect(variantForPage('fax-server-email')).toBe('fax-server');
    expect(variantForPage('print-admin-serverless')).toBe('serverless');
    expect(variantForPage('job-history')).toBeNull();
  });
});

describe('prerequisites', () => {
  it('cover the Epson guide’s list and what the tenant pre-flight checks, each with a cause id', () => {
    expect(PREREQUISITES.map((p) => p.id)).toEqual([...PREREQUISITE_IDS]);
    const byId = Object.fromEntries(PREREQUISITES.map((p) => [p.id, p]));
    expect(byId['tenant-smtp-auth']).toMatchObject({
      where: 'exchange-admin-center',
      missingCause: 'smtp-auth-disabled',
    });
    expect(byId['security-defaults-off']).toMatchObject({
      missingCause: 'security-defaults-on',
      verification: 'graph',
    });
    expect(byId['mailbox-smtp-auth']).toMatchObject({
      where: 'microsoft-365-admin-center',
      missingCause: 'smtp-auth-disabled',
    });
    expect(byId['consent-admin-role']).toMatchObject({ missingCause: 'admin-role-missing' });
    expect(byId['latest-firmware']).toMatchObject({
      who: 'printer-admin',
      missingCause: 'oauth-not-supported',
    });
    expect(byId['standard-network']).toMatchObject({ missingCause: 'additional-network-unsupported' });
    for (const p of PREREQUISITES) expect(CAUSE_IDS).toContain(p.missingCause);
  });

  it('say what PowerShell checks what Graph cannot', () => {
    for (const p of PREREQUISITES) {
      if (p.verification === 'powershell') {
        expect(p.powershell?.check).toMatch(/^Get-/);
        expect(p.powershell?.fix).toMatch(/^Set-.*SmtpClientAuthenticationDisabled \$false$/);
      } else expect(p.powershell).toBeUndefined();
    }
    expect(prerequisitesFor('smtp-auth-disabled').map((p) => p.id)).toEqual([
      'tenant-smtp-auth',
      'mailbox-smtp-auth',
    ]);
    expect(prerequisitesFor('ca-blocks-device-code').map((p) => p.id)).toEqual(['conditional-access']);
    expect(prerequisitesFor('tls-too-old').map((p) => p.id)).toEqual(['latest-firmware']);
    expect(prerequisitesFor('sender-mismatch')).toEqual([]);
    for (const p of PREREQUISITES) for (const c of p.relatedCauses ?? []) expect(CAUSE_IDS).toContain(c);
  });

  it('a page ticks or flags the firmware prerequisite only when it shows the method list', () => {
    expect(
      pagePrerequisites(pageModel('email-server-basic', { authMethod: 'off', oauthOffered: true })),
    ).toEqual({
      'latest-firmware': 'met',
    });
    expect(
      pagePrerequisites(pageModel('email-server-basic', { authMethod: 'off', oauthOffered: false })),
    ).toEqual({
      'latest-firmware': 'missing',
    });
    expect(pagePrerequisites(pageModel('email-server-basic', { authMethod: 'oauth2' }))).toEqual({
      'latest-firmware': 'met',
    });
    expect(pagePrerequisites(pageModel('product-status'))).toEqual({});
  });
});

describe('messages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const leaves = (value: unknown, path = ''): Array<[string, string]> =>
    typeof value === 'string'
      ? [[path, value]]
      : Array.isArray(value)
        ? value.flatMap((v, i) => leaves(v, `${path}[${i}]`))
        : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${path}.${k}`));

  it('every step of every variant has a title, actions, a done test and a hint in every language', () => {
    for (const lang of LANGS) {
      const { guide } = messagesFor(lang);
      for (const variant of VARIANT_IDS) {
        expect(guide.variants[variant].title).not.toBe('');
        expect(guide.variants[variant].complete.length).toBeGreaterThan(0);
        for (const step of VARIANTS[variant].steps) {
          const text = stepText(guide, variant, step.id);
          expect(text.title.length, `${lang} ${variant} ${step.id}`).toBeGreaterThan(3);
          expect(text.action.length).toBeGreaterThan(0);
          expect(text.done.length).toBeGreaterThan(3);
          expect(text.hint.length).toBeGreaterThan(3);
        }
      }
      for (const id of PREREQUISITE_IDS) {
        const text = prerequisiteText(guide, id);
        expect(text.title.length).toBeGreaterThan(3);
        expect(text.action.length).toBeGreaterThan(0);
      }
      for (const p of PREREQUISITES) {
        expect(guide.places[p.where].length).toBeGreaterThan(0);
        expect(guide.who[p.who].length).toBeGreaterThan(0);
      }
    }
  });

  it('variants word their own steps: the fax page says Fax, serverless asks for the permission scope', () => {
    const en = messagesFor('en').guide;
    expect(stepText(en, 'fax-server', 'open-email-server').title).toContain('Fax');
    expect(stepText(en, 'email-server', 'open-email-server').title).not.toContain('Fax');
    expect(stepText(en, 'serverless', 'consent').action.join(' ')).toContain('permission scope');
    expect(stepText(messagesFor('pt-PT').guide, 'serverless', 'consent').action.join(' ')).toContain(
      'intervalo de permissões',
    );
  });

  it('bold markup only in lists, always balanced', () => {
    for (const lang of LANGS) {
      for (const [key, text] of leaves(messagesFor(lang).guide)) {
        const inList = /\[\d+\]$/.test(key);
        if (!inList) expect(text, `${lang}${key}`).not.toContain('**');
        expect((text.match(/\*\*/g) ?? []).length % 2, `${lang}${key}`).toBe(0);
      }
    }
  });

  it('every step text in the table is used by some variant', () => {
    const used = new Set(Object.values(VARIANTS).flatMap((v) => v.steps.map((s) => s.text)));
    expect(Object.keys(messagesFor('en').guide.steps).sort()).toEqual([...used].sort());
  });

  it('pt has the same placeholders as en, and is a translation (not English left in place)', () => {
    const en = new Map(leaves(messagesFor('en').guide));
    const pt = new Map(leaves(messagesFor('pt-PT').guide));
    expect([...pt.keys()].sort()).toEqual([...en.keys()].sort());
    let same = 0;
    for (const [key, text] of en) {
      const translated = pt.get(key) ?? '';
      expect(placeholders(translated), key).toEqual(placeholders(text));
      if (translated === text) same += 1;
    }
    // Only proper names (Web Config, Epson Print Admin Serverless…) may read the same in both.
    expect(same).toBeLessThan(5);
  });

  it('the device-code helper and save strings fill their placeholders', () => {
    const pt = messagesFor('pt-PT').guide;
    expect(format(pt.deviceCode.expiresIn, { minutes: 12 })).toBe('O código expira em 12 min.');
    expect(format(messagesFor('en').guide.progress, { position: 4, total: 12 })).toBe('Step 4 of 12');
    expect(format(pt.deviceCode.open, { url: 'https://microsoft.com/devicelogin' })).toContain(
      'https://microsoft.com/devicelogin',
    );
  });
});
