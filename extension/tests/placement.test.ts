import { describe, expect, it } from 'vitest';
import { type Box, choosePlacement, overlaps, panelBox, tabTop } from '../src/content/placement.ts';
import { badgeSpot } from '../src/overlay/layer.tsx';

const wide = { width: 1280, height: 800 };
const narrow = { width: 1024, height: 768 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('where the panel may sit (never over the printer)', () => {
  it('stays where the admin docked it when it covers nothing there', () => {
    const form = [box(200, 100, 700, 400)];
    expect(choosePlacement({ dock: 'right', collapsed: false }, form, wide, 600)).toEqual({
      layout: { dock: 'right', collapsed: false },
      top: 12,
      reason: 'chosen',
    });
  });

  it('moves to the other side when its side would cover an error line', () => {
    const errorLine = [box(800, 60, 1100, 80)];
    expect(choosePlacement({ dock: 'right', collapsed: false }, errorLine, wide, 600).layout).toEqual({
      dock: 'left',
      collapsed: false,
    });
  });

  it('folds to a tab when both sides would cover something (a table across the page at 1024 px)', () => {
    const table = [box(10, 200, 1010, 600)];
    expect(choosePlacement({ dock: 'left', collapsed: false }, table, narrow, 600)).toMatchObject({
      layout: { dock: 'left', collapsed: true },
      reason: 'folded',
    });
  });

  it('moves down below what it would cover when enough height is left', () => {
    const form = [box(10, 40, 1010, 300)];
    const placed = choosePlacement({ dock: 'right', collapsed: false }, form, narrow, 600);
    expect(placed).toMatchObject({ layout: { dock: 'right', collapsed: false }, reason: 'lowered' });
    expect(placed.top).toBeGreaterThanOrEqual(300);
    expect(overlaps(panelBox('right', narrow, 600, placed.top), form[0]!)).toBe(false);
  });

  it('a panel shorter than the page leaves what is below it', () => {
    const below = [box(900, 500, 1200, 520)];
    expect(overlaps(panelBox('right', wide, 300), below[0]!)).toBe(false);
    expect(choosePlacement({ dock: 'right', collapsed: false }, below, wide, 300).reason).toBe('chosen');
  });

  it("a full-width note alone never folds the panel; it sits over the note, clear of the printer's messages", () => {
    const note = { ...box(10, 60, 1010, 120), note: true };
    const errorLine = box(10, 140, 400, 160);
    const placed = choosePlacement({ dock: 'right', collapsed: false }, [note, errorLine], narrow, 600);
    expect(placed).toMatchObject({ layout: { dock: 'right', collapsed: false } });
    expect(overlaps(panelBox('right', narrow, 600, placed.top), errorLine)).toBe(false);
  });

  it('a note is still kept clear when the panel can avoid it', () => {
    const note = { ...box(10, 40, 1010, 100), note: true };
    const placed = choosePlacement({ dock: 'right', collapsed: false }, [note], narrow, 500);
    expect(placed.reason).toBe('lowered');
    expect(overlaps(panelBox('right', narrow, 500, placed.top), note)).toBe(false);
  });

  it('the same box as a message (not a note) still folds the panel', () => {
    const message = box(10, 60, 1010, 120);
    const table = box(10, 200, 1010, 600);
    expect(choosePlacement({ dock: 'right', collapsed: false }, [message, table], narrow, 600).reason).toBe(
      'folded',
    );
    const asNote = { ...message, note: true };
    expect(choosePlacement({ dock: 'right', collapsed: false }, [asNote, table], narrow, 600).reason).toBe(
      'folded',
    );
  });

  it('the tab finds a free spot on its edge', () => {
    const control = [box(1000, 300, 1280, 340)];
    const top = tabTop('right', control, wide, 150);
    expect(overlaps(box(1280 - 34, top, 1280, top + 150), control[0]!)).toBe(false);
  });
});

describe('job-history badges', () => {
  it('sit beside the table when there is room, never over a column', () => {
    const table = { left: 10, top: 100, width: 600, height: 300 };
    const spot = badgeSpot(table, { left: 0, right: 1280 - 364 });
    expect(spot?.left).toBeGreaterThanOrEqual(610);
  });

  it('are not drawn when the table fills the free width (the panel explains the row)', () => {
    const table = { left: 10, top: 100, width: 990, height: 300 };
    expect(badgeSpot(table, { left: 0, right: 1024 - 34 })).toBeNull();
  });
});
