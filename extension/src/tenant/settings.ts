import { MICROSOFT_GRAPH_URL, MICROSOFT_LOGIN_URL } from '@wcoa/shared/diagnosis';
import type { TenantReport } from '@wcoa/shared/protocol';
import { storage } from 'wxt/utils/storage';

/** Where the admin signs in and which Graph answers: Microsoft's public cloud unless told otherwise. */
export interface TenantConfig {
  authority: string;
  /** The app registration `wcoa setup` made (README "Check my tenant"); never typed by the admin. */
  clientId: string;
  graphUrl: string;
  /**
   * Where the client id came from: the paired agent's configuration or IT's policy (managed
   * storage). A client id without one (typed into an older version) is not used.
   */
  source?: 'agent' | 'policy';
}

export const DEFAULT_TENANT_CONFIG: TenantConfig = {
  authority: `${MICROSOFT_LOGIN_URL}/organizations`,
  clientId: '',
  graphUrl: `${MICROSOFT_GRAPH_URL}/v1.0`,
};

export const tenantConfigItem = storage.defineItem<TenantConfig>('local:tenantConfig', {
  fallback: DEFAULT_TENANT_CONFIG,
});

/**
 * The last pre-flight's findings (no token: findings, names and the admin's account only), read by
 * the overlay's checklist in printer pages, so in local storage where content scripts can read it.
 */
export const tenantReportItem = storage.defineItem<TenantReport | null>('local:tenantReport', {
  fallback: null,
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function httpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The app registration the check signs in with: a client id the agent handed over or IT set by
 * policy, never one typed in (issue 12); null when neither has one (`wcoa setup` makes it).
 */
export function registrationOf(
  config: TenantConfig,
): { clientId: string; source: 'agent' | 'policy' } | null {
  const clientId = config.clientId.trim();
  if (!config.source || !GUID.test(clientId)) return null;
  return { clientId, source: config.source };
}

/** The config as typed, trimmed, or null when a field cannot work. */
export function parseTenantConfig(input: TenantConfig): TenantConfig | null {
  const config: TenantConfig = {
    authority: input.authority.trim().replace(/\/+$/, ''),
    clientId: input.clientId.trim(),
    graphUrl: input.graphUrl.trim().replace(/\/+$/, ''),
    ...(input.source ? { source: input.source } : {}),
  };
  if (!httpsUrl(config.authority) || !httpsUrl(config.graphUrl) || !GUID.test(config.clientId)) return null;
  return config;
}
