import { pageShape } from './shape.ts';
import { vendorEvidence } from './vendor.ts';

/**
 * detect()'s first question alone: is this Epson Web Config at all? The same evidence detect()
 * weighs (head marks, then Web Config's language-neutral structure; identity marks alone on a page
 * too large to read), without the lexicons or the field readers: what the content script's gate
 * runs in every frame. An ordinary page costs two looks at its head.
 */
export function isWebConfig(document: Document, url?: string): boolean {
  let parsed: URL | null = null;
  try {
    parsed = url ? new URL(url) : null;
  } catch {
    parsed = null;
  }
  const identity = vendorEvidence(document, parsed, { identityOnly: true });
  // No head mark (the author tag, the "… Series" title): not Web Config, whatever its body holds.
  if (identity.signals.length === 0) return false;
  if (!pageShape(document).readable) return identity.epson;
  return vendorEvidence(document, parsed, { head: identity }).epson;
}
