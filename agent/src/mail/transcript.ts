import { format as formatText } from 'node:util';
import { redact } from '../redact.ts';

export interface TranscriptLine {
  at: number;
  dir: 'C' | 'S' | '*';
  text: string;
}

/**
 * A nodemailer logger that keeps the SMTP dialogue, redacted as it arrives (the AUTH line never
 * holds the token in clear, even in memory), with the time of each line for stage timings.
 */
export class Transcript {
  readonly lines: TranscriptLine[] = [];

  private push(entry: { tnx?: string } | undefined, message: unknown, args: unknown[]): void {
    const text = redact(formatText(String(message ?? ''), ...args));
    const dir = entry?.tnx === 'client' ? 'C' : entry?.tnx === 'server' ? 'S' : '*';
    for (const line of text.split(/\r?\n/)) {
      if (line) this.lines.push({ at: performance.now(), dir, text: line });
    }
  }

  /** The logger object nodemailer calls (bunyan shape: data, message, ...args). */
  readonly logger = Object.fromEntries(
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
      level,
      (entry: { tnx?: string } | undefined, message: unknown, ...args: unknown[]) =>
        this.push(entry, message, args),
    ]),
  );

  /** When the first line matching `pattern` (from `dir`) was seen, or null. */
  timeOf(dir: TranscriptLine['dir'], pattern: RegExp): number | null {
    return this.lines.find((l) => l.dir === dir && pattern.test(l.text))?.at ?? null;
  }

  lastServerReply(): string | null {
    for (let i = this.lines.length - 1; i >= 0; i--)
      if (this.lines[i]!.dir === 'S') return this.lines[i]!.text;
    return null;
  }

  toStrings(): string[] {
    return this.lines.filter((l) => l.dir !== '*').map((l) => `${l.dir}: ${l.text}`);
  }
}
