import { format, LANGS, messagesFor } from '@wcoa/shared/i18n';
import { type RuntimeFailure, WORKER_REFUSALS } from '@wcoa/shared/protocol';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asReply, send, unreachable, worded } from '../src/messages.ts';
import { langItem, pairingItem, printersItem } from '../src/settings.ts';
import { AgentCallError } from '../src/sw/agent-client.ts';
import { handleMessage, type Sender } from '../src/sw/handler.ts';
import { model } from './model.ts';

/**
 * The worker's refusals go out as ids (the worker carries no message table); the page that shows
 * one speaks it from its own table, in its language, saying what to do.
 */
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
  const error = async (raw: unknown, sender: Sender) => {
    const reply = await handleMessage(raw, sender, ctx);
    if (reply.ok) throw new Error('expected a refusal');
    return reply;
  };

  it('go out as ids with their details, no words (the worker carries no message table)', async () => {
    const cases: [unknown, Sender, Omit<RuntimeFailure['error'], 'message'>][] = [
      [{ type: 'eval' }, options, { code: 'invalid-request', refusal: { id: 'unknownMessage' } }],
      [
        { type: 'hello' },
        { ...printer, url: 'http://10.0.0.9/' },
        { code: 'printer-not-enabled', refusal: { id: 'notEnabled' } },
      ],
      [
        { type: 'printers' },
        printer,
        { code: 'forbidden-origin', refusal: { id: 'pagesOnly', params: { type: 'printers' } } },
      ],
      [
        { type: 'checklist', checked: [] },
        options,
        { code: 'invalid-request', refusal: { id: 'printerOnly', params: { type: 'checklist' } } },
      ],
      [
        { type: 'guide-memory', memory: 'x'.repeat(9000) },
        printer,
        { code: 'payload-too-large', refusal: { id: 'memoryTooLarge', params: { max: 8192 } } },
      ],
      [
        { type: 'enable-printer', origin: 'ftp://10.0.0.7' },
        options,
        {
          code: 'invalid-request',
          refusal: { id: 'notHttp', params: { origin: 'ftp://10.0.0.7' } },
        },
      ],
      [{ type: 'accounts' }, options, { code: 'not-paired', refusal: { id: 'notPaired' } }],
      [
        { type: 'page-seen', url: 'ftp://x/', pageModel: model('job-history', { errorCodes: [] }) },
        options,
        { code: 'invalid-request', refusal: { id: 'noPrinterOrigin' } },
      ],
      [
        { type: 'webconfig-frame', hostsOverlay: true },
        { ...printer, url: 'http://10.0.0.9/' },
        { code: 'printer-not-enabled', refusal: { id: 'notEnabled' } },
      ],
    ];
    for (const [raw, sender, expected] of cases) {
      expect((await error(raw, sender)).error).toEqual({ message: '', ...expected });
    }
  });

  it('are worded by the page that receives them, from its own table, in its language', async () => {
    const worded = async (raw: unknown, sender: Sender) =>
      asReply(await error(raw, sender)) as RuntimeFailure;
    document.documentElement.lang = 'de';
    expect(await worded({ type: 'eval' }, options)).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message: de.ui.worker.unknownMessage,
        refusal: { id: 'unknownMessage' },
      },
    });
    expect((await worded({ type: 'printers' }, printer)).error.message).toBe(
      format(de.ui.worker.pagesOnly, { type: 'printers' }),
    );
    expect((await worded({ type: 'guide-memory', memory: 'x'.repeat(9000) }, printer)).error.message).toBe(
      format(de.ui.worker.memoryTooLarge, { max: 8192 }),
    );
    expect((await worded({ type: 'accounts' }, options)).error.message).toBe(de.agent.errors['not-paired']);
    // Every refusal the protocol names has its words, in every language, and none is left unfilled.
    for (const lang of LANGS) {
      for (const id of WORKER_REFUSALS) {
        const text = wordedIn(lang, id);
        expect(text, `${lang} ${id}`).not.toBe('');
        expect(text, `${lang} ${id}`).not.toMatch(/\{(type|max|origin|message)\}/);
      }
    }
    document.documentElement.lang = 'ja';
    expect((await worded({ type: 'eval' }, options)).error.message).toBe(
      messagesFor('ja').ui.worker.unknownMessage,
    );
    document.documentElement.lang = '';
  });

  it('words its own unexpected errors too, with what to do', async () => {
    await pairingItem.setValue({ port: 9, token: 't' });
    const reply = await handleMessage({ type: 'accounts' }, options, {
      ...ctx,
      client: () => ({ accounts: () => Promise.reject(new TypeError('boom')) }) as never,
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'internal', message: '', refusal: { id: 'unexpected', params: { message: 'boom' } } },
    });
    expect(asReply(reply)).toMatchObject({
      error: {
        code: 'internal',
        message: format(messagesFor('en').ui.worker.unexpected, { message: 'boom' }),
      },
    });
  });

  it('keeps the agent’s own words for the agent’s failures', async () => {
    await pairingItem.setValue({ port: 9, token: 't' });
    const reply = await handleMessage({ type: 'accounts' }, options, {
      ...ctx,
      client: () =>
        ({
          accounts: () => Promise.reject(new AgentCallError('account-unknown', 'no such account')),
        }) as never,
    });
    expect(asReply(reply)).toEqual({
      ok: false,
      error: { code: 'account-unknown', message: 'no such account' },
    });
  });
});

/** One refusal worded in `lang`, with every detail it can carry. */
function wordedIn(lang: (typeof LANGS)[number], id: (typeof WORKER_REFUSALS)[number]): string {
  const params = { type: 'x', max: 1, origin: 'x', message: 'x' };
  const reply = worded(
    { ok: false, error: { code: 'internal', message: '', refusal: { id, params } } },
    messagesFor(lang),
  );
  return reply.error.message;
}

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
