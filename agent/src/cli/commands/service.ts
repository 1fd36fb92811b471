import { format, messagesFor } from '@wcoa/shared/i18n';
import type { Command } from 'commander';
import { resolveHomeDir } from '../../home.ts';
import { cliLang, homeOption } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';
import { defineCommand } from '../program.ts';

type ServiceModule = typeof import('../../service/service.ts');
type ServiceInput = ReturnType<ServiceModule['localServiceInput']>;

/** `wcoa service install|uninstall|status [--home DIR]`: the agent started at login. */
export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).install.service;
  const service = defineCommand(program, 'service', m.description);
  /** A subcommand that loads the service code (only then) for this platform and the home given, and runs. */
  const serviceCommand = (
    name: string,
    description: string,
    run: (mod: ServiceModule, input: ServiceInput) => void,
  ) =>
    defineCommand(service, name, description)
      .addOption(homeOption())
      .action(async (opts: { home?: string }) => {
        const mod = await import('../../service/service.ts');
        if (!mod.isServicePlatform(process.platform)) {
          throw new UserError(format(m.unsupported, { platform: process.platform }));
        }
        run(mod, mod.localServiceInput(resolveHomeDir(opts.home)));
      });
  serviceCommand('install', m.installDescription, (mod, input) => {
    const { file, failed } = mod.installService(input);
    io.out(format(m.installed, { kind: file.kind, file: file.path }));
    if (failed)
      throw new UserError(format(m.enableFailed, { command: failed.command, reason: failed.output }));
    io.out(m.enabled);
  });
  serviceCommand('uninstall', m.uninstallDescription, (mod, input) => {
    const { file, existed } = mod.uninstallService(input);
    io.out(
      existed ? format(m.uninstalled, { file: file.path }) : format(m.notInstalled, { file: file.path }),
    );
  });
  serviceCommand('status', m.statusDescription, (mod, input) => {
    const { file, installed, state } = mod.serviceStatus(input);
    io.out(
      installed
        ? format(m.statusInstalled, { file: file.path })
        : format(m.notInstalled, { file: file.path }),
    );
    if (installed) io.out(format(m.statusState, { state }));
  });
}
