import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentStep, emptyMemory, observe, parseMemory, remember } from '../src/guide/index.ts';
import { pageModel } from './guide-model.ts';

const T0 = Date.UTC(2026, 10, 24, 9, 0, 0);
const PROMPT = 'Open https://microsoft.com/devicelogin and enter the code F8KJ2MXQ4.';

describe('GuideMemory', () => {
  it('is JSON round-trippable at every stage of a walk, and reads back to the same guide', () => {
    let memory = emptyMemory();
    const views = [
      [pageModel('login'), 'l'],
      [pageModel('email-server-basic', { authMethod: 'off', oauthOffered: true }), 'a'],
      [pageModel('email-server-basic', { authMethod: 'oauth2', emailService: 'exchange-online' }), 'a'],
      [pageModel('fax-server-email', { authMethod: 'oauth2', currentStatus: 'signed-in' }), 'f'],
      [
        pageModel('email-server-basic', {
          authMethod: 'oauth2',
          emailService: 'outlook-com',
          currentStatus: 'signed-in',
        }),
        'a',
      ],
      [pageModel('print-admin-serverless', { currentStatus: 'signed-in' }), 's'],
    ] as const;
    for (const [i, [model, load]] of views.entries()) {
      memory = remember(memory, model, { load, now: T0 + i, text: i === 2 ? PROMPT : undefined });
      const restored = parseMemory(JSON.parse(JSON.stringify(memory)));
      expect(restored).toEqual(memory);
      expect(currentStep(model, restored, undefined, T0 + i)).toEqual(
        currentStep(model, memory, undefined, T0 + i),
      );
    }
    expect(Object.keys(memory.progress).sort()).toEqual(['email-server', 'fax-server', 'serverless']);
  });

  it('never stores the device code itself', () => {
    const memory = remember(emptyMemory(), pageModel('email-server-basic', { authMethod: 'oauth2' }), {
      load: 'a',
      now: T0,
      text: PROMPT,
    });
    expect(memory.progress['email-server']?.signInShownAt).toBe(T0);
    expect(JSON.stringify(memory)).not.toContain('F8KJ2MXQ4');
    expect(JSON.stringify(memory)).not.toContain('devicelogin');
  });

  it('does not change its input', () => {
    const before = remember(emptyMemory(), pageModel('email-server-basic', { authMethod: 'off' }), {
      load: 'a',
      now: T0,
    });
    const copy = structuredClone(before);
    remember(before, pageModel('email-server-basic', { authMethod: 'oauth2', currentStatus: 'signed-in' }), {
      load: 'a',
      now: T0 + 1,
    });
    expect(before).toEqual(copy);
  });

  it('ignores pages that are not Web Config', () => {
    const memory = remember(emptyMemory(), pageModel('email-server-basic', { authMethod: 'off' }), {
      load: 'a',
      now: T0,
    });
    expect(remember(memory, pageModel('not-webconfig'), { load: 'b', now: T0 + 1 })).toBe(memory);
    expect(observe(memory, pageModel('not-webconfig'), { text: PROMPT, now: T0 }).deviceCode).toBeNull();
  });

  it('reads anything unreadable from storage as a fresh memory', () => {
    for (const junk of [
      null,
      undefined,
      42,
      'x',
      [],
      {},
      { v: 2, progress: {} },
      { v: 1, progress: { fax: {} } },
    ]) {
      expect(parseMemory(junk)).toEqual(emptyMemory());
    }
    expect(parseMemory({ v: 1, progress: { 'email-server': { loaded: { authMethod: 'oauth2' } } } })).toEqual(
      {
        v: 1,
        progress: { 'email-server': { loaded: { authMethod: 'oauth2' } } },
      },
    );
  });

  it('is small: a whole walk stays well under a kilobyte per printer', () => {
    let memory = emptyMemory();
    for (let i = 0; i < 200; i++) {
      memory = remember(
        memory,
        pageModel('email-server-basic', {
          authMethod: i % 2 ? 'oauth2' : 'off',
          currentStatus: 'signed-in',
          account: 'a@b.c',
        }),
        { load: `doc-${i % 7}`, now: T0 + i, text: i % 3 ? undefined : PROMPT },
      );
    }
    expect(JSON.stringify(memory).length).toBeLessThan(1024);
  });

  describe('the clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('defaults to the system clock when no time is given', () => {
      vi.useFakeTimers();
      vi.setSystemTime(T0);
      const exchange = pageModel('email-server-basic', {
        authMethod: 'oauth2',
        emailService: 'exchange-online',
      });
      const first = observe(emptyMemory(), exchange, { load: 'a', text: PROMPT });
      expect(first.memory.progress['email-server']?.signInShownAt).toBe(T0);
      vi.setSystemTime(T0 + 7 * 60_000);
      const later = observe(first.memory, exchange, { load: 'a', text: PROMPT });
      expect(later.guide.signIn).toMatchObject({ startedAt: T0, minutesLeft: 8 });
      expect(currentStep(exchange, later.memory).step).toBe('copy-code');
    });
  });
});
