import type { AccountService } from '../auth/accounts.ts';
import type { Config } from '../config.ts';
import type { Home } from '../home.ts';
import type { Logger } from '../log.ts';
import type { PairingCodes } from '../pairing.ts';
import type { Store } from '../store/store.ts';
import type { ConnectionGate } from './connections.ts';

/** What every route module gets: the agent's parts, built once at start. */
export interface AgentContext {
  version: string;
  home: Home;
  config: Config;
  logger: Logger;
  store: Store;
  accounts: AccountService;
  pairing: PairingCodes;
  extraCa: string | undefined;
  /** Now, for every date a route stamps or counts from (tests pin it). */
  clock: () => Date;
  startedAt: string;
  /** The port actually bound (known after listen when started with port 0). */
  port: () => number;
  listening: () => string[];
  /** The cap on unauthenticated connections (absent in tests that build the app alone). */
  connections?: ConnectionGate;
}
