import { useEffect, useState } from 'preact/hooks';

export interface RowBadge {
  row: Element;
  label: string;
  title: string;
  cause: string | null;
}

interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

function rectOf(element: Element): Rect | null {
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

/**
 * Drawn over Web Config without touching its DOM: an outline around the field a step is about, and
 * the meaning of each error code beside its job-history row. Only the badges take pointer events.
 */
export function Layer({
  outline,
  badges,
  panelWidth,
}: {
  outline: Element | null;
  badges: RowBadge[];
  panelWidth: number;
}) {
  useLayoutTick(outline ? [outline, ...badges.map((b) => b.row)] : badges.map((b) => b.row));
  const box = outline ? rectOf(outline) : null;
  const right = window.innerWidth - panelWidth;
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
        if (!r) return null;
        const left = Math.min(r.left + r.width + 8, right - 200);
        return (
          <div
            key={i}
            class="rowhint"
            data-cause={badge.cause ?? ''}
            title={badge.title}
            style={{ top: `${r.top + Math.max(0, (r.height - 20) / 2)}px`, left: `${Math.max(0, left)}px` }}
          >
            {badge.label}
          </div>
        );
      })}
    </div>
  );
}
