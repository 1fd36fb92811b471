import { describe, expect, it } from 'vitest';
import { AgentCallError, agentClient } from '../src/sw/agent-client.ts';

/** The worker's client against canned agent replies: what the UI is told for each. */
function answering(status: number, body: string) {
  const urls: string[] = [];
  const fetch = (async (url: string | URL | Request) => {
    urls.push(String(url));
    return new Response(body, { status });
  }) as typeof globalThis.fetch;
  return { urls, client: agentClient({ port: 8765, token: 't0k' }, fetch) };
}

const refusal = (code: string) => JSON.stringify({ error: { code, message: `said ${code}` } });

describe('the service worker’s agent client', () => {
  it('answers the printer id the agent files a page under', async () => {
    const { urls, client } = answering(200, JSON.stringify({ ok: true, printerId: 'p1' }));
    const answer = await client.printerSeen({
      origin: 'http://10.0.0.5',
      pageModel: { vendor: null, page: 'login', model: null, lang: null, fields: {}, raw: {}, signals: [] },
    });
    expect(answer.printerId).toBe('p1');
    expect(urls).toEqual(['http://127.0.0.1:8765/v1/printers/seen']);
  });

  it('a rejected token or origin, JSON or sheet, means not paired', async () => {
    for (const code of ['unauthorized', 'forbidden-origin']) {
      const { client } = answering(code === 'unauthorized' ? 401 : 403, refusal(code));
      await expect(client.accounts()).rejects.toMatchObject({ code: 'not-paired', message: `said ${code}` });
      await expect(client.sheetHtml('p1')).rejects.toMatchObject({ code: 'not-paired' });
    }
  });

  it('keeps the agent’s own code otherwise, for JSON and for the sheet alike', async () => {
    const { client } = answering(404, refusal('printer-unknown'));
    await expect(client.sheetHtml('p1', 'de')).rejects.toEqual(expect.any(AgentCallError));
    await expect(client.sheetHtml('p1', 'de')).rejects.toMatchObject({
      code: 'printer-unknown',
      status: 404,
    });
    await expect(client.printers()).rejects.toMatchObject({ code: 'printer-unknown', status: 404 });
  });

  it('no agent answering is agent-down', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    await expect(agentClient({ port: 1 }, fetch).health()).rejects.toMatchObject({
      code: 'agent-down',
      message: 'Failed to fetch',
    });
  });

  it('the sheet comes back as its HTML text', async () => {
    const { urls, client } = answering(200, '<!doctype html><p>sheet</p>');
    expect(await client.sheetHtml('p 1', 'pt-BR')).toBe('<!doctype html><p>sheet</p>');
    expect(urls).toEqual(['http://127.0.0.1:8765/v1/printers/p%201/sheet?format=html&lang=pt-BR']);
  });
});
