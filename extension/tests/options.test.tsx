import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../src/pages/options.tsx';
import { allSitesItem, langItem, printersItem } from '../src/settings.ts';
import { handleMessage } from '../src/sw/handler.ts';
import { fakeScripting } from './fake-scripting.ts';
import { renderRoot } from './render-root.ts';

const root = renderRoot();
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
  fakeScripting();
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
  await act(async () => {
    render(<Options />, root);
  });
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

describe('the options page for an admin', () => {
  it('shows a first-run tour once: what the panel is, how to fold and dock it, where the options are', async () => {
    await flush();
    const tour = byTestId('tour');
    expect(tour?.textContent).toContain('folds to a tab');
    expect(tour?.textContent).toContain('dock it left or right');
    act(() => byTestId<HTMLButtonElement>('tour-done')!.click());
    await flush();
    await flush();
    expect(byTestId('tour')).toBeNull();
  });

  it('its placeholder pairing code is one the form accepts', async () => {
    const { PAIRING_CODE_EXAMPLE, PairingCodeSchema } = await import('@wcoa/shared/protocol');
    const input = byTestId<HTMLInputElement>('pair-code')!;
    expect(input.placeholder).toBe(PAIRING_CODE_EXAMPLE);
    expect(PairingCodeSchema.safeParse(input.placeholder).success).toBe(true);
  });

  it('says the pairing state now, and asks for the port when no agent answers', async () => {
    await vi.waitFor(async () => {
      await flush();
      expect(byTestId('pairing-state')?.getAttribute('data-state')).toBe('down');
    });
    expect(byTestId('agent-port-input')).not.toBeNull();
    type(byTestId<HTMLInputElement>('agent-port-input')!, '28765');
    await act(async () => {
      byTestId<HTMLFormElement>('agent-port-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    await vi.waitFor(async () => {
      await flush();
      expect(byTestId('agent-port-result')?.textContent ?? '').toContain('No agent answers on port 28765');
    });
  });

  it('has one Printers section', () => {
    const headings = Array.from(root.querySelectorAll('h2'), (h) => h.textContent);
    expect(headings.filter((h) => h === 'Printers')).toHaveLength(1);
  });

  it('keeps the expected mail servers lint should accept, refusing what is not host:port', async () => {
    const box = byTestId<HTMLTextAreaElement>('expected-endpoints')!;
    act(() => {
      box.value = 'not a host!';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      byTestId<HTMLFormElement>('endpoints-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    expect(byTestId('expected-endpoints-result')?.className).toBe('bad');
    act(() => {
      box.value = '127.0.0.1:25871';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      byTestId<HTMLFormElement>('endpoints-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    });
    const { expectedEndpointsItem } = await import('../src/settings.ts');
    expect(await expectedEndpointsItem.getValue()).toEqual(['127.0.0.1:25871']);
  });
});

describe('the one port field', () => {
  it('reads empty as the known port, and only whole numbers from 1 to 65535', async () => {
    const { portOf } = await import('../src/pages/port-field.tsx');
    expect(portOf('', 8765)).toBe(8765);
    expect(portOf(' 28765 ', 8765)).toBe(28765);
    for (const bad of ['0', '65536', '12a', '1e3', '-1', '8765.5', '000000001'])
      expect(portOf(bad, 8765)).toBeNull();
  });
});
