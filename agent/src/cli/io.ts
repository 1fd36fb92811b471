import { terminalSafe } from '../terminal-text.ts';

/** What a command writes to; tests pass their own to read the output without a child process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<string>;
}

/**
 * The terminal. Every line goes through terminalSafe: a printer's model name, a server's reply or
 * an agent's message may carry escape sequences, and nothing the program writes itself has any.
 */
export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${terminalSafe(line)}\n`),
  err: (line) => process.stderr.write(`${terminalSafe(line)}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/**
 * A reader that closes early (`wcoa explain … | head`) is the reader's choice, not an error: end
 * at once, quietly, with the status a shell expects of a command that lost its pipe (0 for output
 * nobody wants any more).
 */
export function endQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

/** An error meant for the user: its message is printed as is, with no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
