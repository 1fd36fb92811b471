import type { Page } from 'playwright-core';

/**
 * Reaching into the overlay as a person does: by looking and clicking. Page scripts cannot see into
 * the closed shadow root, and neither can Playwright's selectors; the DevTools protocol's DOM view
 * (pierce: true) can, so tests find an element there and click its on-screen position with the mouse.
 */
interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  contentDocument?: CdpNode;
}

function* walk(node: CdpNode, insideOverlay = false): Generator<{ node: CdpNode; insideOverlay: boolean }> {
  const inside = insideOverlay || node.nodeName === 'WCOA-OVERLAY';
  yield { node, insideOverlay: inside };
  // The browser's own shadow trees (<details>, <select>) are not the page's content.
  const shadows = (node.shadowRoots ?? []).filter((root) => root.shadowRootType !== 'user-agent');
  for (const child of [
    ...shadows,
    ...(node.children ?? []),
    ...(node.contentDocument ? [node.contentDocument] : []),
  ]) {
    yield* walk(child, inside);
  }
}

function attribute(node: CdpNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

async function documentTree(page: Page) {
  const session = await page.context().newCDPSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  return { session, root };
}

/** Whether the overlay currently shows an element with this data-testid. */
export async function overlayHas(page: Page, testId: string): Promise<boolean> {
  const { session, root } = await documentTree(page);
  try {
    for (const { node, insideOverlay } of walk(root)) {
      if (insideOverlay && attribute(node, 'data-testid') === testId) return true;
    }
    return false;
  } finally {
    await session.detach();
  }
}

/** The text of the overlay element with this data-testid, or null. */
export async function overlayText(page: Page, testId: string): Promise<string | null> {
  const { session, root } = await documentTree(page);
  try {
    for (const { node, insideOverlay } of walk(root)) {
      if (!insideOverlay || attribute(node, 'data-testid') !== testId) continue;
      const texts: string[] = [];
      for (const { node: n } of walk(node))
        if (n.nodeName === '#text' && n.nodeValue) texts.push(n.nodeValue);
      return texts.join('');
    }
    return null;
  } finally {
    await session.detach();
  }
}

export async function overlayAttribute(page: Page, testId: string, name: string): Promise<string | null> {
  const { session, root } = await documentTree(page);
  try {
    for (const { node, insideOverlay } of walk(root)) {
      if (insideOverlay && attribute(node, 'data-testid') === testId) return attribute(node, name) ?? null;
    }
    return null;
  } finally {
    await session.detach();
  }
}

/** Wait until the overlay shows the element, then click the middle of it with the mouse. */
export async function clickInOverlay(page: Page, testId: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const { session, root } = await documentTree(page);
    try {
      for (const { node, insideOverlay } of walk(root)) {
        if (!insideOverlay || attribute(node, 'data-testid') !== testId) continue;
        // As an admin would: scroll the panel to the button first (a long result pushes it below the fold).
        await session.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
        const { model } = (await session.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
          model: { content: number[] };
        };
        const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
        await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
        return;
      }
    } catch {
      // not laid out yet (or redrawn under us): look again
    } finally {
      await session.detach();
    }
    await page.waitForTimeout(150);
  }
  throw new Error(`the overlay shows no [data-testid=${testId}]`);
}

export async function waitForOverlayElement(page: Page, testId: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await overlayHas(page, testId)) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`the overlay never showed [data-testid=${testId}]`);
}

export interface ScreenBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where the overlay draws on screen (page coordinates, as Playwright's boundingBox gives Web
 * Config's elements): the panel or its tab, and every job-history badge.
 */
export async function overlayBoxes(page: Page): Promise<{ kind: string; box: ScreenBox }[]> {
  const { session, root } = await documentTree(page);
  try {
    const found: { kind: string; box: ScreenBox }[] = [];
    for (const { node, insideOverlay } of walk(root)) {
      if (!insideOverlay) continue;
      const testId = attribute(node, 'data-testid');
      const classes = (attribute(node, 'class') ?? '').split(/\s+/);
      const kind =
        testId === 'overlay-panel' || testId === 'overlay-tab'
          ? testId
          : classes.includes('rowhint')
            ? 'row-badge'
            : null;
      if (!kind) continue;
      const { model } = (await session.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
        model: { border: number[] };
      };
      const [x1, y1, , , x3, y3] = model.border as [number, number, number, number, number, number];
      found.push({ kind, box: { x: x1, y: y1, width: x3 - x1, height: y3 - y1 } });
    }
    return found;
  } finally {
    await session.detach();
  }
}

/** Opens the panel when the overlay folded it to a tab (it folds rather than cover the printer's words). */
export async function openPanel(page: Page): Promise<void> {
  if (await overlayHas(page, 'overlay-tab')) await clickInOverlay(page, 'overlay-tab');
  await waitForOverlayElement(page, 'overlay-panel');
}
