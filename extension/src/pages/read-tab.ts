import type { PageModel } from '@wcoa/shared/webconfig';
import { detect } from '@wcoa/shared/webconfig';
import { browser } from 'wxt/browser';

export interface TabReading {
  tabId: number;
  url: string;
  origin: string;
  /** The most telling frame's model (a Web Config content frame beats the frameset around it). */
  model: PageModel;
}

const RANK: Record<string, number> = { 'not-webconfig': 0, 'webconfig-other': 1 };

/**
 * What the popup knows about the active tab: activeTab lets it read the tab's frames once the admin
 * clicks the toolbar button; detection runs here, on a parsed copy, so nothing of ours runs in the page.
 */
export async function readActiveTab(): Promise<TabReading | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return null;
  const results = await browser.scripting.executeScript({
    target: { tabId: tab.id, allFrames: true },
    // A copy of each frame's markup without any password value: detection needs the structure only.
    func: () => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      for (const field of Array.from(copy.querySelectorAll('input[type="password" i]')))
        field.removeAttribute('value');
      return { html: copy.outerHTML, url: location.href };
    },
  });
  let best: PageModel | null = null;
  for (const result of results) {
    const frame = result.result as { html: string; url: string } | undefined;
    if (!frame) continue;
    const doc = new DOMParser().parseFromString(frame.html, 'text/html');
    const model = detect(doc, frame.url);
    if (!best || (RANK[model.page] ?? 2) > (RANK[best.page] ?? 2)) best = model;
  }
  if (!best) return null;
  return { tabId: tab.id, url: tab.url, origin: new URL(tab.url).origin, model: best };
}
