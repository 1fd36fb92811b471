import { browser } from 'wxt/browser';

/** What IT may preset by policy (public/managed_schema.json; README "Deploy to a fleet"). */
export interface ManagedSettings {
  agentPort?: number;
  tenant?: string;
  clientId?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/;

/** The policy's values that can work; anything else is ignored, as a browser ignores a bad policy. */
export function parseManaged(raw: Record<string, unknown>): ManagedSettings {
  const out: ManagedSettings = {};
  const port = raw.agentPort;
  if (typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535) out.agentPort = port;
  if (typeof raw.tenant === 'string' && TENANT.test(raw.tenant.trim())) out.tenant = raw.tenant.trim();
  if (typeof raw.clientId === 'string' && GUID.test(raw.clientId.trim())) out.clientId = raw.clientId.trim();
  return out;
}

export async function readManaged(): Promise<ManagedSettings> {
  try {
    return parseManaged(await browser.storage.managed.get(['agentPort', 'tenant', 'clientId']));
  } catch {
    // No managed storage here (Firefox without a policy, or a browser without the API).
    return {};
  }
}
