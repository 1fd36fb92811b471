import { byTags, rowCells } from './elements.ts';
import type { Scope } from './scope.ts';
import { boundedText, clean, MAX_TEXT, stripLabel, textOf } from './text.ts';

/**
 * Web Config lays every page out as label/value rows: `dl.values > dt.key + dd.value` in the
 * ADVANCED UI, `tr.item > td.item-key + td.item-value` in the basic UI. A row's value is text,
 * or the form controls inside it (INPUTT_ text, INPUTR_ radios, INPUTD_/SEL_ selects).
 */

export interface Choice {
  value: string;
  text: string;
}

export type Control =
  | { kind: 'select'; name: string; selected: Choice | null; options: Choice[] }
  | { kind: 'radio'; name: string; selected: Choice | null; options: Choice[] }
  | { kind: 'text'; name: string; value: string }
  | { kind: 'checkbox'; name: string; checked: boolean; text: string }
  // A password field is noted as present; its value is never read.
  | { kind: 'password'; name: string };

export interface Row {
  label: string;
  /** The value text shown, without the text of controls, options and buttons. */
  text: string;
  controls: Control[];
  buttons: string[];
  element: Element;
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SELECT', 'OPTION', 'BUTTON', 'LABEL', 'TEXTAREA']);

function valueText(el: Element): string {
  return clean(boundedText(el, MAX_TEXT, SKIP_TEXT, ' '));
}

/** Labels and option texts are short; a longer one is noise and is cut. */
const MAX_LABEL = 300;
/**
 * The dt and tr elements looked at as rows, in page order: a Web Config page lays out a few dozen
 * (its longest, a job history, one tr per job); a 1 MB data table's thousands of wide rows are no
 * label rows and each costs its look. Rows after the first MAX_ROW_ELEMENTS are not read, and the
 * reading says so (`truncated`, detect's signal ROWS_TRUNCATED).
 */
export const MAX_ROW_ELEMENTS = 200;

/** The scope's <label for> texts. */
function readLabelTexts(root: Scope): Map<string, string> {
  const map = new Map<string, string>();
  for (const label of Array.from(root.querySelectorAll('label[for]'))) {
    const target = label.getAttribute('for');
    if (target && !map.has(target)) map.set(target, textOf(label, MAX_LABEL));
  }
  return map;
}

/** The <label for> texts, read at most once per readRows (the page may change between reads)
 * and only when a radio or checkbox with an id asks: most pages have none, and the query walks
 * the whole page. */
type Labels = () => Map<string, string>;
function lazyLabelTexts(root: Scope): Labels {
  let map: Map<string, string> | undefined;
  return () => {
    map ??= readLabelTexts(root);
    return map;
  };
}

function labelFor(input: Element, labels: Labels): string {
  const id = input.getAttribute('id');
  const byFor = id ? labels().get(id) : undefined;
  if (byFor !== undefined) return byFor;
  const wrapping = input.closest('label');
  if (wrapping) return textOf(wrapping, MAX_LABEL);
  // Bare text right after the radio: <input type=radio> Enable
  const next = input.nextSibling;
  if (next && next.nodeType === 3) return textOf(next, MAX_LABEL);
  if (next && next.nodeType === 1 && (next as Element).tagName === 'SPAN') return textOf(next, MAX_LABEL);
  return '';
}

function readControls(el: Element, labels: Labels): Control[] {
  const controls: Control[] = [];
  const radios = new Map<string, Extract<Control, { kind: 'radio' }>>();
  for (const field of Array.from(el.querySelectorAll('input, select, textarea'))) {
    const name = field.getAttribute('name') ?? field.getAttribute('id') ?? '';
    if (field.tagName === 'SELECT') {
      const select = field as HTMLSelectElement;
      const options = Array.from(select.querySelectorAll('option'), (o) => {
        const text = textOf(o, MAX_LABEL);
        return { value: (o.getAttribute('value') ?? text).slice(0, MAX_LABEL), text };
      });
      const index = select.selectedIndex;
      controls.push({
        kind: 'select',
        name,
        selected: index >= 0 ? (options[index] ?? null) : null,
        options,
      });
      continue;
    }
    if (field.tagName === 'TEXTAREA') {
      controls.push({
        kind: 'text',
        name,
        value: clean((field as HTMLTextAreaElement).value.slice(0, MAX_TEXT)),
      });
      continue;
    }
    const input = field as HTMLInputElement;
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'password') {
      controls.push({ kind: 'password', name });
    } else if (type === 'radio') {
      let group = radios.get(name);
      if (!group) {
        group = { kind: 'radio', name, selected: null, options: [] };
        radios.set(name, group);
        controls.push(group);
      }
      // INPUTR_ radios carry id NAME-VALUE; use it when the value attribute is missing.
      const id = input.getAttribute('id') ?? '';
      const fromId = id.startsWith(`${name}-`) ? id.slice(name.length + 1) : '';
      const choice = {
        value: (input.getAttribute('value') ?? fromId).slice(0, MAX_LABEL),
        text: labelFor(input, labels),
      };
      group.options.push(choice);
      if (input.checked) group.selected = choice;
    } else if (type === 'checkbox') {
      controls.push({ kind: 'checkbox', name, checked: input.checked, text: labelFor(input, labels) });
    } else if (type === 'text' || type === 'email' || type === 'number' || type === 'tel' || type === 'url') {
      controls.push({ kind: 'text', name, value: clean(input.value.slice(0, MAX_TEXT)) });
    }
  }
  return controls;
}

function readButtons(el: Element): string[] {
  return Array.from(
    el.querySelectorAll('button, input[type="button"], input[type="submit"], a.button'),
    (b) =>
      b.tagName === 'INPUT'
        ? clean((b.getAttribute('value') ?? '').slice(0, MAX_LABEL))
        : textOf(b, MAX_LABEL),
  ).filter(Boolean);
}

function makeRow(labelEl: Element, valueEl: Element, labels: Labels): Row | null {
  const label = stripLabel(boundedText(labelEl, MAX_LABEL));
  if (!label) return null;
  // A value of text alone (most rows of a status page) holds no control or button to look for.
  const bare = valueEl.firstElementChild === null;
  return {
    label,
    text: valueText(valueEl),
    controls: bare ? [] : readControls(valueEl, labels),
    buttons: bare ? [] : readButtons(valueEl),
    element: valueEl,
  };
}

/**
 * The row's cells when it has exactly two (td or th). An HTML tr's own collection is counted as it is
 * (copying it per row, as rowCells does, made the 1 MB Job History's first call run a tenth more of
 * detect's code: 229.6k characters against 207.8k, V8's block coverage page by page).
 */
function twoCells(tr: Element): [Element, Element] | null {
  const cells: ArrayLike<Element> = (tr as Partial<HTMLTableRowElement>).cells ?? rowCells(tr, 3);
  return cells.length === 2 ? [cells[0]!, cells[1]!] : null;
}

export interface RowsReading {
  rows: Row[];
  /** The page has more than MAX_ROW_ELEMENTS dt and tr: those after them were not read. */
  truncated: boolean;
}

/** The label/value rows of the scope's first MAX_ROW_ELEMENTS dt and tr, in page order. */
export function readRows(root: Scope): RowsReading {
  const rows: Row[] = [];
  const seen = new Set<Element>();
  const labels = lazyLabelTexts(root);
  // One more than is read: the last one read needs its successor (the layout check) and it tells
  // whether the page goes on.
  const candidates = byTags(root, ['dt', 'tr'], MAX_ROW_ELEMENTS + 1);
  const read = Math.min(candidates.length, MAX_ROW_ELEMENTS);
  for (let i = 0; i < read; i++) {
    const el = candidates[i]!;
    // A row that holds further rows is layout, not a label and its value; reading its controls
    // would read the nested rows' again (quadratic on nested tables). The next candidate in
    // document order is inside it exactly when it holds any.
    const next = candidates[i + 1];
    if (next && el.tagName === 'TR' && el.contains(next)) continue;
    if (el.tagName === 'DT') {
      let dd = el.nextElementSibling;
      while (dd && dd.tagName !== 'DD' && dd.tagName !== 'DT') dd = dd.nextElementSibling;
      if (dd?.tagName !== 'DD' || seen.has(dd)) continue;
      seen.add(dd);
      const row = makeRow(el, dd, labels);
      if (row) rows.push(row);
    } else {
      // Two-cell rows only: a label and its value. Wider rows are data tables (job history).
      const cells = twoCells(el);
      if (!cells) continue;
      const [key, value] = cells;
      if (key.firstElementChild && key.querySelector('input, select, textarea, button, a.button')) continue;
      const row = makeRow(key, value, labels);
      if (row) rows.push(row);
    }
  }
  return { rows, truncated: candidates.length > MAX_ROW_ELEMENTS };
}

/** The shown value of a row: the selected option or checked radio, the text input, else the text. */
export function shownValue(row: Row): string {
  for (const c of row.controls) {
    if ((c.kind === 'select' || c.kind === 'radio') && c.selected) return c.selected.text || c.selected.value;
    if (c.kind === 'text') return c.value;
  }
  return row.text;
}
