import type { CauseId } from './cause-ids.ts';
import { keywordRange } from './keywords.ts';
import { CONTEXT_WINDOW, capText } from './limits.ts';
import { type Prepared, prepare, unfold } from './prepare.ts';
import {
  type Confidence,
  type EvidenceKind,
  type Keywords,
  keywordWordings,
  type Outcome,
  patternsOf,
  type Recogniser,
  type Refinement,
  type Span,
  type Terms,
} from './recogniser.ts';
import { EPSON_RECOGNISERS } from './rules/epson.ts';
import { IDENTITY_RECOGNISERS } from './rules/identity.ts';
import { NETWORK_RECOGNISERS } from './rules/network.ts';
import patternRuns from './rules/pattern-runs.json';
import { PHRASE_RECOGNISERS } from './rules/phrases.ts';
import { SMTP_RECOGNISERS } from './rules/smtp.ts';
import { XOAUTH2_RECOGNISERS } from './rules/xoauth2.ts';
import { forLastText, mayMatch } from './term-literals.ts';

export interface CauseMatch {
  id: CauseId;
  /** The part of the text that was recognised, as written (Microsoft's trailer left out). */
  evidence: string;
  confidence: Confidence;
  kind: EvidenceKind;
}

/**
 * Every recogniser, as data: SMTP replies, Microsoft's sentences in any wording or language, the
 * XOAUTH2 user against the token's account, Entra ID / OAuth errors, Epson codes and messages,
 * network and TLS.
 */
export const RECOGNISERS: readonly Recogniser[] = [
  ...SMTP_RECOGNISERS,
  ...PHRASE_RECOGNISERS,
  ...XOAUTH2_RECOGNISERS,
  ...IDENTITY_RECOGNISERS,
  ...EPSON_RECOGNISERS,
  ...NETWORK_RECOGNISERS,
];

const MAX_EVIDENCE = 200;

/**
 * Each pattern recogniser's patterns' requirements, by name and in the patterns' order: the runs a
 * text must hold for the pattern to match (term-literals.ts requiredRuns), read at build
 * (`npm run terms:fold`; a test fails when the file is stale and checks them against the corpus).
 */
const PATTERN_RUNS: Readonly<Record<string, readonly (readonly (readonly string[])[] | null)[]>> =
  patternRuns;

interface Hit {
  recogniser: Recogniser;
  outcome: Outcome;
  evidence: string;
  index: number;
}

/**
 * The causes an error text points to, best first; empty when nothing is recognised and for texts
 * that report no failure (250 OK, 235 success, authorization_pending). Each cause comes from a
 * recogniser that matched; a cause is never guessed from the absence of one.
 *
 * Linear in the input and bounded: only the head and the tail of a text over MAX_EXPLAIN_INPUT are
 * read, every pattern is linear, refinements read a window around their match.
 */
export function explain(text: string): CauseMatch[] {
  if (!text.trim()) return [];
  const prepared = prepare(capText(text));
  const hits = RECOGNISERS.filter((r) => !r.fallback).flatMap((r) => hitsOf(r, prepared));
  const used =
    hits.length > 0 ? hits : RECOGNISERS.filter((r) => r.fallback).flatMap((r) => hitsOf(r, prepared));
  used.sort((a, b) => b.recogniser.weight - a.recogniser.weight || a.index - b.index);

  const seen = new Set<CauseId>();
  const matches: CauseMatch[] = [];
  for (const hit of used) {
    hit.outcome.causes.forEach((id, position) => {
      if (seen.has(id)) return;
      seen.add(id);
      matches.push({
        id,
        evidence: hit.evidence,
        confidence: position === 0 ? hit.outcome.confidence : 'possible',
        kind: hit.recogniser.kind,
      });
    });
  }
  return matches;
}

/**
 * explain() for a thrown error: nodemailer keeps the server's reply in `response` and the code in
 * `code`; MSAL in `errorCode`/`errorMessage`/`subError`; fetch hides ENOTFOUND in `cause`. All of
 * them, along the cause chain, make the text.
 */
export function explainError(error: unknown): CauseMatch[] {
  return explain(errorText(error));
}

const ERROR_FIELDS = [
  'name',
  'message',
  'code',
  'response',
  'errorCode',
  'errorMessage',
  'subError',
  'reason',
];

export function errorText(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current !== 'object') {
      parts.push(String(current));
      break;
    }
    const record = current as Record<string, unknown>;
    for (const field of ERROR_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
    }
    current = record.cause;
  }
  return parts.join('\n');
}

/** Where one recogniser matches a prepared text (tests time each rule alone with it). */
export function recogniserSpan(recogniser: Recogniser, prepared: Prepared): Span | null {
  return recogniser.find
    ? recogniser.find(prepared)
    : recogniser.keywords
      ? keywordsSpan(prepared, recogniser.keywords)
      : patternSpan(prepared, recogniser);
}

function hitsOf(recogniser: Recogniser, prepared: Prepared): Hit[] {
  const found = recogniserSpan(recogniser, prepared);
  if (!found) return [];
  const context = prepared.text.slice(
    Math.max(0, found.index - CONTEXT_WINDOW),
    found.index + found.evidence.length + CONTEXT_WINDOW,
  );
  const outcome = recogniser.refine?.find((r) => holds(r, context)) ?? recogniser;
  return [{ recogniser, outcome, evidence: clip(found.evidence), index: found.index }];
}

function holds(refinement: Refinement, context: string): boolean {
  return typeof refinement.when === 'function' ? refinement.when(context) : refinement.when.test(context);
}

function patternSpan(prepared: Prepared, recogniser: Recogniser): Span | null {
  const patterns = patternsOf(recogniser);
  const text = recogniser.folded ? prepared.folded : prepared.text;
  const runs = Object.hasOwn(PATTERN_RUNS, recogniser.name) ? PATTERN_RUNS[recogniser.name] : undefined;
  for (const [index, pattern] of patterns.entries()) {
    // A pattern the text cannot match is not run, so never compiled for it (term-literals.ts).
    if (!mayMatch(pattern, runs?.[index], text, () => lowerOf(text))) continue;
    if (!recogniser.folded) {
      const match = pattern.exec(prepared.text);
      if (match) return { evidence: match[0], index: match.index };
      continue;
    }
    const match = pattern.exec(prepared.folded);
    if (match) {
      return {
        evidence: unfold(prepared, match.index, match.index + match[0].length),
        index: prepared.origin[match.index] ?? 0,
      };
    }
  }
  return null;
}

/** The text in lower case, for the case-insensitive patterns' runs: asked once per text. */
const lowerOf = forLastText((text) => text.toLowerCase());

/** One term of every group within `window` characters of each other, in the folded text. */
function keywordsSpan(prepared: Prepared, keywords: Keywords | readonly Keywords[]): Span | null {
  for (const { groups, window } of keywordWordings(keywords)) {
    const span = keywordSpan(prepared, groups, window);
    if (span) return span;
  }
  return null;
}

function keywordSpan(prepared: Prepared, groups: readonly Terms[], window: number): Span | null {
  const range = keywordRange(prepared.folded, groups, window);
  if (!range) return null;
  return { evidence: unfold(prepared, range[0], range[1]), index: prepared.origin[range[0]] ?? 0 };
}

/** Evidence on one line, without MSAL's trailer ("… Trace ID: …, Correlation ID: …"), at most MAX_EVIDENCE. */
function clip(evidence: string): string {
  const trace = evidence.search(/\sTrace ID/);
  const tidy = (trace < 0 ? evidence : evidence.slice(0, trace)).replace(/\s+/g, ' ').trim();
  return tidy.length > MAX_EVIDENCE ? `${tidy.slice(0, MAX_EVIDENCE - 1)}…` : tidy;
}
