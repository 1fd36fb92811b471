import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Lang } from '@wcoa/shared/i18n';
import { AccountService } from './auth/accounts.ts';
import { AgentNetworkModule } from './auth/network.ts';
import { type Config, loadConfig, readExtraCa } from './config.ts';
import { ensureHome, type Home } from './home.ts';
import { createLogger, type Logger } from './log.ts';
import { newClientToken, PairingCodes } from './pairing.ts';
import { liveRuntime, type RuntimeInfo, readRuntime } from './runtime-file.ts';
import { chooseSecretStore } from './secrets/choose.ts';
import { createApp, ROUTES, type RouteModule } from './server/app.ts';
import { ConnectionGate, UNAUTHENTICATED_CONNECTION_CAP } from './server/connections.ts';
import type { AgentContext } from './server/context.ts';
import { writeFileAtomic } from './store/atomic-file.ts';
import { Store } from './store/store.ts';
import { AGENT_VERSION } from './version.ts';

export { liveRuntime, type RuntimeInfo, readRuntime };

export class AgentAlreadyRunning extends Error {
  constructor(readonly info: RuntimeInfo) {
    super(`already running (pid ${info.pid}, port ${info.port})`);
  }
}
export class PortInUse extends Error {
  constructor(readonly port: number) {
    super(`port ${port} in use`);
  }
}

export interface StartOptions {
  homeDir: string;
  port: number;
  env?: NodeJS.ProcessEnv;
  /** The language of start-up errors (the terminal's). */
  lang?: Lang;
  /** Log to stdout too (the CLI does; tests may not). */
  stdout?: boolean;
  routes?: RouteModule[];
  /** The agent's clock (tests pin it); the system's by default. */
  clock?: () => Date;
}

export interface RunningAgent {
  port: number;
  home: Home;
  config: Config;
  logger: Logger;
  /** A fresh one-time pairing code (what POST /v1/pairing-codes gives the CLI). */
  issuePairingCode(): { code: string; expiresAt: Date };
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Starts the agent: home (0700), config, logs, store and key, a fresh CLI token (0600), then
 * listens on 127.0.0.1 and, where the host has IPv6 loopback, [::1] on the same port.
 */
export async function startAgent(opts: StartOptions): Promise<RunningAgent> {
  const home = ensureHome(opts.homeDir);
  const config = loadConfig(home.config, opts.env ?? process.env, opts.lang);
  const running = await liveRuntime(home);
  if (running) throw new AgentAlreadyRunning(running);

  const logger = createLogger(home.logs, { stdout: opts.stdout });
  const store = new Store(home.db, chooseSecretStore(home.dir, home.keyFile, config.secretBackend));
  const cliToken = newClientToken();
  writeFileAtomic(home.cliToken, cliToken, 0o600);
  const extraCa = readExtraCa(config);
  const network = new AgentNetworkModule({
    extraCa,
    onResponse: ({ method, url, status, attempt }) =>
      logger.debug({ method, url: url.split('?')[0], status, attempt }, 'identity platform'),
  });
  const accounts = new AccountService(config, store, network, logger, home.config);
  // Sealed rows that no longer open are set aside now, so status is true before any token is asked for.
  const unreadable = store.checkMsalCache();
  if (unreadable.length) logger.warn({ partitions: unreadable }, 'token cache rows quarantined at start');

  let boundPort = opts.port;
  const listening: string[] = [];
  const ctx: AgentContext = {
    version: AGENT_VERSION,
    home,
    config,
    logger,
    store,
    accounts,
    pairing: new PairingCodes(),
    extraCa,
    clock: opts.clock ?? (() => new Date()),
    startedAt: (opts.clock?.() ?? new Date()).toISOString(),
    port: () => boundPort,
    listening: () => listening,
  };
  ctx.connections = new ConnectionGate(UNAUTHENTICATED_CONNECTION_CAP, (refused) =>
    logger.warn(
      { refused, cap: UNAUTHENTICATED_CONNECTION_CAP },
      'unauthenticated connections over the cap: refused',
    ),
  );
  const app = createApp(ctx, cliToken, opts.routes ?? ROUTES);
  const servers: Server[] = [];

  const server4 = createServer(app);
  ctx.connections.attach(server4);
  try {
    boundPort = await listen(server4, opts.port, '127.0.0.1');
  } catch (error) {
    store.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUse(opts.port);
    throw error;
  }
  servers.push(server4);
  listening.push(`http://127.0.0.1:${boundPort}`);
  const server6 = createServer(app);
  ctx.connections.attach(server6);
  try {
    await listen(server6, boundPort, '::1');
    servers.push(server6);
    listening.push(`http://[::1]:${boundPort}`);
  } catch (error) {
    logger.info({ reason: (error as Error).message }, 'no IPv6 loopback; listening on 127.0.0.1 only');
  }
  for (const s of servers) {
    s.headersTimeout = 10_000;
    s.requestTimeout = 60_000;
  }

  const info: RuntimeInfo = {
    pid: process.pid,
    port: boundPort,
    listening,
    startedAt: ctx.startedAt,
    version: AGENT_VERSION,
  };
  writeFileAtomic(home.runtime, JSON.stringify(info, null, 2), 0o600);
  logger.info({ listening, home: home.dir, secretBackend: store.secrets.backend }, 'agent started');

  let closed = false;
  return {
    port: boundPort,
    home,
    config,
    logger,
    issuePairingCode: () => ctx.pairing.issue(),
    async close() {
      if (closed) return;
      closed = true;
      accounts.close();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
      if (readRuntime(home)?.pid === process.pid) rmSync(home.runtime, { force: true });
      store.close();
      logger.info('agent stopped');
      logger.flush();
    },
  };
}
