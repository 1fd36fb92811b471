/**
 * The emulators wired together, as the runner, the demo and end-to-end specs want them: one CA,
 * the identity emulator (with the SMTP and Graph switches under its /_emulator API), the SMTP
 * emulator and the Graph emulator, both verifying its tokens.
 */
import { Router } from 'express';
import { graphAdminRoutes } from './graph/admin.ts';
import { type GraphEmulator, startGraphEmulator } from './graph/start.ts';
import {
  type IdentityEmulator,
  type IdentityEmulatorOptions,
  startIdentityEmulator,
} from './identity/start.ts';
import { smtpAdminRoutes } from './smtp/admin.ts';
import { type SmtpEmulator, startSmtpEmulator } from './smtp/start.ts';
import { createTestCa, type TestCa } from './tls.ts';

export interface Emulators {
  ca: TestCa;
  identity: IdentityEmulator;
  smtp: SmtpEmulator;
  graph: GraphEmulator;
  close(): Promise<void>;
}

/**
 * The agent's environment for these emulators: their app, their authority and the CA that signs
 * their certificates. Tests, benchmarks and the demo add what their case needs on top.
 */
export function agentEnvFor(
  emu: Pick<Emulators, 'identity' | 'ca'> & Partial<Pick<Emulators, 'graph'>>,
): Record<string, string> {
  return {
    WCOA_CLIENT_ID: emu.identity.clientId,
    WCOA_AUTHORITY_HOST: emu.identity.url,
    WCOA_CA_FILE: emu.ca.caFile,
    ...(emu.graph ? { WCOA_GRAPH_URL: emu.graph.url } : {}),
  };
}

export async function startEmulators(
  opts: Omit<IdentityEmulatorOptions, 'tls' | 'port' | 'adminExtensions'> & {
    identityPort?: number;
    smtpPort?: number;
    graphPort?: number;
    requireTls12?: boolean;
    ca?: TestCa;
  } = {},
): Promise<Emulators> {
  const { identityPort, smtpPort, graphPort, requireTls12, ca: givenCa, ...identityOpts } = opts;
  const ca = givenCa ?? (await createTestCa());
  const extensions = Router();
  const identity = await startIdentityEmulator({
    ...identityOpts,
    tls: ca,
    adminExtensions: extensions,
    ...(identityPort !== undefined ? { port: identityPort } : {}),
  });
  let smtp: SmtpEmulator | undefined;
  let graph: GraphEmulator;
  try {
    smtp = await startSmtpEmulator({
      tls: ca,
      identity,
      ...(smtpPort !== undefined ? { port: smtpPort } : {}),
      ...(requireTls12 !== undefined ? { requireTls12 } : {}),
    });
    graph = await startGraphEmulator({
      tls: ca,
      identity,
      ...(graphPort !== undefined ? { port: graphPort } : {}),
    });
  } catch (e) {
    await Promise.all([identity.close(), smtp?.close()]);
    throw e;
  }
  const started = smtp;
  // One tenant, one configuration: Graph's Conditional Access governs sign-ins, its security
  // defaults lock SMTP AUTH.
  identity.setSignInPolicy(graph.signInPolicy);
  const setSecurityDefaults = graph.setSecurityDefaults;
  graph.setSecurityDefaults = (enabled) => {
    setSecurityDefaults(enabled);
    started.setSecurityDefaults(enabled);
  };
  extensions.use(smtpAdminRoutes(started));
  extensions.use(graphAdminRoutes(graph));
  return {
    ca,
    identity,
    smtp: started,
    graph,
    close: async () => {
      await Promise.all([started.close(), graph.close(), identity.close()]);
      if (!givenCa) ca.dispose();
    },
  };
}
