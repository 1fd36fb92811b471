import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { AuthError, INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import { msalNode } from './msal-node.ts';

export interface NetworkOptions {
  /** An extra CA (PEM) trusted besides the system's: a TLS-inspecting proxy, or the emulators. */
  extraCa?: string;
  /** Retries for 429 and 5xx; each waits Retry-After (capped) or an exponential step. */
  maxRetries?: number;
  maxDelayMs?: number;
  baseDelayMs?: number;
  timeoutMs?: number;
  /** Called for every response, for the token request log and for logs (no bodies). */
  onResponse?: (info: { method: string; url: string; status: number; attempt: number }) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** A request to the identity platform that failed below HTTP: the socket's own code (TLS, DNS, …). */
export interface TransportFailure {
  at: number;
  code: string;
  message: string;
  host: string;
}

function transientError(response: NetworkResponse<unknown>): AuthError {
  const body = (response.body ?? {}) as { error?: string; error_description?: string };
  const detail = [body.error, body.error_description?.split(/\r?\n/)[0]].filter(Boolean).join(': ');
  return new (msalNode().AuthError)(
    'temporarily_unavailable',
    '',
    `HTTP ${response.status} after retries: ${detail}`,
  );
}

function heldBack(host: string, ms: number): AuthError {
  return new (msalNode().AuthError)(
    'temporarily_unavailable',
    '',
    `${host} asked for no requests for another ${Math.ceil(ms / 1000)} s (Retry-After)`,
  );
}

/** Seconds or an HTTP date → milliseconds to wait; null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * msal-node's network module over node:https, so the agent can trust an extra CA (msal's own
 * client uses fetch, which cannot take one), and so 429/5xx from the identity platform get a
 * bounded backoff honouring Retry-After before msal sees the failure.
 */
export class AgentNetworkModule implements INetworkModule {
  private readonly ca: string[] | undefined;
  /** The identity platform's last error per correlation id: msal's device-code client keeps only `error`. */
  private readonly errors = new Map<string, string>();
  private readonly transport = new Map<string, TransportFailure>();
  private lastTransport: TransportFailure | undefined;
  /**
   * Per host, when the platform said (429/503 Retry-After) it will take requests again. Kept
   * across calls: the next sign-in, refresh or poll waits for it (or fails at once when that is
   * further off than we wait) instead of asking again early and being throttled longer.
   */
  private readonly notBefore = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly opts: NetworkOptions = {}) {
    this.ca = opts.extraCa ? [...rootCertificates, opts.extraCa] : undefined;
    this.now = opts.now ?? Date.now;
  }

  sendGetRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    return this.withRetries<T>('GET', url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.withRetries<T>('POST', url, options);
  }

  private async withRetries<T>(
    method: string,
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    const maxRetries = this.opts.maxRetries ?? 3;
    const maxDelay = this.opts.maxDelayMs ?? 30_000;
    const base = this.opts.baseDelayMs ?? 500;
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      const held = (this.notBefore.get(host) ?? 0) - this.now();
      if (held > 0) {
        if (held > maxDelay) throw heldBack(host, held);
        await sleep(held);
      }
      let response: NetworkResponse<T>;
      try {
        response = await this.send<T>(method, url, options, timeout);
      } catch (error) {
        this.rememberTransport(options, url, error);
        throw error;
      }
      this.opts.onResponse?.({ method, url, status: response.status, attempt });
      this.remember(options, response);
      const retryable = response.status === 429 || (response.status >= 500 && response.status <= 599);
      if (!retryable) return response;
      const told = retryAfterMs(response.headers['retry-after']);
      if (told !== null) this.notBefore.set(host, this.now() + told);
      const wait = told ?? base * 2 ** attempt;
      // Out of patience (or asked to wait longer than we will): fail this call. Thrown rather than
      // returned, so msal does not also park every later request of the app behind its own
      // throttle entry (60 s when it cannot read Retry-After); the next call starts afresh.
      if (attempt >= maxRetries || wait > maxDelay) throw transientError(response);
      await sleep(wait);
    }
  }

  /**
   * The last request that failed below HTTP (TLS, DNS, refused), for this correlation id or, as
   * msal's discovery requests carry none, the most recent one in the last 30 s: msal reports
   * these only as endpoints_resolution_error or network_error, without the socket's code.
   */
  transportFailure(correlationId?: string): TransportFailure | undefined {
    const own = correlationId ? this.transport.get(correlationId) : undefined;
    if (own) return own;
    // The platform answered this request: its words, not an older socket failure, explain it.
    if (correlationId && this.errors.has(correlationId)) return undefined;
    return this.lastTransport && Date.now() - this.lastTransport.at < 30_000 ? this.lastTransport : undefined;
  }

  private rememberTransport(options: NetworkRequestOptions | undefined, url: string, error: unknown): void {
    const e = error as { code?: string; message?: string };
    let host = url;
    try {
      host = new URL(url).host;
    } catch {}
    const failure = { at: Date.now(), code: e.code ?? 'ERROR', message: String(e.message ?? error), host };
    this.lastTransport = failure;
    const correlationId = (options as { correlationId?: string } | undefined)?.correlationId;
    if (correlationId) {
      this.transport.set(correlationId, failure);
      if (this.transport.size > 200) this.transport.delete(this.transport.keys().next().value as string);
    }
  }

  /** What the platform said for this correlation id's last failed request (error, AADSTS text, codes). */
  errorDetail(correlationId: string): string | undefined {
    return this.errors.get(correlationId);
  }

  private remember(options: NetworkRequestOptions | undefined, response: NetworkResponse<unknown>): void {
    const correlationId = (options as { correlationId?: string } | undefined)?.correlationId;
    const body = response.body as
      | { error?: string; error_description?: string; error_codes?: number[] }
      | undefined;
    if (
      !correlationId ||
      !body?.error ||
      body.error === 'authorization_pending' ||
      body.error === 'slow_down'
    )
      return;
    const description = body.error_description?.split(/\r?\n/)[0];
    this.errors.set(correlationId, [body.error, description].filter(Boolean).join(': '));
    if (this.errors.size > 200) this.errors.delete(this.errors.keys().next().value as string);
  }

  private send<T>(method: string, url: string, options?: NetworkRequestOptions, timeout?: number) {
    const body = method === 'POST' ? (options?.body ?? '') : undefined;
    return new Promise<NetworkResponse<T>>((resolve, reject) => {
      const headers: Record<string, string | number> = { ...(options?.headers ?? {}) };
      if (body !== undefined) headers['content-length'] = Buffer.byteLength(body);
      const req = httpsRequest(url, { method, headers, ca: this.ca, minVersion: 'TLSv1.2' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = {};
          try {
            parsed = text ? JSON.parse(text) : {};
          } catch {
            parsed = { error: 'invalid_response', error_description: `HTTP ${res.statusCode}: not JSON` };
          }
          const headerDict: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) headerDict[k] = Array.isArray(v) ? v.join(', ') : v;
          }
          resolve({ headers: headerDict, body: parsed as T, status: res.statusCode ?? 0 });
        });
      });
      req.setTimeout(timeout ?? this.opts.timeoutMs ?? 30_000, () =>
        req.destroy(new Error('request timed out')),
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
  }
}
