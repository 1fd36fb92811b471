/**
 * The test-mail round trip through the agent (HTTP → guard → token → nodemailer XOAUTH2 → 250)
 * against raw nodemailer with an XOAUTH2 token for the same account, both on the same emulators,
 * N sends each, interleaved (agent then raw, raw then agent, round after round) so the machine's
 * load weighs on both alike. Prints min/median/max in milliseconds, the difference of the medians
 * (the agent's overhead) and the machine's load.
 *
 *   npm run bench:agent            (N=50)
 *   npm run bench:agent -- 200     (N=200)
 */
import { PublicClientApplication } from '@azure/msal-node';
import { startAgentProcess, until } from '@wcoa/test/agent-process';
import { formatStats, interleave, loadLine, stats } from '@wcoa/test/bench/stats';
import { agentEnvFor, startEmulators } from '@wcoa/test/emulators';
import nodemailer from 'nodemailer';
import { SMTP_SCOPES } from '../src/auth/msal-app.ts';
import { AgentNetworkModule } from '../src/auth/network.ts';

const N = Number(process.argv[2] ?? 50);
const EMAIL = 'bench@contoso.example';

const emu = await startEmulators({ pollIntervalSec: 1 });
emu.identity.addUser({ email: EMAIL });
const agent = await startAgentProcess({
  env: {
    ...agentEnvFor(emu),
    WCOA_SMTP_HOST: 'localhost',
    WCOA_SMTP_PORT: String(emu.smtp.port),
    WCOA_TEST_MAIL_RATE: String(N + 10),
    WCOA_LOG_STDOUT: '0',
  },
});

try {
  // The agent signs in by device code, as an admin would.
  const started = await agent.cli('POST', '/v1/accounts/signin', { email: EMAIL });
  await emu.identity.approve((started.json as { userCode: string }).userCode, EMAIL);
  await until(async () =>
    ((await agent.cli('GET', '/v1/accounts')).json as Array<{ id: string; state: string }>).find(
      (a) => a.id === EMAIL && a.state === 'signed-in',
    ),
  );

  // Raw nodemailer gets its own token for the same account, from the same identity emulator.
  const pca = new PublicClientApplication({
    auth: {
      clientId: emu.identity.clientId,
      authority: emu.identity.authority('organizations'),
      knownAuthorities: [new URL(emu.identity.url).host],
    },
    system: { networkClient: new AgentNetworkModule({ extraCa: emu.ca.caCertPem }) },
  });
  const tokenPromise = pca.acquireTokenByDeviceCode({
    scopes: SMTP_SCOPES,
    deviceCodeCallback: (r) => void emu.identity.approve(r.userCode, EMAIL),
  });
  const accessToken = (await tokenPromise)!.accessToken;

  const viaAgent = async () => {
    const t0 = performance.now();
    const res = await agent.cli('POST', '/v1/test-mail', { account: EMAIL });
    const ms = performance.now() - t0;
    if ((res.json as { ok: boolean }).ok !== true) throw new Error(`agent test mail failed: ${res.text}`);
    return ms;
  };
  const raw = async () => {
    const t0 = performance.now();
    const transport = nodemailer.createTransport({
      host: 'localhost',
      port: emu.smtp.port,
      secure: false,
      requireTLS: true,
      tls: { ca: emu.ca.caCertPem, minVersion: 'TLSv1.2' },
      auth: { type: 'OAuth2', user: EMAIL, accessToken },
    });
    const info = await transport.sendMail({ from: EMAIL, to: EMAIL, subject: 'raw', text: 'raw nodemailer' });
    transport.close();
    const ms = performance.now() - t0;
    if (!/^250/.test(info.response)) throw new Error(`raw send failed: ${info.response}`);
    return ms;
  };
  await interleave(3, viaAgent, raw); // warm up the token cache and the JIT
  const load = loadLine();
  const rounds = await interleave(N, viaAgent, raw);
  const a = stats(rounds.a);
  const r = stats(rounds.b);
  console.log(`test mail round trip, N=${N} sends each, interleaved, against the emulators (${load})`);
  console.log(`agent (HTTP→250)   ${formatStats(a, 1)}`);
  console.log(`raw nodemailer     ${formatStats(r, 1)}`);
  console.log(`agent overhead (difference of the medians) ${(a.median - r.median).toFixed(1)} ms`);
  console.log(`(${loadLine()})`);
} finally {
  await agent.stop();
  await emu.close();
}
