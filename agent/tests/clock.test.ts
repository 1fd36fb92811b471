import { readFileSync } from 'node:fs';
import { type AgentTransport, callEndpoint, ENDPOINTS } from '@wcoa/shared/protocol';
import { tempHome } from '@wcoa/test/agent-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningAgent, startAgent } from '../src/agent.ts';
import { NETWORK, pageModel } from './printers-fixtures.ts';

/**
 * The agent's clock is injectable (StartOptions.clock → AgentContext.clock): with it pinned, the
 * dates the printers routes stamp and count from are exact, so the fleet list's day count can be
 * asserted to the day instead of only "not negative".
 */

const NOW = new Date('2026-11-24T12:00:00.000Z');
let agent: RunningAgent;
let transport: AgentTransport;

beforeAll(async () => {
  const homeDir = tempHome('wcoa-clock-');
  agent = await startAgent({
    homeDir,
    port: 0,
    stdout: false,
    env: { WCOA_SECRET_BACKEND: 'file' },
    clock: () => NOW,
  });
  transport = {
    baseUrl: `http://127.0.0.1:${agent.port}`,
    token: readFileSync(agent.home.cliToken, 'utf8').trim(),
  };
});
afterAll(() => agent?.close());

describe('the agent’s clock', () => {
  it('stamps a page seen and counts the days since the last mail by it', async () => {
    const { printerId } = await callEndpoint(transport, ENDPOINTS.printersSeen, {
      body: {
        origin: 'http://192.0.2.10',
        pageModel: pageModel('network-status', NETWORK),
        lastMailAt: '2026-09-25T18:00:00.000Z',
      },
    });
    const list = await callEndpoint(transport, ENDPOINTS.printers, {});
    expect(list.find((p) => p.id === printerId)).toMatchObject({
      firstSeenAt: NOW.toISOString(),
      lastSeenAt: NOW.toISOString(),
      lastMail: { at: '2026-09-25T18:00:00.000Z', source: 'job-history' },
      // 59 whole days and 18 hours: 59, one day short of the 60-day warning.
      daysSinceMail: 59,
    });
    const status = await callEndpoint(transport, ENDPOINTS.status, {});
    expect(status.startedAt).toBe(NOW.toISOString());
  });
});
