import { format, messagesFor } from '@wcoa/shared/i18n';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send, unreachable } from '../src/messages.ts';
import { langItem, pairingItem, printersItem } from '../src/settings.ts';
import { handleMessage, type Sender } from '../src/sw/handler.ts';

/** The worker's refusals speak from the message table, in the admin's language, and say what to do. */
const ctx = {
  extensionId: 'ext-id',
  extensionBaseUrl: 'chrome-extension://ext-id/',
  browserName: 'Chromium',
};
const printer: Sender = { id: 'ext-id', url: 'http://10.0.0.5/x', tab: { id: 1, url: 'http://10.0.0.5/x' } };
const options: Sender = { id: 'ext-id', url: 'chrome-extension://ext-id/options.html' };
const de = messagesFor('de');

beforeEach(async () => {
  fakeBrowser.reset();
  await langItem.setValue('de');
  await printersItem.setValue(['http://10.0.0.5']);
});

describe('the worker’s refusals', () => {
  it('words each refusal from the table, in the language the admin chose', async () => {
    const error = async (raw: unknown, sender: Sender) => {
      const reply = await handleMessage(raw, sender, ctx);
      if (reply.ok) throw new Error('expected a refusal');
      return reply.error;
    };
    expect(await error({ type: 'eval' }, options)).toEqual({
      code: 'invalid-request',
      message: de.ui.worker.unknownMessage,
    });
    expect(await error({ type: 'hello' }, { ...printer, url: 'http://10.0.0.9/' })).toEqual({
      code: 'printer-not-enabled',
      message: de.ui.worker.notEnabled,
    });
    expect(await error({ type: 'printers' }, printer)).toEqual({
      code: 'forbidden-origin',
      message: format(de.ui.worker.pagesOnly, { type: 'printers' }),
    });
    expect(await error({ type: 'checklist', checked: [] }, options)).toEqual({
      code: 'invalid-request',
      message: format(de.ui.worker.printerOnly, { type: 'checklist' }),
    });
    expect(await error({ type: 'guide-memory', memory: 'x'.repeat(9000) }, printer)).toEqual({
      code: 'payload-too-large',
      message: format(de.ui.worker.memoryTooLarge, { max: 8192 }),
    });
    expect(await error({ type: 'enable-printer', origin: 'ftp://10.0.0.7' }, options)).toEqual({
      code: 'invalid-request',
      message: format(de.ui.worker.notHttp, { origin: 'ftp://10.0.0.7' }),
    });
    expect(await error({ type: 'accounts' }, options)).toEqual({
      code: 'not-paired',
      message: de.agent.errors['not-paired'],
    });
    // No message carries the worker's old terse English.
    await langItem.setValue('ja');
    expect((await error({ type: 'eval' }, options)).message).toBe(messagesFor('ja').ui.worker.unknownMessage);
  });

  it('words its own unexpected errors too, with what to do', async () => {
    await pairingItem.setValue({ port: 9, token: 't' });
    const reply = await handleMessage({ type: 'accounts' }, options, {
      ...ctx,
      client: () => ({ accounts: () => Promise.reject(new TypeError('boom')) }) as never,
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: format(de.ui.worker.unexpected, { message: 'boom' }) },
    });
  });
});

describe('an extension updated under an open page', () => {
  it('says to reload the page, from the table, instead of the browser’s raw text', async () => {
    document.documentElement.lang = 'fr';
    // Chrome takes runtime.id away from the old scripts and rejects every message.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    const reply = await send({ type: 'hello' });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'extension-reloaded', message: messagesFor('fr').agent.errors['extension-reloaded'] },
    });
    // A worker that merely did not answer is not an update: it says so, with the browser's detail.
    expect(unreachable(new Error('Receiving end does not exist.'))).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: format(messagesFor('fr').ui.worker.noAnswer, { message: 'Receiving end does not exist.' }),
      },
    });
    document.documentElement.lang = '';
  });
});
