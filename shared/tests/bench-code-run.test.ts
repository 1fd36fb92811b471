import { describe, expect, it } from 'vitest';
import { charactersRun, fitLine } from '../bench/code-run.ts';

describe("the bench's count of code run", () => {
  it('counts each character as often as the innermost range holding it ran', () => {
    const source = 'abcdefghij';
    const script = {
      url: 'x.js',
      functions: [
        // A nested function, listed before its parent: the count does not depend on V8's order.
        { ranges: [{ startOffset: 6, endOffset: 9, count: 5 }] },
        {
          ranges: [
            { startOffset: 0, endOffset: 10, count: 2 },
            { startOffset: 3, endOffset: 6, count: 0 },
          ],
        },
      ],
    };
    // 0-2 ran twice, 3-5 never, 6-8 five times, 9 twice.
    expect(charactersRun(source, script)).toBe(3 * 2 + 3 * 5 + 2);
  });

  it('fits the line through points on one, and how well', () => {
    const fit = fitLine([1, 2, 3, 4], [2.5, 4.5, 6.5, 8.5]);
    expect(fit.a).toBeCloseTo(0.5);
    expect(fit.b).toBeCloseTo(2);
    expect(fit.r).toBeCloseTo(1);
    expect(fitLine([1, 2, 3, 4], [1, 3, 2, 4]).r).toBeLessThan(0.9);
  });
});
