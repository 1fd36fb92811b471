/**
 * The options page's printers view on its own, for the fleet benchmark (agent/bench/fleet.bench.ts):
 * mounted the way options.tsx mounts it, its data arriving through browser.runtime.sendMessage as the
 * service worker's reply (JSON text the harness put in the page, parsed inside the timed span, as
 * Chromium deserialises a runtime reply). Records, in window.__firstScreen, the milliseconds from
 * the mount to the first rows painted.
 */
import { PrintersResponseSchema } from '@wcoa/shared/protocol';
import { render } from 'preact';
import { loadPrinters } from '../src/pages/printers/load-printers.ts';
import { PrintersView } from '../src/pages/printers/printers-view.tsx';

const w = window as unknown as {
  __firstScreen?: number;
  __rows?: number;
  __validate?: (json: string) => number;
};
/** The service worker's own check of the agent's list (agent-client.ts), timed apart: it precedes the view. */
w.__validate = (json) => {
  const t0 = performance.now();
  if (!PrintersResponseSchema.safeParse(JSON.parse(json)).success) throw new Error('invalid list');
  return performance.now() - t0;
};
const root = document.getElementById('root')!;
const t0 = performance.now();
new MutationObserver((_, observer) => {
  if (!root.querySelector('[data-testid="printer-row"]')) return;
  observer.disconnect();
  // The frame after the rows are in the DOM is the one that shows them.
  requestAnimationFrame(() =>
    setTimeout(() => {
      w.__rows = root.querySelectorAll('[data-testid="printer-row"]').length;
      w.__firstScreen = performance.now() - t0;
    }, 0),
  );
}).observe(root, { childList: true, subtree: true });
render(<PrintersView lang="en" load={loadPrinters} sheetUrl={(id) => `sheet.html?printer=${id}`} />, root);
