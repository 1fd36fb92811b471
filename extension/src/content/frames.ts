/**
 * Which frame shows the overlay: never more than one per tab, and never a frameset document (it
 * cannot render one). An unframed page hosts it itself; inside COMMON/TOP's frameset, the largest
 * frame (Web Config's content frame, not its menu) does. Frames of another origin, whose parents
 * we cannot inspect, and frames inside an ordinary page stay quiet.
 */
export function isFrameset(doc: Document): boolean {
  return doc.body?.tagName === 'FRAMESET' || doc.querySelector(':root > frameset') !== null;
}

function area(frame: Element): number {
  const r = frame.getBoundingClientRect();
  return r.width * r.height;
}

export function hostsOverlay(win: Window): boolean {
  if (isFrameset(win.document)) return false;
  let child: Window = win;
  while (child !== child.parent) {
    let parentDoc: Document;
    let element: Element | null;
    try {
      parentDoc = child.parent.document;
      element = child.frameElement;
    } catch {
      return false; // another origin above us
    }
    if (!element || !isFrameset(parentDoc)) return false;
    const frames = Array.from(parentDoc.querySelectorAll('frame'));
    const largest = frames.reduce<Element | null>(
      (best, f) => (!best || area(f) > area(best) ? f : best),
      null,
    );
    if (largest !== element) return false;
    child = child.parent;
  }
  return true;
}
