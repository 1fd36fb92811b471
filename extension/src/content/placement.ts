import type { Layout } from '../overlay/overlay.tsx';

/**
 * Where the overlay may sit without hiding the printer: what it must never cover (the printer's
 * messages and error lines, data tables such as Job History, every form control), measured on the
 * page as laid out now, and the panel's place chosen against it.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  /**
   * A full-width explanatory note (Web Config's div.information): the panel keeps clear of it when it
   * can, but a note alone never folds the panel; only messages, error lines, tables and controls do.
   */
  note?: boolean;
}

export const PANEL_WIDTH = 340;
export const PANEL_MARGIN = 12;
/** The folded tab's size (vertical text), for finding it a free spot on the edge. */
export const TAB_WIDTH = 34;

const CONTROLS = 'input:not([type="hidden" i]), select, textarea, button';
// Web Config prints its messages in div.warning and notes in div.information; other firmware in
// alert roles or error classes.
const ALERTS = '.warning, [role="alert"], .error, .errormsg, .message';
const MESSAGES = `${ALERTS}, .information`;
/** The panel moved down below what it would cover keeps at least this much height, or it folds. */
export const MIN_PANEL_HEIGHT = 260;

/** A note's box is its text's, not its block's: a short line in a wide block leaves the rest free. */
function textRect(element: Element): DOMRect {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const r = range.getBoundingClientRect();
  return r.width > 0 ? r : element.getBoundingClientRect();
}

function visibleBox(
  element: Element,
  viewport: { width: number; height: number },
  measure: (e: Element) => DOMRect = (e) => e.getBoundingClientRect(),
): Box | null {
  const r = measure(element);
  if (r.width <= 0 || r.height <= 0) return null;
  if (r.bottom <= 0 || r.top >= viewport.height || r.right <= 0 || r.left >= viewport.width) return null;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (style && (style.visibility === 'hidden' || style.display === 'none')) return null;
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
}

/** A table of data (no form in it, no table in it): Job History's, a status table; not a layout grid. */
function isDataTable(table: Element): boolean {
  return !table.querySelector(`table, ${CONTROLS}`) && table.querySelectorAll('tr').length > 1;
}

/** A note, not a message: div.information with no warning or error line of its own inside it. */
function isNote(element: Element): boolean {
  return !element.matches(ALERTS) && !element.querySelector(ALERTS);
}

/** Everything of the printer's the overlay must leave visible, as laid out now. */
export function protectedBoxes(doc: Document, viewport: { width: number; height: number }): Box[] {
  const boxes: Box[] = [];
  const add = (element: Element, measure?: (e: Element) => DOMRect, note = false) => {
    if (element.closest('wcoa-overlay')) return;
    const box = visibleBox(element, viewport, measure);
    if (box) boxes.push(note ? { ...box, note } : box);
  };
  for (const element of Array.from(doc.querySelectorAll(CONTROLS)).slice(0, 2000)) add(element);
  // A message or error line is kept clear as the whole line it owns; a note only where its text is.
  for (const element of Array.from(doc.querySelectorAll(MESSAGES)).slice(0, 200)) {
    const note = isNote(element);
    add(element, note ? textRect : undefined, note);
  }
  for (const table of Array.from(doc.querySelectorAll('table')).slice(0, 200))
    if (isDataTable(table)) add(table);
  return boxes;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function panelBox(
  dock: Layout['dock'],
  viewport: { width: number; height: number },
  height: number,
  top: number = PANEL_MARGIN,
): Box {
  const left = dock === 'right' ? viewport.width - PANEL_MARGIN - PANEL_WIDTH : PANEL_MARGIN;
  const bottom = top + Math.min(height, viewport.height - top - PANEL_MARGIN);
  return { left, top, right: left + PANEL_WIDTH, bottom };
}

export type PlacementReason = 'chosen' | 'moved' | 'lowered' | 'folded';

export interface Placement {
  layout: Layout;
  /** The panel's top (px): below what it would otherwise cover when lowered. */
  top: number;
  reason: PlacementReason;
}

/**
 * The admin's layout when the panel covers nothing there; else the other side when that is free;
 * else, on either side, lower, below everything it would cover, when enough height remains; else
 * folded to a tab on the admin's side. A folded layout stays folded.
 */
export function choosePlacement(
  preferred: Layout,
  boxes: readonly Box[],
  viewport: { width: number; height: number },
  panelHeight: number,
): Placement {
  const placed = placeAvoiding(preferred, boxes, viewport, panelHeight);
  // Notes are kept clear when possible; when only they stand in the way the panel may sit over them.
  if (placed.reason !== 'folded' || !boxes.some((box) => box.note)) return placed;
  return placeAvoiding(
    preferred,
    boxes.filter((box) => !box.note),
    viewport,
    panelHeight,
  );
}

function placeAvoiding(
  preferred: Layout,
  boxes: readonly Box[],
  viewport: { width: number; height: number },
  panelHeight: number,
): Placement {
  if (preferred.collapsed) return { layout: preferred, top: PANEL_MARGIN, reason: 'chosen' };
  const other: Layout['dock'] = preferred.dock === 'right' ? 'left' : 'right';
  const covered = (dock: Layout['dock'], top: number) => {
    const panel = panelBox(dock, viewport, panelHeight, top);
    return boxes.filter((box) => overlaps(panel, box));
  };
  if (covered(preferred.dock, PANEL_MARGIN).length === 0)
    return { layout: preferred, top: PANEL_MARGIN, reason: 'chosen' };
  if (covered(other, PANEL_MARGIN).length === 0)
    return { layout: { dock: other, collapsed: false }, top: PANEL_MARGIN, reason: 'moved' };
  for (const dock of [preferred.dock, other]) {
    // Below the lowest thing in the panel's column: nothing of the printer's under it from there on.
    const column = panelBox(dock, viewport, viewport.height, 0);
    const inColumn = boxes.filter((box) => overlaps({ ...column, top: -Infinity, bottom: Infinity }, box));
    const top = Math.max(PANEL_MARGIN, ...inColumn.map((box) => box.bottom + 8));
    if (viewport.height - top - PANEL_MARGIN >= MIN_PANEL_HEIGHT && covered(dock, top).length === 0)
      return { layout: { dock, collapsed: false }, top, reason: 'lowered' };
  }
  return { layout: { dock: preferred.dock, collapsed: true }, top: PANEL_MARGIN, reason: 'folded' };
}

/** A top for the folded tab on its edge where it covers nothing (from 40% down, then up); 40% if none. */
export function tabTop(
  dock: Layout['dock'],
  boxes: readonly Box[],
  viewport: { width: number; height: number },
  tabHeight: number,
): number {
  const left = dock === 'right' ? viewport.width - TAB_WIDTH : 0;
  const start = Math.round(viewport.height * 0.4);
  const fits = (top: number) =>
    !boxes.some((box) => overlaps({ left, right: left + TAB_WIDTH, top, bottom: top + tabHeight }, box));
  const last = Math.max(0, viewport.height - tabHeight);
  for (let step = 0; step <= viewport.height; step += 24) {
    if (start + step <= last && fits(start + step)) return start + step;
    if (start - step >= 0 && fits(start - step)) return start - step;
  }
  return Math.min(start, last);
}
