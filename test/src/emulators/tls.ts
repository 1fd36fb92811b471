/**
 * A throw-away certificate authority for the emulators. Both emulators present leaf certificates
 * signed by it, so a client trusts them the way it trusts Microsoft: through a CA, not by turning
 * verification off. `caFile` is a PEM file for NODE_EXTRA_CA_CERTS or the agent's caFile setting.
 */
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface EmulatorTls {
  caCertPem: string;
  /** A PEM file holding the CA certificate, written to a fresh temp directory. */
  caFile: string;
}

export interface KeyAndCert {
  key: string;
  cert: string;
}

export interface TestCa extends EmulatorTls {
  /** A leaf certificate for these host names / IP addresses, signed by the CA; `cert` is the chain leaf + CA. */
  issue(hostnames: string[]): Promise<KeyAndCert>;
  /**
   * base64 SHA-256 of the CA's SubjectPublicKeyInfo. Chromium trusts the emulators (and nothing else
   * extra) with `--ignore-certificate-errors-spki-list=<this>`, because the servers present the CA in
   * their chain; see chromiumTrustArgs().
   */
  spkiSha256: string;
  /** Removes caFile and its temp directory (once nothing needs the file any more). */
  dispose(): void;
}

const DAY_MS = 86_400_000;

export async function createTestCa(): Promise<TestCa> {
  const now = Date.now();
  const ca = await generate([{ name: 'commonName', value: 'wcoa emulator test CA' }], {
    algorithm: 'sha256',
    keySize: 2048,
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + 30 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), 'wcoa-emulator-ca-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, ca.cert);

  // RSA key generation is the slow part of start-up: servers with the same names share a leaf.
  const issued = new Map<string, Promise<KeyAndCert>>();
  function issue(hostnames: string[]): Promise<KeyAndCert> {
    const key = [...hostnames].sort().join(' ');
    let leaf = issued.get(key);
    if (!leaf) {
      leaf = issueLeaf(hostnames);
      issued.set(key, leaf);
    }
    return leaf;
  }

  async function issueLeaf(hostnames: string[]): Promise<KeyAndCert> {
    const [first = 'localhost'] = hostnames;
    const leaf = await generate([{ name: 'commonName', value: first }], {
      algorithm: 'sha256',
      keySize: 2048,
      notBeforeDate: new Date(now - DAY_MS),
      notAfterDate: new Date(now + 30 * DAY_MS),
      ca: { key: ca.private, cert: ca.cert },
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: hostnames.map((h) =>
            isIP(h) ? { type: 7 as const, ip: h } : { type: 2 as const, value: h },
          ),
        },
      ],
    });
    return { key: leaf.private, cert: `${leaf.cert.trim()}\n${ca.cert.trim()}\n` };
  }

  const spki = new X509Certificate(ca.cert).publicKey.export({ type: 'spki', format: 'der' });
  const spkiSha256 = createHash('sha256').update(spki).digest('base64');
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  return { caCertPem: ca.cert, caFile, issue, spkiSha256, dispose };
}

/** Chromium flags that make it accept certificates chained to this CA, for Playwright's `args`. */
export function chromiumTrustArgs(ca: Pick<TestCa, 'spkiSha256'>): string[] {
  return [`--ignore-certificate-errors-spki-list=${ca.spkiSha256}`];
}

/** The names every emulator certificate covers. */
export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '::1'];
