import { format, messagesFor } from '@wcoa/shared/i18n';
import { AGENT_DEFAULT_PORT } from '@wcoa/shared/protocol';
import type { Command } from 'commander';
import type { startAgent } from '../../agent.ts';
import { ConfigError } from '../../config.ts';
import { resolveHomeDir } from '../../home.ts';
import { type AgentOptions, cliLang, cliMessages, parsePort, withAgentOptions } from '../agent-client.ts';
import { extensionBuildDir, firstRunLines, shouldGuide } from '../first-run.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

export function register(program: Command, io: CliIO): void {
  const m = cliMessages();
  withAgentOptions(defineCommand(program, 'start', m.cli.startDescription)).action(
    async (opts: AgentOptions) => {
      const homeDir = resolveHomeDir(opts.home);
      const rawPort = opts.port ?? process.env.WCOA_PORT;
      const port = rawPort === undefined ? AGENT_DEFAULT_PORT : parsePort(rawPort);
      // The agent's modules (Express, the store, sign-in) load only here, not for other commands.
      const { AgentAlreadyRunning, PortInUse, startAgent } = await import('../../agent.ts');
      const { StoreKeyMismatchError } = await import('../../store/store.ts');
      let agent: Awaited<ReturnType<typeof startAgent>>;
      try {
        agent = await startAgent({
          homeDir,
          port,
          lang: cliLang(),
          stdout: process.env.WCOA_LOG_STDOUT !== '0',
        });
      } catch (error) {
        if (error instanceof ConfigError) {
          throw new UserError(
            format(m.config.invalid, { where: error.where, problems: error.problems.join('; ') }),
          );
        }
        if (error instanceof StoreKeyMismatchError) {
          throw new UserError(format(m.config.keyMismatch, { backend: error.backend, home: homeDir }));
        }
        if (error instanceof AgentAlreadyRunning) {
          throw new UserError(format(m.cli.alreadyRunning, { port: error.info.port, pid: error.info.pid }));
        }
        if (error instanceof PortInUse) throw new UserError(format(m.cli.portInUse, { port: error.port }));
        throw error;
      }
      // The contract (DESIGN.md): exactly this line when ready.
      io.out(`listening on http://127.0.0.1:${agent.port}`);
      // Then, for a person at a terminal only, what to do next (after the contract line).
      if (shouldGuide()) {
        const { code } = agent.issuePairingCode();
        const lines = firstRunLines(messagesFor(cliLang()).install.firstRun, {
          extension: extensionBuildDir(),
          pairingCode: code,
          clientId: agent.config.clientId,
        });
        for (const line of lines) io.out(line);
      }
      await new Promise<void>((resolve) => {
        const stop = () => {
          agent.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    },
  );
}
