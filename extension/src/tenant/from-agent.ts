import type { AppRegistrationResponse } from '@wcoa/shared/protocol';
import { readManaged } from '../managed.ts';
import { tenantConfigItem } from './settings.ts';

/**
 * The tenant check signs in with the app registration the agent is configured with (`wcoa setup`
 * made it with this extension's redirect URI): no second registration, no typed client id. A client
 * id set by policy (managed storage) wins. Resolves true when the config was taken from the agent.
 */
export async function adoptAppRegistration(client: {
  appRegistration(): Promise<AppRegistrationResponse>;
}): Promise<boolean> {
  const registration = await client.appRegistration();
  if (!registration.clientId) return false;
  const managed = await readManaged();
  if (managed.clientId) return false;
  const current = await tenantConfigItem.getValue();
  const next = {
    ...current,
    clientId: registration.clientId,
    source: 'agent' as const,
    authority: `${registration.authorityHost.replace(/\/+$/, '')}/${managed.tenant ?? registration.tenant}`,
  };
  if (
    next.clientId !== current.clientId ||
    next.authority !== current.authority ||
    next.source !== current.source
  ) {
    await tenantConfigItem.setValue(next);
  }
  return true;
}
