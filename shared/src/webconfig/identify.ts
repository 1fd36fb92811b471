import { contentScope, type Scope } from './scope.ts';
import { pageShape } from './shape.ts';
import { type VendorEvidence, vendorEvidence } from './vendor.ts';

export interface WebConfigEvidence extends VendorEvidence {
  /**
   * Within the bounds a page is read in (shape.ts); a page beyond them carries `page-too-large`. Only
   * a page its marks may make Web Config is measured: any other is not read, whatever its size.
   */
  readable: boolean;
  /** Where the page's content is read (scope.ts): the body's div.wrap, else the whole document. */
  scope: Scope;
}

/**
 * Is this Epson Web Config at all, and may its body be read? Head marks first: a page with neither
 * the author tag nor a "… Series" title is not Web Config whatever its body holds, and neither its
 * body nor its size is looked at (two looks at its head). Then the body's marks (vendor.ts: a few
 * queries, each linear in the page and bounded in what script reads of it), and only for a page they
 * make Web Config, or whose head carries both marks, its size: a page beyond the bounds is judged by
 * its head marks alone; any other by the whole evidence. A page that is not Web Config is told so
 * without measuring it (two whole-page walks on a large page). detect() and the gate both ask this.
 */
export function webConfigEvidence(document: Document, url: string | undefined): WebConfigEvidence {
  const parsed = parseUrl(url);
  const head = vendorEvidence(document, parsed, { identityOnly: true });
  // Without a head mark the whole evidence reads no body (vendor.ts).
  const whole = vendorEvidence(document, parsed, { head });
  if (!whole.epson && !head.epson) return { ...whole, readable: true, scope: document };
  // What is measured is what the readers read: the content's scope.
  const scope = contentScope(document);
  if (!pageShape(scope).readable) {
    return { epson: head.epson, signals: [...head.signals, 'page-too-large'], readable: false, scope };
  }
  return { ...whole, readable: true, scope };
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
