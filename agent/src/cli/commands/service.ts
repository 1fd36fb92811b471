import { format, messagesFor } from '@wcoa/shared/i18n';
import type { Command } from 'commander';
import { resolveHomeDir } from '../../home.ts';
import { cliLang } from '../agent-client.ts';
import { type CliIO, UserError } from '../io.ts';

/** `wcoa service install|uninstall|status [--home DIR]`: the agent started at login. */
export function register(program: Command, io: CliIO): void {
  const m = messagesFor(cliLang()).install.service;
  const home = messagesFor(cliLang()).agent.cli.home;
  const service = program.command('service').description(m.description);
  const load = async (opts: { home?: string }) => {
    const mod = await import('../../service/service.ts');
    if (!mod.isServicePlatform(process.platform)) {
      throw new UserError(format(m.unsupported, { platform: process.platform }));
    }
    return { mod, input: mod.localServiceInput(resolveHomeDir(opts.home)) };
  };
  service
    .command('install')
    .description(m.installDescription)
    .option('--home <dir>', home)
    .action(async (opts: { home?: string }) => {
      const { mod, input } = await load(opts);
      const { file, failed } = mod.installService(input);
      io.out(format(m.installed, { kind: file.kind, file: file.path }));
      if (failed)
        throw new UserError(format(m.enableFailed, { command: failed.command, reason: failed.output }));
      io.out(m.enabled);
    });
  service
    .command('uninstall')
    .description(m.uninstallDescription)
    .option('--home <dir>', home)
    .action(async (opts: { home?: string }) => {
      const { mod, input } = await load(opts);
      const { file, existed } = mod.uninstallService(input);
      io.out(
        existed ? format(m.uninstalled, { file: file.path }) : format(m.notInstalled, { file: file.path }),
      );
    });
  service
    .command('status')
    .description(m.statusDescription)
    .option('--home <dir>', home)
    .action(async (opts: { home?: string }) => {
      const { mod, input } = await load(opts);
      const { file, installed, state } = mod.serviceStatus(input);
      io.out(
        installed
          ? format(m.statusInstalled, { file: file.path })
          : format(m.notInstalled, { file: file.path }),
      );
      if (installed) io.out(format(m.statusState, { state }));
    });
}
