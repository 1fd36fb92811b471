import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { ProbeResponseSchema } from '@wcoa/shared/protocol';
import { type AgentProcess, startAgentProcess } from '@wcoa/test/agent-process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 14, attack 1: the agent explains what an SMTP server says during a probe, so a hostile
 * server's greeting must not stall it. Before the fix, a 166-byte greeting of repeated "fehler"
 * froze the whole agent (the Epson job-code pattern was exponential) and a request sent meanwhile was
 * reset. Here a real agent process probes real hostile servers on loopback while another request is
 * sent; that request must be answered at once, and the probe must end with a result.
 */
const GREETINGS: Record<string, (socket: Socket) => void> = {
  'the 166-byte greeting of repeated code words': (s) => s.end(`554 ${'fehler'.repeat(27)}\r\n`),
  'one 60 KB line of code words': (s) => s.end(`554 ${'fout błąd fehler error code '.repeat(2_100)}\r\n`),
  'an AADSTS code followed by a run of spaces': (s) => s.end(`554 AADSTS50076${' '.repeat(60_000)}\r\n`),
  'continuation lines that never end': (s) => {
    const line = `220-${'fehler'.repeat(80)}\r\n`;
    const pump = () => {
      while (!s.destroyed && s.write(line)) {
        /* keep the socket's buffer full */
      }
      if (!s.destroyed) s.once('drain', pump);
    };
    s.on('error', () => {});
    pump();
  },
};

/** Health must answer this fast while the probe runs (a stalled loop takes seconds to minutes). */
const ANSWER_MS = 1_500;

let agent: AgentProcess;
const servers: Server[] = [];

beforeAll(async () => {
  agent = await startAgentProcess();
}, 60_000);

afterAll(async () => {
  for (const server of servers) server.close();
  await agent?.stop();
});

async function hostile(greet: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => {
    socket.on('error', () => {});
    greet(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('a hostile SMTP greeting during a probe does not stall a concurrent request', () => {
  for (const [name, greet] of Object.entries(GREETINGS)) {
    it(name, async () => {
      const port = await hostile(greet);
      const probe = agent.cli('POST', '/v1/probe', { host: '127.0.0.1', port });
      // Let the probe connect and the greeting arrive, then ask something else.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const started = performance.now();
      const health = await agent.cli('GET', '/v1/health');
      const healthMs = performance.now() - started;
      expect(health.status).toBe(200);
      expect(healthMs).toBeLessThan(ANSWER_MS);

      const probeStarted = performance.now();
      const result = await probe;
      expect(result.status).toBe(200);
      const body = ProbeResponseSchema.parse(result.json);
      expect(body.ok).toBe(false);
      const banner = body.stages.find((s) => s.stage === 'banner');
      expect(banner?.ok).toBe(false);
      // What the server said is kept bounded, not echoed whole.
      expect(result.text.length).toBeLessThan(200_000);
      expect(performance.now() - probeStarted).toBeLessThan(15_000);
    }, 30_000);
  }
});
