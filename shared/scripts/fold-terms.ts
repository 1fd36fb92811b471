/**
 * Writes shared/src/diagnosis/rules/terms-folded.json: the rules' keyword terms (rules/*-terms.json,
 * where they are written, with notes) folded as the text they are matched against is folded, each
 * with the run of characters it requires (term-literals.ts). Folding 1,229 terms of Web Config's
 * languages and reading their runs cost explain()'s first call on every page that shows a printer
 * message; done here once, explain() compiles only the terms a text may hold. A test
 * (shared/tests/terms-folded.test.ts) fails when the written file no longer matches its sources.
 *
 *   npm run terms:fold
 */
import { fileURLToPath } from 'node:url';
import { type FoldedTermList, foldedTerm } from '../src/diagnosis/recogniser.ts';
import epsonTerms from '../src/diagnosis/rules/epson-terms.json' with { type: 'json' };
import phraseTerms from '../src/diagnosis/rules/phrase-terms.json' with { type: 'json' };
import { isMain, writeGenerated } from './generated-file.ts';

export const TERMS_FOLDED_FILE = fileURLToPath(
  new URL('../src/diagnosis/rules/terms-folded.json', import.meta.url),
);

function foldedGroups(terms: Record<string, readonly string[]>): Record<string, FoldedTermList> {
  return Object.fromEntries(
    Object.entries(terms).map(([name, list]) => {
      const folded = list.map(foldedTerm);
      return [name, { sources: folded.map((t) => t.source), literals: folded.map((t) => t.literal ?? '') }];
    }),
  );
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

if (isMain(import.meta.url)) writeGenerated(TERMS_FOLDED_FILE, termsFoldedSource());
