import { format, messagesFor } from '@wcoa/shared/i18n';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage } from './browser.ts';
import { type Stack, startStack } from './stack.ts';

/**
 * The service worker carries no message table: its refusals travel as ids and the extension page
 * that receives one words it from its own table, in its language, saying what to do.
 */
let stack: Stack;

beforeAll(async () => {
  // No agent, not paired: every call that needs the agent is refused by the worker itself.
  stack = await startStack({});
});

afterAll(() => stack?.close());

describe('the worker’s refusals, worded by the page', () => {
  it('go out as ids, with no words from the worker', async () => {
    const page = await stack.browser.context.newPage();
    await page.goto(extensionPage(stack.browser, 'options.html'));
    const replies = await page.evaluate(async () => {
      // The extension page's own runtime (typed loosely: the test project has no chrome types).
      const { runtime } = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome;
      const send = (message: unknown) => runtime.sendMessage(message);
      return [await send({ type: 'eval' }), await send({ type: 'printers' })];
    });
    expect(replies).toEqual([
      { ok: false, error: { code: 'invalid-request', message: '', refusal: { id: 'unknownMessage' } } },
      { ok: false, error: { code: 'not-paired', message: '', refusal: { id: 'notPaired' } } },
    ]);
    await page.close();
  });

  it('a page in German says in German that the browser is not paired, and how to pair it', async () => {
    const options = await stack.browser.context.newPage();
    await options.goto(extensionPage(stack.browser, 'options.html'));
    await options.getByTestId('language').selectOption('de');
    await options.close();

    const sheet = await stack.browser.context.newPage();
    await sheet.goto(`chrome-extension://${stack.browser.extensionId}/sheet.html?id=p1`);
    const error = sheet.getByTestId('sheet-error');
    await error.waitFor();
    const de = messagesFor('de');
    expect(await error.textContent()).toBe(
      format(de.sheet.page.failed, { message: de.agent.errors['not-paired'] }),
    );
    expect(await error.textContent()).toContain('npx wcoa pair');
    await sheet.close();
  });
});
