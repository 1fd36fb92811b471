import { useEffect, useState } from 'preact/hooks';

export interface RowBadge {
  row: Element;
  label: string;
  title: string;
  cause: string | null;
}

export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

export function rectOf(element: Element): Rect | null {
  const r = element.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  return { top: r.top, left: r.left, width: r.width, height: r.height };
}

/**
 * Measure again, once per frame at most, whenever what we draw over may have moved: scrolling,
 * resizing, the page's layout changing size (rows shown or hidden), or new things to draw.
 */
function useLayoutTick(watched: readonly Element[]): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let pending = 0;
    const bump = () => {
      if (pending) return;
      pending = requestAnimationFrame(() => {
        pending = 0;
        setTick((n) => n + 1);
      });
    };
    bump();
    const resized = new ResizeObserver(bump);
    for (const element of [document.documentElement, document.body, ...watched])
      if (element) resized.observe(element);
    window.addEventListener('scroll', bump, { capture: true, passive: true });
    window.addEventListener('resize', bump, { passive: true });
    return () => {
      cancelAnimationFrame(pending);
      resized.disconnect();
      window.removeEventListener('scroll', bump, { capture: true });
      window.removeEventListener('resize', bump);
    };
  }, watched);
  return tick;
}

/** Narrower than this, a badge says too little to be worth drawing: the panel explains the row. */
const MIN_BADGE = 120;

/**
 * Where a row's badge may go without covering any column of its table: beside the table, in the
 * free space right of it (up to `right`, where the panel starts) or left of it; null when neither
 * has room (the explanation stays in the panel, linked to the row).
 */
export function badgeSpot(
  table: Rect,
  bounds: { left: number; right: number },
): { left: number; maxWidth: number } | null {
  const rightSpace = bounds.right - (table.left + table.width) - 16;
  if (rightSpace >= MIN_BADGE) return { left: table.left + table.width + 8, maxWidth: rightSpace };
  const leftSpace = table.left - bounds.left - 16;
  if (leftSpace >= MIN_BADGE) return { left: bounds.left + 8, maxWidth: leftSpace };
  return null;
}

/**
 * Drawn over Web Config without touching its DOM: an outline around the field a step is about, and
 * the meaning of each error code beside (never over) its job-history row. Only the badges take
 * pointer events. `bounds` is the part of the viewport the panel leaves free.
 */
export function Layer({
  outline,
  badges,
  bounds,
}: {
  outline: Element | null;
  badges: RowBadge[];
  bounds: { left: number; right: number };
}) {
  useLayoutTick(outline ? [outline, ...badges.map((b) => b.row)] : badges.map((b) => b.row));
  const box = outline ? rectOf(outline) : null;
  return (
    <div class="layer">
      {box && (
        <div
          class="outline"
          data-testid="field-outline"
          style={{
            top: `${box.top - 4}px`,
            left: `${box.left - 4}px`,
            width: `${box.width + 8}px`,
            height: `${box.height + 8}px`,
          }}
        />
      )}
      {badges.map((badge, i) => {
        const r = rectOf(badge.row);
        const table = badge.row.closest('table');
        const t = table ? rectOf(table) : r;
        if (!r || !t) return null;
        const spot = badgeSpot(t, bounds);
        if (!spot) return null;
        return (
          <div
            key={i}
            class="rowhint"
            data-cause={badge.cause ?? ''}
            title={badge.title}
            style={{
              top: `${r.top + Math.max(0, (r.height - 20) / 2)}px`,
              left: `${spot.left}px`,
              maxWidth: `${spot.maxWidth}px`,
            }}
          >
            {badge.label}
          </div>
        );
      })}
    </div>
  );
}
