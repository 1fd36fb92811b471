import { MAX_KEYWORD_HITS } from './limits.ts';
import { foldTerm } from './prepare.ts';
import type { Terms } from './recogniser.ts';
import { forLastText, Pairs } from './term-literals.ts';

type Range = readonly [number, number];

/**
 * Where one term of every group occurs within `window` characters of each other in a folded text,
 * or null. Each group's hits are in text order and never overlap, so the nearest to an anchor is
 * found by binary search (A·log B, not A·B); at most MAX_KEYWORD_HITS of each group are weighed.
 */
export function keywordRange(folded: string, groups: readonly Terms[], window: number): Range | null {
  const pairs = pairsOf(folded);
  const spans: Range[][] = [];
  for (const group of groups) {
    const found: Range[] = [];
    // Only the terms the text may hold are compiled and tried (recogniser.ts Terms.regexFor).
    const regex = group.regexFor(pairs);
    if (regex === null) return null;
    for (const m of folded.matchAll(regex)) {
      found.push([m.index, m.index + m[0].length]);
      if (found.length >= MAX_KEYWORD_HITS) break;
    }
    // A group with no term in the text: the others need not be read.
    if (found.length === 0) return null;
    spans.push(found);
  }
  const [anchors, ...others] = spans;
  if (!anchors) return null;
  for (const [anchorStart, anchorEnd] of anchors) {
    let start = anchorStart;
    let end = anchorEnd;
    for (const candidates of others) {
      const nearest = nearestTo(candidates, anchorStart, anchorEnd);
      start = Math.min(start, nearest[0]);
      end = Math.max(end, nearest[1]);
    }
    if (end - start <= window) return [start, end];
  }
  return null;
}

/** The text's pairs: every recogniser asks keywordRange about the same folded text in turn. */
const pairsOf = forLastText((folded) => new Pairs(folded));

/** A refinement's test: the keyword groups close together in the (unfolded) context. */
export function near(groups: readonly Terms[], window: number): (context: string) => boolean {
  return (context) => keywordRange(foldTerm(context), groups, window) !== null;
}

function nearestTo(candidates: readonly Range[], start: number, end: number): Range {
  let low = 0;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((candidates[mid] as Range)[0] < start) low = mid + 1;
    else high = mid;
  }
  // The hit just before the anchor ends last among those before it (hits do not overlap).
  const around = [candidates[low - 1], candidates[low]].filter((c): c is Range => c !== undefined);
  return around.reduce((best, span) =>
    distance(span, start, end) < distance(best, start, end) ? span : best,
  );
}

function distance(span: Range, start: number, end: number): number {
  if (span[1] <= start) return start - span[1];
  if (span[0] >= end) return span[0] - end;
  return 0;
}
