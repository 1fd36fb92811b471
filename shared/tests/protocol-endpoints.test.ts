import { describe, expect, it } from 'vitest';
import {
  AGENT_ERROR_CODES,
  AgentReplyError,
  AgentUnreachableError,
  API_ERROR_CODES,
  callEndpoint,
  ENDPOINTS,
  endpointPath,
  readErrorReply,
  requestEndpoint,
  sheetPath,
  WORKER_ERROR_CODES,
} from '../src/protocol/index.ts';
import type { PageModel } from '../src/webconfig/page-model.ts';

/** A fetch that answers one canned reply and records what it was asked. */
function canned(status: number, body: string, type = 'application/json') {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return new Response(body, { status, headers: { 'Content-Type': type } });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

/** A printersSeen body: a login page that named no vendor. */
const LOGIN_SEEN: { origin: string; pageModel: PageModel } = {
  origin: 'http://10.0.0.5',
  pageModel: { vendor: null, page: 'login', model: null, lang: null, fields: {}, raw: {}, signals: [] },
};

describe('the endpoint table', () => {
  it('names each method and path once; paths are unique per method', () => {
    const keys = Object.values(ENDPOINTS).map((e) => `${e.method} ${e.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of Object.values(ENDPOINTS)) expect(e.path).toMatch(/^\/v1\//);
  });

  it('fills parameters encoded and leaves undefined query values out', () => {
    expect(endpointPath(ENDPOINTS.removeClient, { id: 'a/b c' })).toBe('/v1/clients/a%2Fb%20c');
    expect(sheetPath('p 1', 'pdf')).toBe('/v1/printers/p%201/sheet?format=pdf');
    expect(sheetPath('p1', 'html', 'pt-BR')).toBe('/v1/printers/p1/sheet?format=html&lang=pt-BR');
  });

  it('keeps the worker’s own codes apart from the agent’s', () => {
    expect(WORKER_ERROR_CODES.filter((c) => (AGENT_ERROR_CODES as readonly string[]).includes(c))).toEqual(
      [],
    );
    expect(API_ERROR_CODES).toEqual([...AGENT_ERROR_CODES, ...WORKER_ERROR_CODES]);
  });
});

describe('the one reader of an error reply', () => {
  it('takes the agent’s code and message from its error shape', () => {
    const error = readErrorReply(404, JSON.stringify({ error: { code: 'printer-unknown', message: 'no' } }));
    expect(error).toBeInstanceOf(AgentReplyError);
    expect(error).toMatchObject({ code: 'printer-unknown', message: 'no', status: 404 });
  });

  it('falls back on the status for anything else (a proxy page, a code only the worker raises)', () => {
    expect(readErrorReply(401, '<html>denied</html>')).toMatchObject({
      code: 'unauthorized',
      message: 'HTTP 401',
    });
    expect(readErrorReply(403, '')).toMatchObject({ code: 'unauthorized' });
    expect(readErrorReply(502, 'bad gateway')).toMatchObject({ code: 'internal', message: 'HTTP 502' });
    const workerCode = JSON.stringify({ error: { code: 'agent-down', message: 'x' } });
    expect(readErrorReply(500, workerCode)).toMatchObject({ code: 'internal' });
  });
});

describe('calling an endpoint', () => {
  it('sends the method, path, token and JSON body the table gives, and checks the answer', async () => {
    const { calls, fetch } = canned(200, JSON.stringify({ ok: true, printerId: 'p1' }));
    const answer = await callEndpoint(
      { baseUrl: 'http://127.0.0.1:1', token: 't0k', fetch },
      ENDPOINTS.printersSeen,
      {
        body: LOGIN_SEEN,
      },
    );
    expect(answer).toEqual({ ok: true, printerId: 'p1' });
    expect(calls[0]!.url).toBe('http://127.0.0.1:1/v1/printers/seen');
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toMatchObject({
      Authorization: 'Bearer t0k',
      'Content-Type': 'application/json',
    });
  });

  it('refuses an answer its schema does not accept (the reply the agent never sends)', async () => {
    const { fetch } = canned(200, JSON.stringify({ ok: true, id: 'p1' }));
    await expect(
      callEndpoint({ baseUrl: 'http://127.0.0.1:1', fetch }, ENDPOINTS.printersSeen, {
        body: LOGIN_SEEN,
      }),
    ).rejects.toMatchObject({ code: 'internal', message: 'unexpected answer from /v1/printers/seen' });
  });

  it('turns an error reply and no answer at all into their errors', async () => {
    const refused = canned(429, JSON.stringify({ error: { code: 'rate-limited', message: 'wait' } }));
    await expect(
      requestEndpoint({ baseUrl: 'http://127.0.0.1:1', fetch: refused.fetch }, ENDPOINTS.health, {}),
    ).rejects.toMatchObject({ code: 'rate-limited', status: 429 });
    const down = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    await expect(
      requestEndpoint({ baseUrl: 'http://127.0.0.1:1', fetch: down }, ENDPOINTS.health, {}),
    ).rejects.toBeInstanceOf(AgentUnreachableError);
  });
});
