import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../src/pages/options.tsx';
import { allSitesItem, langItem, printersItem } from '../src/settings.ts';
import { handleMessage } from '../src/sw/handler.ts';

let root: HTMLElement;
const flush = () => act(async () => {});
const byTestId = <T extends Element = HTMLElement>(id: string) =>
  root.querySelector<T>(`[data-testid="${id}"]`);

function type(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(async () => {
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    handleMessage(
      message,
      { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' },
      {
        extensionId: 'ext-id',
        extensionBaseUrl: 'chrome-extension://ext-id/',
        browserName: 'Chromium',
        client: () => ({ health: () => Promise.reject(new Error('down')) }) as never,
      },
    ),
  );
  const granted = new Set<string>();
  fakeBrowser.permissions.request = vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    for (const o of origins) granted.add(o);
    return true;
  });
  fakeBrowser.permissions.contains = vi.fn(async ({ origins = [] }: { origins?: string[] }) =>
    origins.every((o) => granted.has(o)),
  );
  fakeBrowser.permissions.remove = vi.fn(async () => true);
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<Options />, root);
  });
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the options page', () => {
  it('explains a bad address in the admin’s language and asks the browser for nothing', async () => {
    await langItem.setValue('pt-PT');
    await flush();
    type(byTestId<HTMLInputElement>('add-printer-input')!, 'ftp://10.0.0.5');
    await act(async () => byTestId<HTMLButtonElement>('add-printer-submit')!.click());
    expect(byTestId('add-printer-result')?.textContent).toBe(
      'Só se podem adicionar endereços http:// e https://.',
    );
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });

  it('adds a printer by address and lists it', async () => {
    type(byTestId<HTMLInputElement>('add-printer-input')!, '192.168.1.20');
    await act(async () => byTestId<HTMLButtonElement>('add-printer-submit')!.click());
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://192.168.1.20/*'] });
    await vi.waitFor(async () => expect(await printersItem.getValue()).toEqual(['http://192.168.1.20']));
    await vi.waitFor(async () => {
      await flush();
      expect(byTestId('printers')?.textContent).toContain('http://192.168.1.20');
    });
  });

  it('the all-sites switch asks for every http and https site', async () => {
    await act(async () => byTestId<HTMLInputElement>('all-sites')!.click());
    await flush();
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    expect(await allSitesItem.getValue()).toBe(true);
  });

  it('says the agent is not running, with the command', async () => {
    await vi.waitFor(async () => {
      await flush();
      expect(byTestId('agent-down')?.textContent).toContain('npm start');
    });
  });
});
