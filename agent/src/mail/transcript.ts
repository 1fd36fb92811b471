import { format as formatText } from 'node:util';

export interface TranscriptLine {
  at: number;
  dir: 'C' | 'S' | '*';
  text: string;
}

/** One transcript line at most this long: a hostile server's endless reply stays bounded. */
const MAX_LINE = 2000;

/**
 * A nodemailer logger that keeps the SMTP dialogue with the time of each line, for stage timings.
 * Redaction goes by what the client sent, not by patterns: nodemailer already masks its AUTH lines,
 * the XOAUTH2 handler names each of its lines before sending it (nextClientLine), and the exact
 * secrets it sent (token, base64 response) are cut from any line that might echo them. Server
 * lines, EHLO's `250-AUTH XOAUTH2 OAUTHBEARER` among them, are kept whole.
 */
export class Transcript {
  readonly lines: TranscriptLine[] = [];
  private readonly secrets = new Set<string>();
  private readonly shownAs: string[] = [];

  /** Strings that must never appear in the transcript (the token, the XOAUTH2 response). */
  secret(...values: string[]): void {
    for (const value of values) if (value.length >= 8) this.secrets.add(value);
  }

  /** How the next client line is shown (the AUTH handler's lines: what was sent, minus the secret). */
  nextClientLine(shown: string): void {
    this.shownAs.push(shown);
  }

  private clean(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('[redacted]');
    return out.length > MAX_LINE ? `${out.slice(0, MAX_LINE)}…` : out;
  }

  private push(entry: { tnx?: string } | undefined, message: unknown, args: unknown[]): void {
    const dir = entry?.tnx === 'client' ? 'C' : entry?.tnx === 'server' ? 'S' : '*';
    const at = performance.now();
    if (dir === 'C' && this.shownAs.length) {
      this.lines.push({ at, dir, text: this.shownAs.shift()! });
      return;
    }
    const text = formatText(String(message ?? ''), ...args);
    for (const line of text.split(/\r?\n/)) {
      if (line) this.lines.push({ at, dir, text: this.clean(line) });
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

  /** A line of the agent's own (`* …`), e.g. why it retried. */
  note(text: string): void {
    this.lines.push({ at: performance.now(), dir: '*', text: this.clean(text) });
  }

  /** When the first line matching `pattern` (from `dir`) was seen, or null. */
  timeOf(dir: TranscriptLine['dir'], pattern: RegExp): number | null {
    return this.lines.find((l) => l.dir === dir && pattern.test(l.text))?.at ?? null;
  }

  /** Whether the server said anything at all (a greeting or more). */
  heardServer(): boolean {
    return this.lines.some((l) => l.dir === 'S');
  }

  lastServerReply(): string | null {
    for (let i = this.lines.length - 1; i >= 0; i--)
      if (this.lines[i]!.dir === 'S') return this.lines[i]!.text;
    return null;
  }

  /** Cuts the exact secrets from a text of ours (a reply, an error) before it leaves. */
  scrub(text: string): string {
    return this.clean(text);
  }

  toStrings(): string[] {
    return this.lines.filter((l) => l.dir !== '*').map((l) => `${l.dir}: ${l.text}`);
  }
}
