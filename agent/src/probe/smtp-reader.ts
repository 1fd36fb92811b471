import type { Socket } from 'node:net';

export interface SmtpReply {
  code: number;
  lines: string[];
}

/**
 * Reads SMTP replies (RFC 5321 §4.2: `NNN-text` continues, `NNN text` ends) from a socket that
 * may be swapped for its TLS successor mid-dialogue.
 */
/**
 * One reply (all its lines) longer than this is not SMTP (RFC 5321 lines are at most 512 octets):
 * a hostile server's endless greeting is cut here, before it is kept or diagnosed.
 */
export const MAX_REPLY = 64 * 1024;

export class SmtpReader {
  private buffer = '';
  private lines: string[] = [];
  /** Characters held in `lines`, not yet taken as a reply. */
  private held = 0;
  private waiting: {
    resolve: (r: SmtpReply) => void;
    reject: (e: Error) => void;
    timer: NodeJS.Timeout;
  } | null = null;
  private failure: Error | null = null;
  private socket: Socket | null = null;
  private readonly onData = (chunk: Buffer) => this.feed(chunk.toString('latin1'));
  private readonly onEnd = () => this.fail(new Error('the server closed the connection'));
  private readonly onError = (error: Error) => this.fail(error);

  constructor(private readonly timeoutMs: number) {}

  attach(socket: Socket): void {
    this.detach();
    this.socket = socket;
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('error', this.onError);
  }

  /** Stops reading (before handing the raw socket to TLS). */
  detach(): void {
    this.socket?.off('data', this.onData);
    this.socket?.off('end', this.onEnd);
    this.socket?.off('error', this.onError);
    this.socket = null;
  }

  send(line: string): void {
    this.socket?.write(`${line}\r\n`);
  }

  read(): Promise<SmtpReply> {
    const ready = this.take();
    if (ready) return Promise.resolve(ready);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => this.fail(new Error(`no reply within ${this.timeoutMs / 1000} s (ETIMEDOUT)`)),
        this.timeoutMs,
      );
      this.waiting = { resolve, reject, timer };
    });
  }

  private feed(text: string): void {
    this.buffer += text;
    let index = this.buffer.indexOf('\n');
    while (index >= 0) {
      const line = this.buffer.slice(0, index).replace(/\r$/, '');
      this.lines.push(line);
      this.held += line.length + 1;
      this.buffer = this.buffer.slice(index + 1);
      index = this.buffer.indexOf('\n');
    }
    if (this.buffer.length > MAX_REPLY) this.fail(new Error('reply line too long'));
    if (this.held > MAX_REPLY) {
      this.lines = [];
      this.held = 0;
      this.fail(new Error('reply too long'));
    }
    const reply = this.waiting ? this.take() : null;
    if (reply && this.waiting) {
      const { resolve, timer } = this.waiting;
      this.waiting = null;
      clearTimeout(timer);
      resolve(reply);
    }
  }

  private take(): SmtpReply | null {
    const end = this.lines.findIndex((line) => !/^\d{3}-/.test(line));
    if (end < 0) return null;
    const lines = this.lines.splice(0, end + 1);
    for (const line of lines) this.held -= line.length + 1;
    const code = Number.parseInt(lines[lines.length - 1]!.slice(0, 3), 10);
    return { code: Number.isNaN(code) ? 0 : code, lines };
  }

  private fail(error: Error): void {
    this.failure ??= error;
    if (this.waiting) {
      const { reject, timer } = this.waiting;
      this.waiting = null;
      clearTimeout(timer);
      reject(error);
    }
  }
}
