import { messagesFor } from '@wcoa/shared/i18n';
import type { Command } from 'commander';
import { resolveHomeDir } from '../../home.ts';
import { cliLang, homeOption } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

/** `wcoa setup [--tenant T] [--extension-id ID] [--home DIR]`: the one app registration, made or repaired. */
export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).install.setup;
  defineCommand(program, 'setup', m.description)
    .option('--tenant <tenant>', m.tenantOption)
    .option('--extension-id <id>', m.extensionIdOption)
    .addOption(homeOption())
    .action(async (opts: { tenant?: string; extensionId?: string; home?: string }) => {
      // Sign-in and Graph load only for this command.
      const { runSetup, SetupFailed, extensionIdFromKey } = await import('../../setup/run-setup.ts');
      const key = process.env.WCOA_EXTENSION_KEY;
      const extensionId = opts.extensionId ?? (key ? await extensionIdFromKey(key) : null);
      try {
        await runSetup({
          homeDir: resolveHomeDir(opts.home),
          ...(opts.tenant ? { tenant: opts.tenant } : {}),
          extensionId,
          messages: m,
          out: (line) => io.out(line),
        });
      } catch (error) {
        if (error instanceof SetupFailed) throw new UserError(error.message);
        throw error;
      }
    });
}
