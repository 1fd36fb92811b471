import { isWebConfig } from '@wcoa/shared/webconfig';
import { browser } from 'wxt/browser';
import { hostsOverlay, isFrameset } from './frames.ts';
import { handOver } from './handoff.ts';
import { loadFile, messagesFile, OVERLAY_FILE, PAGE_REPORT_FILE, startOverlay } from './load.ts';
import { type Mirrored, readMirror, type Welcome } from './mirror.ts';

type Reply = { ok: true; data: Welcome } | { ok: false } | null;

/**
 * The content script every frame of an enabled printer (or every site, with the options switch)
 * runs: is this Web Config at all? Language-neutral marks only (head marks, then Web Config's page
 * structure), no UI, no message table. A Web Config frame of an enabled printer then starts the
 * overlay (or, in the frames that do not host it, loads the page reporter) with what it starts from,
 * read from the worker's mirror (mirror.ts): the overlay and its table are most often in the frame
 * already (printers/preloads.ts, parsed but not run); else the gate loads them itself. The service
 * worker sleeps on until the overlay, once drawn, talks to it. A frame that is not Web Config never
 * wakes it; a frame of an origin not enabled gets nothing: the overlay is never started there.
 * A frameset document is not read: its frames run their own gate.
 */
export function runGate(): void {
  const origin = /^https?:$/.test(location.protocol) ? location.origin : null;
  // Read before the page is parsed: one storage read, which does not wake the worker.
  const mirror = origin ? readMirror(origin) : Promise.resolve(null);
  const loads = new Map<string, Promise<unknown>>();
  const load = (file: string) => loads.get(file) ?? loads.set(file, loadFile(file)).get(file)!;
  const loadOverlay = (table: NonNullable<Welcome['table']>) =>
    // Both at once; the overlay waits for the answer handed over below, which waits for the table.
    Promise.all([load(OVERLAY_FILE), load(messagesFile(table))]);

  // The answer the overlay takes, known at DOMContentLoaded (the overlay may be in before that).
  let answer!: (reply: Promise<Reply>) => void;
  handOver(new Promise<Reply>((resolve) => (answer = resolve)));
  const read = () => {
    if (isFrameset(document) || !isWebConfig(document, location.href)) {
      answer(Promise.resolve(null));
      return;
    }
    const hosts = hostsOverlay(window);
    answer(welcome(hosts, mirror).then((reply) => loaded(reply, loadOverlay, load)));
  };
  // Registered at document_start (printers/content-scripts.ts) so that its listener is the page's
  // first for DOMContentLoaded: detection needs the parsed DOM and nothing more. Injected into a
  // page already parsed (the popup enabling a printer), it reads at once.
  if (document.readyState !== 'loading') {
    read();
    return;
  }
  document.addEventListener('DOMContentLoaded', read, { once: true });
  // An enabled printer's own pages are Web Config: the overlay starts loading as the page's body
  // does (not in a frameset, nor in a frame that will not host it), detection still decides at
  // DOMContentLoaded whether it shows.
  whenBody(() =>
    mirror.then((m) => {
      if (m?.own?.table && document.readyState === 'loading' && hostsOverlay(window))
        void loadOverlay(m.own.table).catch(() => undefined);
    }),
  );
}

/** The frame's welcome (the `webconfig-frame` answer): from the mirror, or from the worker without one. */
async function welcome(hosts: boolean, mirror: Promise<Mirrored | null | undefined>): Promise<Reply> {
  const m = await mirror;
  if (m === undefined) return browser.runtime.sendMessage({ type: 'webconfig-frame', hostsOverlay: hosts });
  const data = m?.welcome;
  return data ? { ok: true, data: { ...data, table: hosts ? data.table : null } } : null;
}

/** The reply, once the overlay and its table (or, in a frame that does not host it, the reporter) are in. */
async function loaded(
  reply: Reply,
  loadOverlay: (table: NonNullable<Welcome['table']>) => Promise<unknown>,
  load: (file: string) => Promise<unknown>,
): Promise<Reply> {
  if (!reply?.ok || !reply.data.enabled) return reply;
  try {
    if (reply.data.table) {
      await loadOverlay(reply.data.table);
      // The overlay takes this reply (handoff.ts) as soon as the gate hands it over, just after.
      startOverlay();
    } else await load(PAGE_REPORT_FILE);
  } catch (error) {
    console.warn('wcoa: could not load into the Web Config frame', error);
  }
  return reply;
}

/** Calls back once the parser has opened the page's body (or frameset). */
function whenBody(then: () => void): void {
  if (document.body) {
    then();
    return;
  }
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    then();
  });
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => observer.disconnect(), { once: true });
}
