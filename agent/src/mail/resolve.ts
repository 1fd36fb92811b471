import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * A host's addresses, IPv4 first: a printer's network is far more often IPv4-only than not, and a
 * broken IPv6 route should not decide the outcome. An IP literal is its own answer.
 */
export async function resolveHost(host: string): Promise<string[]> {
  if (isIP(host)) return [host];
  const found = await lookup(host, { all: true });
  return found.sort((a, b) => a.family - b.family).map((a) => a.address);
}
