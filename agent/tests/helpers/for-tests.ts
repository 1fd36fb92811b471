import { type AgentProcess, startAgentProcess } from '@wcoa/test/agent-process';
import { agentEnvFor, type Emulators, startEmulators } from '@wcoa/test/emulators';
import { afterAll, beforeAll } from 'vitest';

/**
 * Something a file's (or a describe block's) tests share, started before them and closed after
 * them. The handle answers for the started thing; used before its beforeAll ran, it throws.
 * Hooks run in the order they are declared and close in reverse, so something declared later may
 * use what was declared earlier (an agent configured for the emulators) and is closed first.
 */
function forTests<T extends object>(start: () => Promise<T>, close: (started: T) => Promise<void> | void): T {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  }, 60_000);
  afterAll(async () => {
    if (started) await close(started);
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!started) throw new Error(`used before its beforeAll started it (reading ${String(key)})`);
      const value = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

type AgentStartOptions = Parameters<typeof startAgentProcess>[0];

/** The real agent process for these tests; its options are read when it starts (after earlier hooks). */
export function agentForTests(options: () => AgentStartOptions = () => ({})): AgentProcess {
  return forTests(
    () => startAgentProcess(options()),
    (agent) => agent.stop(),
  );
}

/** The agent's environment for the emulators: their sign-in, Graph and CA, and mail to the SMTP emulator. */
export function agentEnvWithSmtp(emu: Emulators, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...agentEnvFor(emu),
    WCOA_SMTP_HOST: 'localhost',
    WCOA_SMTP_PORT: String(emu.smtp.port),
    ...extra,
  };
}

/** The Microsoft-side emulators (identity, Graph, SMTP) for these tests. */
export function emulatorsForTests(options: Parameters<typeof startEmulators>[0] = {}): Emulators {
  return forTests(
    () => startEmulators(options),
    (emu) => emu.close(),
  );
}
