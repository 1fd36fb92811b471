import { describe, expect, it } from 'vitest';
import {
  captureNames,
  capturesPresent,
  detectHtml,
  negativePages,
  readCapture,
} from './webconfig-helpers.ts';

/**
 * detect()'s whole reading of every real capture and every non-Web Config fixture, held equal to
 * what it was before detect was made fast (the lexicon folded at build, the structure scan done by
 * selectors): the speed work must not change one field, signal or raw text. The JSON holds only
 * the derived models, never a capture's HTML. A deliberate change of detect's reading (a new
 * lexicon wording that now reads a field) updates it with `npx vitest run --project shared -u`,
 * and the diff shows exactly what changed. One such change: a page lists the structure marks looked
 * for until its verdict was certain either way (vendor.ts stops its search there), not every mark it
 * has; on the captures that took only signals away, no page, field or raw text.
 */
describe('detect() reads every page as it did', () => {
  it.skipIf(!capturesPresent)(
    'the real captures',
    async () => {
      const models = Object.fromEntries(
        captureNames()
          .sort()
          .map((name) => [name, detectHtml(readCapture(name))]),
      );
      await expect(`${JSON.stringify(models, null, 2)}\n`).toMatchFileSnapshot(
        './fixtures/capture-models.json',
      );
    },
    60_000,
  );

  it('the non-Web Config pages', async () => {
    const models = Object.fromEntries(
      negativePages()
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((p) => [p.name, detectHtml(p.html)]),
    );
    await expect(`${JSON.stringify(models, null, 2)}\n`).toMatchFileSnapshot(
      './fixtures/not-webconfig-models.json',
    );
  }, 60_000);
});
