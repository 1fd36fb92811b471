import { describe, expect, it } from 'vitest';
import {
  emptyMemory,
  type GuideMemory,
  observe,
  parseMemory,
  VARIANTS,
  type VariantId,
} from '../src/guide/index.ts';
import { PAGE_KINDS, type PageFields, type PageKind } from '../src/webconfig/page-model.ts';
import { pageModel } from './guide-model.ts';

/** A small seeded generator, so a failing walk can be replayed from its seed. */
function rng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const PROMPT = 'Copy the code ZX8C4VB2N and open https://microsoft.com/devicelogin';

function randomFields(r: ReturnType<typeof rng>): PageFields {
  const fields: PageFields = {};
  if (r.chance(0.9)) fields.authMethod = r.pick(['off', 'smtp-auth', 'pop-before-smtp', 'oauth2'] as const);
  if (r.chance(0.7)) fields.oauthOffered = r.chance(0.85);
  if (r.chance(0.6)) fields.emailService = r.pick(['exchange-online', 'outlook-com'] as const);
  if (r.chance(0.6)) fields.currentStatus = r.pick(['signed-in', 'not-signed-in'] as const);
  if (r.chance(0.4)) fields.account = r.pick(['a@contoso.com', 'b@contoso.com']);
  return fields;
}

describe('guide invariants over random sessions', () => {
  it('every state is well-formed, and memory survives JSON at every view', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const r = rng(seed);
      let memory: GuideMemory = emptyMemory();
      let now = Date.UTC(2026, 0, 1);
      let load = 0;
      for (let i = 0; i < 40; i++) {
        if (r.chance(0.3)) load += 1;
        now += r.pick([0, 1, 60_000, 10 * 60_000, 86_400_000]);
        const page: PageKind = r.pick(PAGE_KINDS);
        const variant: VariantId | undefined = r.chance(0.3)
          ? r.pick(['email-server', 'fax-server', 'serverless'])
          : undefined;
        const { memory: next, guide } = observe(
          memory,
          pageModel(page, randomFields(r)),
          { load: `d${load}`, now, text: r.chance(0.15) ? PROMPT : undefined },
          variant,
        );
        const where = `seed ${seed} view ${i} on ${page}`;
        const all = VARIANTS[guide.variant].steps.map((s) => s.id);

        if (page === 'not-webconfig') {
          expect(guide.status, where).toBe('idle');
          expect(next, where).toBe(memory);
        }
        if (guide.status === 'complete' || guide.status === 'idle') {
          expect(guide.step, where).toBeNull();
          expect(guide.position, where).toBe(0);
        } else {
          expect(guide.step, where).not.toBeNull();
          expect([...guide.done, guide.step, ...guide.pending], where).toEqual(all);
          expect(guide.position, where).toBe(guide.done.length + 1);
        }
        if (guide.status === 'complete') expect(guide.done, where).toEqual(all);
        expect(guide.status === 'blocked', where).toBe(guide.blockers.length > 0);
        if (page === 'login') expect(guide.step, where).toBe('log-in');
        if (guide.signIn) expect(guide.signIn.minutesLeft, where).toBeLessThanOrEqual(15);
        // The variant follows the page kind on the variant's own page.
        const own = Object.values(VARIANTS).find((v) => v.page === page);
        if (own) expect(guide.variant, where).toBe(own.id);

        memory = parseMemory(JSON.parse(JSON.stringify(next)));
        expect(memory, where).toEqual(next);
      }
    }
  });
});
