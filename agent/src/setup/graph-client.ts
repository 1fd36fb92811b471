import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';

/** A Graph error as Graph words it: {error: {code, message}}, with the HTTP status. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class GraphUnreachable extends Error {}

export interface GraphClientOptions {
  /** https://graph.microsoft.com (or the emulator's); the client adds /v1.0. */
  baseUrl: string;
  accessToken: string;
  extraCa?: string;
  timeoutMs?: number;
}

/** The few Graph calls `wcoa setup` makes, over node:https so an extra CA can be trusted. */
export class GraphClient {
  private readonly ca: string[] | undefined;

  constructor(private readonly opts: GraphClientOptions) {
    this.ca = opts.extraCa ? [...rootCertificates, opts.extraCa] : undefined;
  }

  /** The items of a collection filtered by one equality (`$filter=prop eq 'value'`). */
  async list<T>(collection: string, prop: string, value: string): Promise<T[]> {
    const filter = encodeURIComponent(`${prop} eq '${value.replace(/'/g, "''")}'`);
    const body = (await this.call('GET', `/${collection}?$filter=${filter}`)) as { value?: T[] };
    return body.value ?? [];
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.call('POST', path, body) as Promise<T>;
  }

  async patch(path: string, body: unknown): Promise<void> {
    await this.call('PATCH', path, body);
  }

  private call(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = `${this.opts.baseUrl.replace(/\/+$/, '')}/v1.0${path}`;
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        url,
        {
          method,
          ca: this.ca,
          minVersion: 'TLSv1.2',
          timeout: this.opts.timeoutMs ?? 30_000,
          headers: {
            authorization: `Bearer ${this.opts.accessToken}`,
            accept: 'application/json',
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            // Graph's answers here are small; a huge one is not Graph.
            if (size > 4 * 1024 * 1024) req.destroy(new GraphUnreachable('response too large'));
            else chunks.push(c);
          });
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let json: unknown = null;
            try {
              json = text ? JSON.parse(text) : null;
            } catch {
              json = null;
            }
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return resolve(json);
            const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
            reject(
              new GraphError(
                status,
                typeof error?.code === 'string' ? error.code : `HTTP ${status}`,
                typeof error?.message === 'string' ? error.message.slice(0, 500) : text.slice(0, 200),
              ),
            );
          });
        },
      );
      req.on('timeout', () => req.destroy(new GraphUnreachable('timed out')));
      req.on('error', (e) => reject(e instanceof GraphUnreachable ? e : new GraphUnreachable(e.message)));
      if (payload) req.write(payload);
      req.end();
    });
  }
}
