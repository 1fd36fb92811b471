/**
 * The emulators a test file runs against, started once at the file's top level (`await` before its
 * tests are collected) and closed after its last test; each file states only the options its tests
 * depend on.
 */
import nodemailer from 'nodemailer';
import { afterAll } from 'vitest';
import {
  createTestCa,
  type Emulators,
  httpsCall,
  type IdentityEmulator,
  type IdentityEmulatorOptions,
  startEmulators,
  startIdentityEmulator,
  type TestCa,
} from '../../src/emulators/index.ts';

/** The identity emulator alone, trusted through a test CA of its own. */
export async function identityEmulatorForFile(
  options: Omit<IdentityEmulatorOptions, 'tls'> = {},
): Promise<{ ca: TestCa; idp: IdentityEmulator }> {
  const ca = await createTestCa();
  afterAll(() => ca.dispose());
  const idp = await startIdentityEmulator({ ...options, tls: ca });
  // After hooks run last-registered first: the emulator closes before its CA's files go.
  afterAll(() => idp.close());
  return { ca, idp };
}

/** All the emulators under one CA, as a demo runs them (startEmulators). */
export async function emulatorsForFile(
  options: Parameters<typeof startEmulators>[0] = {},
): Promise<Emulators> {
  const emu = await startEmulators(options);
  afterAll(() => emu.close());
  return emu;
}

/**
 * What a demo does from outside: the /_emulator control API and form posts to the identity
 * endpoints as curl makes them, and a message sent as a printer sends it.
 */
export function emulatorCalls(emu: Emulators) {
  return {
    admin: (path: string, json?: unknown) =>
      httpsCall(`${emu.identity.url}/_emulator${path}`, {
        ca: emu.ca.caCertPem,
        ...(json !== undefined ? { json } : {}),
      }),
    form: (path: string, fields: Record<string, string>) =>
      httpsCall(`${emu.identity.url}${path}`, { ca: emu.ca.caCertPem, form: fields }),
    /** A message from the account to itself: STARTTLS, then AUTH XOAUTH2 with the access token. */
    send: (email: string, accessToken: string, subject = 'test') =>
      nodemailer
        .createTransport({
          host: emu.smtp.host,
          port: emu.smtp.port,
          secure: false,
          requireTLS: true,
          tls: { ca: emu.ca.caCertPem },
          auth: { type: 'OAuth2', user: email, accessToken },
        })
        .sendMail({ from: email, to: email, subject, text: 'x' }),
  };
}
