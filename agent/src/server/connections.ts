import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** Connections that have not yet carried an authenticated request, at most this many at once. */
export const UNAUTHENTICATED_CONNECTION_CAP = 256;

/**
 * A cap on connections whose caller is still unknown. A local process can open thousands of
 * sockets and trickle headers; each costs the agent memory until the headers timeout. A
 * connection counts until one of its requests passes the guard's caller check; beyond the cap the
 * oldest such connection is closed. The CLI and the extension
 * authenticate on their first request, so they leave the count as soon as they arrive.
 */
export class ConnectionGate {
  private readonly pending = new Set<Socket>();
  refused = 0;

  constructor(
    readonly cap: number = UNAUTHENTICATED_CONNECTION_CAP,
    private readonly onRefused: (refused: number) => void = () => {},
  ) {}

  attach(server: Server): void {
    server.on('connection', (socket: Socket) => {
      if (this.pending.size >= this.cap) {
        // The oldest goes: a flood's idle sockets are older than a real client's, which
        // authenticates within milliseconds of connecting; refusing the newest would let a flood
        // lock every real client out.
        const oldest = this.pending.values().next().value as Socket;
        this.pending.delete(oldest);
        oldest.destroy();
        this.refused++;
        // Once per power of two: a flood is logged, not logged thousands of times.
        if ((this.refused & (this.refused - 1)) === 0) this.onRefused(this.refused);
      }
      this.pending.add(socket);
      socket.once('close', () => this.pending.delete(socket));
    });
  }

  /** The socket carried a request whose caller the guard knows. */
  authenticated(socket: Socket): void {
    this.pending.delete(socket);
  }

  get unauthenticated(): number {
    return this.pending.size;
  }
}
