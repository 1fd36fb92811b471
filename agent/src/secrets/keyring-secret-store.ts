import { randomBytes } from 'node:crypto';
import { Entry } from '@napi-rs/keyring';
import type { SecretStore } from './secret-store.ts';

const SERVICE = 'wcoa';

/** The OS keyring (macOS Keychain, Windows Credential Manager, Secret Service), one entry per home. */
export class KeyringSecretStore implements SecretStore {
  readonly backend = 'keyring' as const;
  private readonly entry: Entry;
  constructor(homeDir: string) {
    this.entry = new Entry(SERVICE, `store-key:${homeDir}`);
  }

  read(): string | null {
    return this.entry.getPassword();
  }

  write(value: string): void {
    this.entry.setPassword(value);
  }

  /**
   * Whether a keyring works here: a headless Linux box often has the library but no service behind
   * it, and some fail only on write. A write/read round trip on a probe entry tells.
   */
  static works(homeDir: string): boolean {
    try {
      const probe = new Entry(SERVICE, `probe:${homeDir}`);
      const value = randomBytes(8).toString('hex');
      probe.setPassword(value);
      const ok = probe.getPassword() === value;
      probe.deletePassword();
      return ok;
    } catch {
      return false;
    }
  }
}
