/**
 * Writes what explain() reads from the build. shared/src/diagnosis/rules/terms-folded.json: the rules'
 * keyword terms (rules/*-terms.json, where they are written, with notes) folded as the text they are
 * matched against is folded, each with the run of characters it requires (term-literals.ts).
 * Folding 1,229 terms of Web Config's languages and reading their runs cost explain()'s first call on
 * every page that shows a printer message; done here once, explain() compiles only the terms a text
 * may hold. And
 * rules/pattern-runs.json: each pattern recogniser's patterns' required runs (term-literals.ts
 * requiredRuns), so that explain() runs, and so compiles, only the patterns a text may match: read
 * at run time, the 116 patterns' runs cost a first call more than compiling them all. Tests
 * (shared/tests/terms-folded.test.ts, pattern-runs.test.ts) fail when a written file is stale.
 *
 *   npm run terms:fold
 */
import { fileURLToPath } from 'node:url';
import { RECOGNISERS } from '../src/diagnosis/explain.ts';
import { type FoldedTermList, foldedTermList, patternsOf } from '../src/diagnosis/recogniser.ts';
import epsonTerms from '../src/diagnosis/rules/epson-terms.json' with { type: 'json' };
import phraseTerms from '../src/diagnosis/rules/phrase-terms.json' with { type: 'json' };
import { requiredRuns } from '../src/diagnosis/term-literals.ts';
import { isMain, writeGenerated } from './generated-file.ts';

export const TERMS_FOLDED_FILE = fileURLToPath(
  new URL('../src/diagnosis/rules/terms-folded.json', import.meta.url),
);

function foldedGroups(terms: Record<string, readonly string[]>): Record<string, FoldedTermList> {
  return Object.fromEntries(Object.entries(terms).map(([name, list]) => [name, foldedTermList(list)]));
}

/** What the rules read: each file's groups folded, and epson's conditional words as written. */
export function termsFolded() {
  return {
    epson: { terms: foldedGroups(epsonTerms.terms), conditional: epsonTerms.conditional },
    phrase: { terms: foldedGroups(phraseTerms.terms) },
  };
}

/** The file's text (biome leaves the generated file alone: biome.json). */
export const termsFoldedSource = () => `${JSON.stringify(termsFolded(), null, 1)}\n`;

export const PATTERN_RUNS_FILE = fileURLToPath(
  new URL('../src/diagnosis/rules/pattern-runs.json', import.meta.url),
);

/** Each pattern recogniser's patterns' required runs, by its name, in the patterns' order. */
export function patternRuns(): Record<string, (string[][] | null)[]> {
  return Object.fromEntries(
    RECOGNISERS.filter((r) => patternsOf(r).length > 0).map((r) => [
      r.name,
      patternsOf(r).map((p) => requiredRuns(p.source)),
    ]),
  );
}

export const patternRunsSource = () => `${JSON.stringify(patternRuns(), null, 1)}\n`;

if (isMain(import.meta.url)) {
  writeGenerated(TERMS_FOLDED_FILE, termsFoldedSource());
  writeGenerated(PATTERN_RUNS_FILE, patternRunsSource());
}
