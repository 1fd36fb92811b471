import { LABELS, RENDER_LANGS } from '@wcoa/test/webconfig-pages';
import { describe, expect, it } from 'vitest';
import {
  CAUSE_IDS,
  type CauseId,
  errorText,
  explain,
  explainError,
  RECOGNISERS,
} from '../src/diagnosis/index.ts';
import { readCorpus } from './corpus.ts';

const corpus = readCorpus();

describe('explain() on the field corpus', () => {
  it('has a real corpus: positives for most causes and negatives', () => {
    expect(corpus.length).toBeGreaterThan(120);
    expect(corpus.filter((c) => c.expected === 'none').length).toBeGreaterThanOrEqual(20);
  });

  it.each(
    corpus.map((c) => [`${c.file}: ${c.expected}${c.note ? ` (${c.note})` : ''}: ${c.text.slice(0, 70)}`, c]),
  )('%s', (_name, c) => {
    const result = explain(c.text);
    const ids = result.map((m) => m.id);
    if (c.expected === 'none') {
      expect(ids).toEqual([]);
      return;
    }
    expect(ids[0]).toBe(c.expected);
    for (const id of c.also) expect(ids).toContain(id);
    // Evidence is a piece of the text, not a label we made up.
    for (const match of result) expect(match.evidence.length).toBeGreaterThan(0);
  });
});

describe('explain() behaviour', () => {
  it('gives the brief’s acceptance text smtp-auth-disabled first', () => {
    const [first] = explain(
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    );
    expect(first).toMatchObject({ id: 'smtp-auth-disabled', confidence: 'certain', kind: 'smtp-reply' });
  });

  it('quotes the reply without Microsoft’s trailer as evidence', () => {
    const [first] = explain(
      '535 5.7.3 Authentication unsuccessful [AM0PR02CA0134.eurprd02.prod.outlook.com 2024-07-11T11:46:49.042Z 08DCA18218166FB4]',
    );
    expect(first?.evidence).toBe('535 5.7.3 Authentication unsuccessful');
  });

  it('quotes folded matches in the original spelling', () => {
    const [first] = explain('Código de erro: 361');
    expect(first?.evidence).toBe('Código de erro: 361');
  });

  it('ranks alternatives after the first cause, as possible', () => {
    const result = explain('535 5.7.3 Authentication unsuccessful');
    expect(result.map((m) => m.id)).toEqual([
      'token-rejected',
      'token-audience',
      'smtp-auth-disabled',
      'mfa-required',
    ]);
    expect(result.slice(1).every((m) => m.confidence === 'possible')).toBe(true);
  });

  it('lists each cause once, even when several parts of the text point to it', () => {
    const result = explain('AADSTS700082: The refresh token has expired due to inactivity. Error code 361');
    expect(result.filter((m) => m.id === 'sign-in-expired')).toHaveLength(1);
  });

  it('lets an AADSTS code override the generic OAuth error', () => {
    expect(explain('invalid_grant: AADSTS65001: consent').map((m) => m.id)).toEqual(['consent-missing']);
    expect(explain('interaction_required AADSTS53003 blocked')[0]?.id).toBe('conditional-access-blocked');
  });

  it('is empty for empty or blank input', () => {
    expect(explain('')).toEqual([]);
    expect(explain('  \n ')).toEqual([]);
  });

  it('does not take a 5-digit AADSTS code for its 4-digit prefix, nor a job code inside a longer number', () => {
    expect(explain('AADSTS500761: something')).toEqual([]);
    expect(explain('Error code 3601')).toEqual([]);
    expect(explain('Error code 360.5')).toEqual([]);
  });

  it('reads a huge transcript without choking', () => {
    const noise = '250-SIZE 157286400\n'.repeat(20000);
    const started = performance.now();
    const result = explain(`${noise}535 5.7.3 Authentication unsuccessful`);
    expect(result[0]?.id).toBe('token-rejected');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('the recogniser table', () => {
  it('names only catalogued causes and has unique names', () => {
    const names = RECOGNISERS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const r of RECOGNISERS) {
      for (const id of [...r.causes, ...(r.refine ?? []).flatMap((x) => x.causes)]) {
        expect(CAUSE_IDS).toContain(id);
      }
      expect([r.pattern, r.keywords, r.find].filter(Boolean).length, r.name).toBe(1);
    }
  });

  it('covers every cause that a text can report (the rest come from lint)', () => {
    const fromText = new Set(
      corpus.flatMap((c) => (c.expected === 'none' ? c.also : [c.expected, ...c.also])),
    );
    const lintOnly: CauseId[] = [
      'admin-role-missing',
      'signed-in-not-saved',
      'wrong-server',
      'wrong-port',
      'additional-network-unsupported',
      'oauth-not-supported',
      'basic-auth-retiring',
      // Decided by the agent from structured facts (TLS codes, timeouts, reply codes), not from text.
      'server-tls-too-old',
      'agent-ca-untrusted',
      'smtp-line-too-long',
      'smtp-no-greeting',
    ];
    const missing = CAUSE_IDS.filter((id) => !fromText.has(id) && !lintOnly.includes(id));
    expect(missing).toEqual([]);
  });
});

describe('explainError()', () => {
  it('reads nodemailer’s reply and code off the error object', () => {
    const error = Object.assign(new Error('Invalid login'), {
      code: 'EAUTH',
      response:
        '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
      responseCode: 535,
      command: 'AUTH XOAUTH2',
    });
    expect(explainError(error)[0]?.id).toBe('smtp-auth-disabled');
  });

  it('follows the cause chain (fetch hides ENOTFOUND there)', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND login.microsoftonline.com'), {
        code: 'ENOTFOUND',
      }),
    });
    expect(explainError(error).map((m) => m.id)).toEqual(['service-unreachable']);
    expect(errorText(error)).toContain('ENOTFOUND');
  });

  it('reads MSAL’s errorCode and errorMessage', () => {
    const error = Object.assign(new Error('x'), {
      errorCode: 'invalid_grant',
      errorMessage: 'AADSTS50173: The provided grant has expired due to it being revoked.',
      subError: '',
    });
    expect(explainError(error)[0]?.id).toBe('sign-in-expired');
  });

  it('accepts anything thrown', () => {
    expect(explainError('ECONNREFUSED')[0]?.id).toBe('service-unreachable');
    expect(explainError(undefined)).toEqual([]);
    expect(explainError(42)).toEqual([]);
  });
});

describe('explain() does not read numbers as codes', () => {
  /** Small seeded generator (mulberry32) so a failure names a reproducible case. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('finds nothing in 2000 generated lines of counters, ports, dates, addresses and versions', () => {
    const next = random(20261124);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
    const numbers = [360, 361, 370, 535, 550, 421, 451, 587, 465, 25, 700082, 65001, 53003, 3600, 5_7_3];
    const number = () => (next() < 0.5 ? pick(numbers) : Math.floor(next() * 1_000_000));
    const shapes: Array<() => string> = [
      () => `Port ${number()}`,
      () => `Printed ${number()} pages`,
      () => `Result: ${number()} pages`,
      () => `Job ${number()} completed`,
      () => `Receipt No. ${number()}`,
      () => `Copies: ${number()}`,
      () => `Total ${number()} / ${number()}`,
      () =>
        `${2000 + Math.floor(next() * 30)}-${number() % 13}-${number() % 32} ${number() % 24}:${number() % 60}`,
      () => `192.0.2.${number() % 256}:${number() % 65536}`,
      () => `Firmware ${number() % 10}.${number() % 10}.${number()}`,
      () => `Serial X${number()}Y${number()}`,
      () => `Order ${number()} has shipped`,
      () => `${number()}`.padStart(7, '0'),
    ];
    const flagged: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const line = pick(shapes)();
      if (explain(line).length > 0) flagged.push(line);
    }
    expect(flagged).toEqual([]);
  });

  it('reads AADSTS in any case', () => {
    expect(explain('aadsts700082: the refresh token has expired')[0]?.id).toBe('sign-in-expired');
  });
});

describe('explain() evidence for Entra errors', () => {
  it('quotes the AADSTS sentence rather than MSAL’s code list, and stops before the trace ids', () => {
    const [first] = explain(
      'invalid_grant: Error(s): 700082 - Timestamp: 2025-01-01 10:00:00Z - Description: AADSTS700082: The refresh token has expired due to inactivity. Trace ID: abc Correlation ID: def',
    );
    expect(first?.evidence).toBe('AADSTS700082: The refresh token has expired due to inactivity.');
  });
});

describe('explain() on the words of a Web Config page, one at a time, in every language the pages render', () => {
  // A label, a button, an option or a status line alone reports no failure: the keywords of 25
  // languages must not read one as a message ("Disable", "Not signed in", "Email Service").
  it.each(RENDER_LANGS)('%s', (lang) => {
    const strings = Object.entries(LABELS[lang] as unknown as Record<string, string>);
    const read = strings
      .map(([key, text]) => [key, explain(text.replaceAll('{code}', '999')).map((m) => m.id)] as const)
      .filter(([, ids]) => ids.length > 0);
    expect(read).toEqual([]);
  });
});
