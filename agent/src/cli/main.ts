import { CommanderError } from 'commander';
import { cliError } from './agent-client.ts';
import * as clients from './commands/clients.ts';
import * as detect from './commands/detect.ts';
import * as doctor from './commands/doctor.ts';
import * as explain from './commands/explain.ts';
import * as pair from './commands/pair.ts';
import * as printers from './commands/printers.ts';
import * as probe from './commands/probe.ts';
import * as service from './commands/service.ts';
import * as setup from './commands/setup.ts';
import * as sheet from './commands/sheet.ts';
import * as signin from './commands/signin.ts';
import * as start from './commands/start.ts';
import * as status from './commands/status.ts';
import * as testMail from './commands/test-mail.ts';
import { endQuietlyOnBrokenPipe, processIO, UserError } from './io.ts';
import { buildProgram, type RegisterCommand } from './program.ts';

const commands: RegisterCommand[] = [
  start.register,
  setup.register,
  service.register,
  doctor.register,
  status.register,
  pair.register,
  clients.register,
  signin.register,
  testMail.register,
  probe.register,
  explain.register,
  detect.register,
  printers.register,
  sheet.register,
];

endQuietlyOnBrokenPipe();
const program = buildProgram(processIO, commands);
try {
  await program.parseAsync(process.argv);
} catch (caught) {
  // The agent absent, or answering an error, is a user error too: one line in the terminal's words.
  const error = cliError(caught);
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else if (error instanceof UserError) {
    processIO.err(`wcoa: ${error.message}`);
    process.exitCode = error.exitCode;
  } else {
    // A bug, not bad input: say so in one line; the stack only with WCOA_DEBUG.
    processIO.err(`wcoa: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WCOA_DEBUG && error instanceof Error) processIO.err(error.stack ?? '');
    process.exitCode = 70;
  }
}
