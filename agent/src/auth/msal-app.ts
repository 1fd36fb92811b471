import type { ICachePlugin, PublicClientApplication, TokenCacheContext } from '@azure/msal-node';
import { MICROSOFT_CLOUD_LOGIN_HOSTS } from '@wcoa/shared/diagnosis';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import { msalNode } from './msal-node.ts';
import type { AgentNetworkModule } from './network.ts';

/** The delegated scopes the printer's own sign-in asks for: SMTP.Send on Exchange Online. */
export const SMTP_SCOPES = ['https://outlook.office.com/SMTP.Send', 'offline_access'];

/** msal's cache, sealed in the store: read before each access, written after each change. */
export function storeCachePlugin(store: Store, partition: string): ICachePlugin {
  return {
    async beforeCacheAccess(ctx: TokenCacheContext) {
      const serialized = store.readMsalCache(partition);
      if (serialized) ctx.tokenCache.deserialize(serialized);
    },
    async afterCacheAccess(ctx: TokenCacheContext) {
      if (ctx.cacheHasChanged) store.writeMsalCache(partition, ctx.tokenCache.serialize());
    },
  };
}

export function createMsalApp(opts: {
  clientId: string;
  authorityHost: string;
  tenant: string;
  store: Store;
  network: AgentNetworkModule;
  logger: Logger;
}): PublicClientApplication {
  const host = new URL(opts.authorityHost).host;
  const { LogLevel, PublicClientApplication } = msalNode();
  return new PublicClientApplication({
    auth: {
      clientId: opts.clientId,
      authority: `${opts.authorityHost}/${opts.tenant}`,
      // Another host (a sovereign cloud proxy, the emulator) is trusted as configured, without
      // asking Microsoft's instance discovery about it.
      ...(MICROSOFT_CLOUD_LOGIN_HOSTS.has(host) ? {} : { knownAuthorities: [host] }),
    },
    cache: { cachePlugin: storeCachePlugin(opts.store, `${opts.authorityHost}/${opts.tenant}`) },
    system: {
      networkClient: opts.network,
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (_level, message) => opts.logger.debug({ msal: message }),
      },
    },
  });
}
