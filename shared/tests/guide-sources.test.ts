import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../src/i18n/index.ts';

/**
 * The labels the guide tells the admin to look for (**bold**) must be the ones the printer and
 * Epson's guide use, word for word: an admin scans the page for them. Checked against the
 * reference texts next to the repo (../shared/reference), skipped where they are absent.
 */
const REFERENCE = fileURLToPath(new URL('../../../shared/reference/', import.meta.url));
const GUIDE_PT = `${REFERENCE}epson-exchange-online-oauth-guide.pt.txt`;
const FACTS = `${REFERENCE}FACTS.md`;
const present = existsSync(GUIDE_PT) && existsSync(FACTS);
if (!present) console.warn(`guide-sources: ${REFERENCE} is absent; the label checks are skipped`);

/** Labels on Microsoft's sign-in pages, in its Portuguese (Portugal, Brazil) and English interfaces. */
const MICROSOFT_LABELS = new Set([
  'Next',
  'Accept',
  'Sign in',
  'Permissions requested',
  'Seguinte',
  'Avançar',
  'Entrar',
  'Aceitar',
  'Permissões solicitadas',
]);
/**
 * Epson labels our reference texts do not print in that language: the English of the Print Admin
 * Serverless setting the Portuguese guide names "Endereço de e-mail do utilizador".
 */
const UNSOURCED_EPSON_LABELS = new Set(["User's email address"]);

function boldLabels(lines: readonly string[]): string[] {
  return lines.flatMap((line) => [...line.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? ''));
}

function stepLabels(lang: 'en' | 'pt-PT'): string[] {
  const steps = Object.values(messagesFor(lang).guide.steps);
  return [...new Set(boldLabels(steps.flatMap((s) => s.action)))];
}

/** The reference text with markdown emphasis removed and whitespace normalised. */
function plain(path: string): string {
  return readFileSync(path, 'utf8').replace(/\*\*/g, '').replace(/\s+/g, ' ');
}

describe.skipIf(!present)('the labels the steps quote', () => {
  it('pt-PT: each is the (European Portuguese) Epson guide’s own wording, or Microsoft’s', () => {
    const guide = plain(GUIDE_PT);
    const labels = stepLabels('pt-PT');
    expect(labels.length).toBeGreaterThan(10);
    const unknown = labels.filter((label) => !MICROSOFT_LABELS.has(label) && !guide.includes(label));
    expect(unknown).toEqual([]);
  });

  it('en: each is the printer’s English UI as FACTS.md records it, or Microsoft’s', () => {
    const facts = plain(FACTS);
    const labels = stepLabels('en');
    expect(labels.length).toBeGreaterThan(10);
    const unknown = labels.filter(
      (label) => !MICROSOFT_LABELS.has(label) && !UNSOURCED_EPSON_LABELS.has(label) && !facts.includes(label),
    );
    expect(unknown).toEqual([]);
  });
});
