/**
 * Round-trip figures against the emulators, printed (not asserted): start-up, a device-code sign-in
 * through msal-node, a silent refresh, and a raw nodemailer XOAUTH2 send until the message is
 * delivered, sequential and 20 at once. The baseline for comparing the agent's test mail. About
 * 100 ms of each send is smtp-server's early-talker pause before the banner (Exchange pauses too).
 *   npx tsx test/src/emulators/bench/roundtrip.bench.ts [iterations]
 */
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { emulatorMsal, startEmulators } from '../index.ts';

const N = Number(process.argv[2] ?? 30);

function stats(label: string, ms: number[]): void {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(44)} n=${String(s.length).padStart(3)}  median ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms`,
  );
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

async function main(): Promise<void> {
  const [startMs, emu] = await timed(() =>
    startEmulators({ pollIntervalSec: 1, accessTokenLifetimeSec: 120 }),
  );
  console.log(`start-up (CA, identity, SMTP, Graph)         ${startMs.toFixed(1)} ms`);
  const { identity, smtp, ca } = emu;
  const email = 'bench@contoso.com';
  identity.addUser({ email });
  const app = emulatorMsal(identity, ca.caCertPem);
  const scopes = ['https://outlook.office.com/SMTP.Send'];

  const signIns: number[] = [];
  let account = null as Awaited<ReturnType<typeof app.acquireTokenByDeviceCode>>;
  for (let i = 0; i < Math.min(N, 20); i++) {
    const [ms, r] = await timed(() =>
      app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (d) => void identity.approve(d.userCode, email),
      }),
    );
    signIns.push(ms);
    account = r;
  }
  stats('device-code sign-in (msal-node, approved)', signIns);

  const refreshes: number[] = [];
  let token = account!.accessToken;
  for (let i = 0; i < N; i++) {
    // 120 s tokens are inside MSAL's 300 s renewal window, so each call is a refresh_token grant.
    const [ms, r] = await timed(() => app.acquireTokenSilent({ account: account!.account!, scopes }));
    refreshes.push(ms);
    token = r.accessToken;
  }
  stats('silent refresh (refresh_token grant)', refreshes);

  const send = (i: number) => {
    const subject = `bench ${i} ${Math.random()}`;
    const transport = nodemailer.createTransport({
      host: smtp.host,
      port: smtp.port,
      secure: false,
      requireTLS: true,
      tls: { ca: ca.caCertPem, minVersion: 'TLSv1.2' },
      auth: { type: 'OAuth2', user: email, accessToken: token },
    });
    return timed(async () => {
      await transport.sendMail({ from: email, to: email, subject, text: 'benchmark' });
      await smtp.waitForMessage((m) => m.parsed.subject === subject);
    });
  };
  const sends: number[] = [];
  for (let i = 0; i < N; i++) sends.push((await send(i))[0]);
  stats('nodemailer XOAUTH2 send → delivered', sends);

  const [burstMs, burst] = await timed(() =>
    Promise.all(Array.from({ length: 20 }, (_, i) => send(1000 + i))),
  );
  stats(
    '  the same, 20 concurrent (each)',
    burst.map(([ms]) => ms),
  );
  console.log(`  20 concurrent, wall clock                  ${burstMs.toFixed(1)} ms`);
  console.log(
    `token endpoint requests logged: ${identity.tokenRequests().length}; messages delivered: ${smtp.messages.length}`,
  );
  await emu.close();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
