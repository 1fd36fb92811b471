import { type AgentProcess, startAgentProcess, until } from '@wcoa/test/agent-process';
import { agentEnvFor, type Emulators, startEmulators } from '@wcoa/test/emulators';
import { afterAll, beforeAll, expect, it } from 'vitest';

/**
 * A TLS failure on the way to the authority (here: the agent not told to trust the emulators' CA,
 * as with a company CA or a TLS-inspecting proxy) reaches the user as a certificate problem with
 * the tls.caFile remedy, with the socket's own code, not as msal's endpoints_resolution_error alone.
 */
let emu: Emulators;
let agent: AgentProcess;

beforeAll(async () => {
  emu = await startEmulators({ pollIntervalSec: 1 });
  const { WCOA_CA_FILE: _untrusted, ...env } = agentEnvFor(emu);
  agent = await startAgentProcess({ env: { ...env, NODE_EXTRA_CA_CERTS: '' } });
}, 60_000);

afterAll(async () => {
  await agent?.stop();
  await emu?.close();
});

it('sign-in against an authority whose chain the agent does not trust: certificate-invalid, tls.caFile', async () => {
  const email = 'printer@contoso.example';
  emu.identity.addUser({ email });
  const res = await agent.cli('POST', '/v1/accounts/signin', { email });
  expect(res.status, res.text).toBe(502);
  const message = (res.json as { error: { message: string } }).error.message;
  expect(message).toMatch(
    /UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT/,
  );
  const account = await until(async () => {
    const accounts = (await agent.cli('GET', '/v1/accounts')).json as Array<{
      id: string;
      state: string;
      cause?: string;
    }>;
    return accounts.find((a) => a.id === email && a.state === 'failed');
  });
  expect(account.cause).toBe('certificate-invalid');
});
