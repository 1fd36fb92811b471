import { randomBytes, randomInt } from 'node:crypto';
import { PAIRING_CODE_ALPHABET, PairingCodeSchema } from '@wcoa/shared/protocol';

export const PAIRING_CODE_TTL_MS = 5 * 60 * 1000;

/** A new client token: 256 random bits, base64url. Only its hash is stored. */
export function newClientToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newId(): string {
  return randomBytes(6).toString('hex');
}

/** One-time pairing codes, held in memory only: they die with the agent, as they should. */
export class PairingCodes {
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A fresh code shown as XXXX-XXXX, valid five minutes. */
  issue(): { code: string; expiresAt: Date } {
    this.prune();
    let raw = '';
    for (let i = 0; i < 8; i++) raw += PAIRING_CODE_ALPHABET[randomInt(PAIRING_CODE_ALPHABET.length)];
    const expiresAt = this.now() + PAIRING_CODE_TTL_MS;
    this.codes.set(raw, expiresAt);
    return { code: `${raw.slice(0, 4)}-${raw.slice(4)}`, expiresAt: new Date(expiresAt) };
  }

  /** True once for a valid, unexpired code (whatever its case, spaces or dash); the code is spent. */
  consume(input: string): boolean {
    this.prune();
    const parsed = PairingCodeSchema.safeParse(input);
    if (!parsed.success) return false;
    const expiresAt = this.codes.get(parsed.data);
    if (expiresAt === undefined) return false;
    this.codes.delete(parsed.data);
    return expiresAt > this.now();
  }

  private prune(): void {
    const now = this.now();
    for (const [code, expiresAt] of this.codes) if (expiresAt <= now) this.codes.delete(code);
  }
}
