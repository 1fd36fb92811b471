import { isIP, connect as netConnect, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { checkServerIdentity, type PeerCertificate, type TLSSocket, connect as tlsConnect } from 'node:tls';
import type { CauseId } from '@wcoa/shared/diagnosis';
import type { CertificateSummary, ProbeResponse, ProbeStage, ProbeStageResult } from '@wcoa/shared/protocol';
import { causesOf } from '../diagnose.ts';
import { tlsCauses } from '../mail/failure.ts';
import { resolveHost } from '../mail/resolve.ts';
import { trustContext } from '../mail/trust.ts';
import { SmtpReader } from './smtp-reader.ts';

export interface ProbeOptions {
  extraCa?: string;
  timeoutMs?: number;
}

class StageFailure extends Error {
  constructor(
    message: string,
    readonly causes: CauseId[] = [],
  ) {
    super(message);
  }
}

function summarise(cert: PeerCertificate, host: string): CertificateSummary {
  const name = (part: PeerCertificate['subject'] | undefined) =>
    part ? [part.CN, part.O].filter(Boolean).join(', ') || JSON.stringify(part) : '';
  const validTo = new Date(cert.valid_to);
  return {
    subject: name(cert.subject),
    issuer: name(cert.issuer),
    validFrom: new Date(cert.valid_from).toISOString(),
    validTo: validTo.toISOString(),
    daysLeft: Math.floor((validTo.getTime() - Date.now()) / 86_400_000),
    altNames: (cert.subjectaltname ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    nameMatch: checkServerIdentity(host, cert) === undefined,
    fingerprint256: cert.fingerprint256,
  };
}

function ehloKeywords(lines: string[]): string[] {
  // The first line is the greeting ("250-host Hello"); each further line is one extension.
  return lines.slice(1).map((line) => line.slice(4).trim());
}

/**
 * What a printer meets at an SMTP endpoint, stage by stage: DNS, TCP, banner, EHLO, STARTTLS,
 * TLS (version, certificate, name match), and the AUTH mechanisms offered after STARTTLS.
 */
export async function probeSmtp(host: string, port: number, opts: ProbeOptions = {}): Promise<ProbeResponse> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const result: ProbeResponse = {
    ok: false,
    host,
    port,
    stages: [],
    addresses: [],
    banner: null,
    extensions: [],
    starttls: false,
    tls: null,
    authMechanisms: [],
    xoauth2: false,
    causes: [],
    at: new Date().toISOString(),
  };
  const reader = new SmtpReader(timeoutMs);
  let socket: Socket | null = null;
  let secure: TLSSocket | null = null;

  async function stage(name: ProbeStage, run: () => Promise<string | null>): Promise<void> {
    const start = performance.now();
    const entry: ProbeStageResult = { stage: name, ok: false, ms: 0, detail: null };
    result.stages.push(entry);
    try {
      entry.detail = await run();
      entry.ok = true;
    } catch (error) {
      entry.detail = error instanceof Error ? error.message : String(error);
      const own = error instanceof StageFailure ? error.causes : [];
      result.causes = [...new Set([...own, ...causesOf(entry.detail)])];
      throw error;
    } finally {
      entry.ms = Math.round((performance.now() - start) * 10) / 10;
    }
  }

  try {
    await stage('dns', async () => {
      result.addresses = await resolveHost(host);
      return result.addresses.join(', ');
    });

    await stage('connect', async () => {
      const connectTo = (address: string) =>
        new Promise<Socket>((resolve, reject) => {
          const s = netConnect({ host: address, port, timeout: timeoutMs });
          s.on('error', () => {}); // reported through the reader or the handshake; never a crash
          s.once('connect', () => {
            s.setTimeout(0);
            resolve(s);
          });
          s.once('timeout', () => {
            s.destroy();
            reject(new Error(`connect ETIMEDOUT ${address}:${port}`));
          });
          s.once('error', reject);
        });
      // Each address in turn (IPv4 first), as a mail client does; the last failure is the answer.
      let failure: unknown;
      for (const address of result.addresses) {
        try {
          socket = await connectTo(address);
          reader.attach(socket);
          return `${address}:${port}`;
        } catch (error) {
          failure = error;
        }
      }
      throw failure instanceof Error ? failure : new Error(String(failure));
    });

    await stage('banner', async () => {
      const reply = await reader.read().catch((error: Error) => {
        // Silence on connect is what an implicit-TLS port (465) looks like to a STARTTLS client.
        throw new StageFailure(error.message, port === 465 ? ['wrong-port', 'wrong-secure-connection'] : []);
      });
      result.banner = reply.lines.join(' ');
      if (reply.code !== 220) throw new StageFailure(result.banner);
      return result.banner;
    });

    const ehloName = hostname() || 'wcoa-probe';
    await stage('ehlo', async () => {
      reader.send(`EHLO ${ehloName}`);
      const reply = await reader.read();
      if (reply.code !== 250) throw new StageFailure(reply.lines.join(' '));
      result.extensions = ehloKeywords(reply.lines);
      return result.extensions.join(', ');
    });

    await stage('starttls', async () => {
      result.starttls = result.extensions.some((e) => e.toUpperCase() === 'STARTTLS');
      if (!result.starttls) throw new StageFailure('STARTTLS not offered', ['wrong-secure-connection']);
      reader.send('STARTTLS');
      const reply = await reader.read();
      if (reply.code !== 220) throw new StageFailure(reply.lines.join(' '));
      return reply.lines.join(' ');
    });

    await stage('tls', async () => {
      reader.detach();
      const raw = socket!;
      secure = await new Promise<TLSSocket>((resolve, reject) => {
        const s = tlsConnect({
          socket: raw,
          ...(isIP(host) ? {} : { servername: host }),
          ...(opts.extraCa ? { secureContext: trustContext(opts.extraCa) } : {}),
          // Verify ourselves below, so a bad certificate is reported rather than only refused.
          rejectUnauthorized: false,
        });
        s.on('error', () => {});
        const timer = setTimeout(() => s.destroy(new Error('TLS handshake ETIMEDOUT')), timeoutMs);
        s.once('secureConnect', () => {
          clearTimeout(timer);
          resolve(s);
        });
        s.once('error', (error: Error & { code?: string }) => {
          clearTimeout(timer);
          // A handshake refused for its protocol version is the server's age, not the device's.
          const causes = tlsCauses(error.code);
          reject(causes?.length ? new StageFailure(error.message, causes) : error);
        });
      });
      const cert = secure.getPeerCertificate();
      const version = secure.getProtocol() ?? 'unknown';
      result.tls = {
        version,
        cipher: secure.getCipher().name,
        authorized: secure.authorized,
        authorizationError: secure.authorizationError ? String(secure.authorizationError) : null,
        certificate: cert && Object.keys(cert).length ? summarise(cert, host) : null,
      };
      reader.attach(secure);
      if (version === 'TLSv1' || version === 'TLSv1.1')
        throw new StageFailure(version, ['server-tls-too-old']);
      // The name first: a certificate for another name means another server, whoever signed it
      // (Node reports it as ERR_TLS_CERT_ALTNAME_INVALID, which no chain check explains).
      if (result.tls.certificate && !result.tls.certificate.nameMatch) {
        throw new StageFailure(`certificate is not for ${host}`, ['wrong-server']);
      }
      if (!secure.authorized) {
        const code = result.tls.authorizationError ?? undefined;
        throw new StageFailure(
          `certificate: ${code ?? 'not trusted'}`,
          tlsCauses(code)?.filter((c) => c !== 'wrong-server').length
            ? tlsCauses(code)!.filter((c) => c !== 'wrong-server')
            : ['certificate-invalid'],
        );
      }
      return `${version} ${result.tls.cipher}`;
    });

    await stage('auth', async () => {
      reader.send(`EHLO ${ehloName}`);
      const reply = await reader.read();
      if (reply.code !== 250) throw new StageFailure(reply.lines.join(' '));
      const auth = ehloKeywords(reply.lines).find((e) => /^AUTH[ =]/i.test(e));
      result.authMechanisms = auth ? auth.slice(5).trim().split(/\s+/).filter(Boolean) : [];
      result.xoauth2 = result.authMechanisms.some((m) => m.toUpperCase() === 'XOAUTH2');
      if (!result.xoauth2) {
        throw new StageFailure(
          result.authMechanisms.length
            ? `AUTH ${result.authMechanisms.join(' ')}: no XOAUTH2`
            : 'no AUTH offered',
          ['wrong-server'],
        );
      }
      return result.authMechanisms.join(' ');
    });
    result.ok = true;
    reader.send('QUIT');
  } catch {
    // The failed stage is recorded with its detail and causes.
  } finally {
    const open = (secure ?? socket) as Socket | null;
    setTimeout(() => open?.destroy(), 100).unref();
    reader.detach();
  }
  return result;
}
