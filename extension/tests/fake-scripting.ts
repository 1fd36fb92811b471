import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Script = { id: string; matches?: string[]; allFrames?: boolean; js?: string[]; runAt?: string };

/**
 * The browser's content script registry, in memory (WXT's fake browser has none): the worker
 * registers the gate and the preloads there whenever the printers or the mirror change.
 */
export function fakeScripting() {
  const registered = new Map<string, Script>();
  fakeBrowser.scripting.getRegisteredContentScripts = vi.fn(async (filter?: { ids?: string[] }) =>
    [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  ) as never;
  fakeBrowser.scripting.registerContentScripts = vi.fn(async (scripts: Script[]) => {
    for (const s of scripts) registered.set(s.id, s);
  }) as never;
  fakeBrowser.scripting.updateContentScripts = vi.fn(async (scripts: Script[]) => {
    for (const s of scripts) registered.set(s.id, { ...registered.get(s.id), ...s });
  }) as never;
  fakeBrowser.scripting.unregisterContentScripts = vi.fn(async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? []) registered.delete(id);
  }) as never;
  return registered;
}
