import { pageShape } from './shape.ts';
import { type VendorEvidence, vendorEvidence } from './vendor.ts';

export interface WebConfigEvidence extends VendorEvidence {
  /** Within the bounds a page is read in (shape.ts); a page beyond them carries `page-too-large`. */
  readable: boolean;
}

/**
 * Is this Epson Web Config at all, and may its body be read? Head marks first: a page with neither
 * the author tag nor a "… Series" title is not Web Config whatever its body holds, and neither its
 * body nor its size is looked at (two looks at its head). A page beyond the bounds is judged by its
 * head marks alone; any other by the whole evidence (vendor.ts). detect() and the gate both ask this.
 */
export function webConfigEvidence(document: Document, url: string | undefined): WebConfigEvidence {
  const parsed = parseUrl(url);
  const head = vendorEvidence(document, parsed, { identityOnly: true });
  // Without a head mark the whole evidence reads no body (vendor.ts), so no size is measured either.
  if (head.signals.length > 0 && !pageShape(document).readable) {
    return { epson: head.epson, signals: [...head.signals, 'page-too-large'], readable: false };
  }
  return { ...vendorEvidence(document, parsed, { head }), readable: true };
}

/**
 * detect()'s first question alone, without the lexicons or the field readers: what the content
 * script's gate runs in every frame.
 */
export function isWebConfig(document: Document, url?: string): boolean {
  return webConfigEvidence(document, url).epson;
}

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
