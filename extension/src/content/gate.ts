import { isWebConfig } from '@wcoa/shared/webconfig';
import { browser } from 'wxt/browser';
import { hostsOverlay, isFrameset } from './frames.ts';
import { handOver } from './handoff.ts';

/**
 * The content script every frame of an enabled printer (or every site, with the options switch)
 * runs: is this Web Config at all? Language-neutral marks only (head marks, then Web Config's page
 * structure), no UI, no message table. Only a Web Config frame wakes the service worker, which
 * injects the overlay (or, in the frames that do not host it, the page reporter). A frameset
 * document is not read: its frames run their own gate.
 */
export function runGate(): void {
  // Registered at document_start (printers/content-scripts.ts) so that its listener is the page's
  // first for DOMContentLoaded: detection needs the parsed DOM and nothing more. Injected into a
  // page already parsed (the popup enabling a printer), it reads at once.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', gate, { once: true });
  else gate();
}

function gate(): void {
  if (isFrameset(document) || !isWebConfig(document, location.href)) return;
  handOver(browser.runtime.sendMessage({ type: 'webconfig-frame', hostsOverlay: hostsOverlay(window) }));
}
