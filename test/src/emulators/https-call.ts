/**
 * One https request trusting the test CA, for tests and scripts that talk to the emulators without
 * MSAL (Node's fetch cannot take a per-call CA). A form or a JSON body makes it a POST.
 */
import { request } from 'node:https';

export interface HttpsReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function httpsCall(
  url: string,
  opts: {
    ca: string;
    form?: Record<string, string>;
    json?: unknown;
    method?: string;
    headers?: Record<string, string>;
  },
): Promise<HttpsReply> {
  const body =
    opts.form !== undefined
      ? new URLSearchParams(opts.form).toString()
      : opts.json !== undefined
        ? JSON.stringify(opts.json)
        : undefined;
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
  else if (opts.json !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: opts.method ?? (body === undefined ? 'GET' : 'POST'), ca: opts.ca, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
