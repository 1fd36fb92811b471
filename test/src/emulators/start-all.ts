/**
 * Both emulators wired together, as the runner, the demo and end-to-end specs want them: one CA,
 * the identity emulator (with the SMTP switches under its /_emulator API) and the SMTP emulator
 * verifying its tokens.
 */
import { Router } from 'express';
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
  close(): Promise<void>;
}

export async function startEmulators(
  opts: Omit<IdentityEmulatorOptions, 'tls' | 'port' | 'adminExtensions'> & {
    identityPort?: number;
    smtpPort?: number;
    requireTls12?: boolean;
    ca?: TestCa;
  } = {},
): Promise<Emulators> {
  const { identityPort, smtpPort, requireTls12, ca: givenCa, ...identityOpts } = opts;
  const ca = givenCa ?? (await createTestCa());
  const extensions = Router();
  const identity = await startIdentityEmulator({
    ...identityOpts,
    tls: ca,
    adminExtensions: extensions,
    ...(identityPort !== undefined ? { port: identityPort } : {}),
  });
  let smtp: SmtpEmulator;
  try {
    smtp = await startSmtpEmulator({
      tls: ca,
      identity,
      ...(smtpPort !== undefined ? { port: smtpPort } : {}),
      ...(requireTls12 !== undefined ? { requireTls12 } : {}),
    });
  } catch (e) {
    await identity.close();
    throw e;
  }
  extensions.use(smtpAdminRoutes(smtp));
  return {
    ca,
    identity,
    smtp,
    close: async () => {
      await Promise.all([smtp.close(), identity.close()]);
    },
  };
}
