import type { OutlineTarget } from '@wcoa/shared/guide';

/**
 * Finding, on Web Config's page, the element a guide step is about, and the job-history rows that
 * carry an error code: read only, by structure and language-neutral tokens (OAuth2, Exchange
 * Online, Outlook.com), never by a language's wording. Password fields are never touched.
 */

function optionTexts(control: Element): string {
  if (control instanceof HTMLSelectElement)
    return Array.from(control.options, (o) => `${o.value} ${o.text}`).join(' ');
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
    const label = control.id
      ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`)
      : null;
    return `${control.value} ${label?.textContent ?? control.parentElement?.textContent ?? ''}`;
  }
  return '';
}

/** The row (dd, td, li…) holding a control: what the outline frames. */
function rowOf(element: Element): Element {
  return element.closest('dd, td, li, .value, tr') ?? element;
}

function controlOffering(doc: Document, token: RegExp): Element | null {
  for (const control of Array.from(doc.querySelectorAll('select, input[type="radio"]'))) {
    if (token.test(optionTexts(control))) return rowOf(control);
  }
  return null;
}

/** The settings form's footer buttons: Web Config's OK is the first (`div.footer ul.buttons`). */
function okButton(doc: Document): Element | null {
  const form = doc.querySelector('form#input_form') ?? doc.querySelector('form');
  const footer = doc.querySelector('.footer .buttons, .footer');
  const inFooter = footer?.querySelector('button, input[type="submit"], input[type="button"]');
  return inFooter ?? form?.querySelector('button[type="submit"], input[type="submit"]') ?? null;
}

/** Web Config's Sign In button sits in the email-service rows; it is the button that is not the footer's. */
function signInButton(doc: Document): Element | null {
  const service = controlOffering(doc, /exchange\s*online|outlook\.com/i);
  const footer = doc.querySelector('.footer');
  const buttons = Array.from(doc.querySelectorAll('button, input[type="button"], a.button')).filter(
    (b) => !footer?.contains(b) && !(b as HTMLElement).hidden,
  );
  if (service) {
    // The nearest button after the email-service row, in document order.
    const after = buttons.find(
      (b) => service.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING || service.contains(b),
    );
    if (after) return after;
  }
  return buttons[0] ?? null;
}

function statusRow(doc: Document, shown: string | undefined): Element | null {
  if (!shown) return null;
  for (const cell of Array.from(doc.querySelectorAll('dd, td'))) {
    // The status cell also holds the Sign In button: compare its text without buttons.
    const copy = cell.cloneNode(true) as Element;
    for (const control of Array.from(copy.querySelectorAll('button, ul.buttons, input'))) control.remove();
    if (copy.textContent?.trim() === shown.trim()) return cell;
  }
  return null;
}

export function locateTarget(doc: Document, target: OutlineTarget, rawStatus?: string): Element | null {
  switch (target) {
    case 'authMethod':
      return controlOffering(doc, /oauth\s*2/i);
    case 'emailService':
      return controlOffering(doc, /exchange\s*online|outlook\.com/i);
    case 'currentStatus':
      return statusRow(doc, rawStatus);
    case 'sign-in-button':
      return signInButton(doc);
    case 'ok-button':
      return okButton(doc);
    case 'login-form': {
      const password = doc.querySelector('input[type="password"]');
      return password?.closest('form') ?? null;
    }
    case 'menu':
      return null; // the menu lives in another frame
  }
}

const CODE = /(?<![\d.,:/-])\d{3}(?![\d.,:/-])/g;
const DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/;

/** Job-history rows and the known error codes each carries, in page order. */
export function locateCodeRows(doc: Document, codes: readonly number[]): { row: Element; code: number }[] {
  const wanted = new Set(codes);
  const found: { row: Element; code: number }[] = [];
  for (const row of Array.from(doc.querySelectorAll('tr'))) {
    const cells = Array.from(row.children).filter((c) => c.tagName === 'TD');
    if (cells.length === 0) continue;
    for (const cell of cells) {
      const text = cell.textContent ?? '';
      if (DATE.test(text) || text.includes('@')) continue;
      const code = Array.from(text.matchAll(CODE), (m) => Number(m[0])).find((c) => wanted.has(c));
      if (code !== undefined) {
        found.push({ row, code });
        break;
      }
    }
  }
  return found;
}
