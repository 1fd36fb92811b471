import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Entry as KeyringEntry } from '@napi-rs/keyring';
import type { SecretStore } from './secret-store.ts';

let EntryClass: typeof KeyringEntry | undefined;
/** The native keyring module, loaded when a keyring is first asked for (a store keyed by file never does). */
function newEntry(...args: ConstructorParameters<typeof KeyringEntry>): KeyringEntry {
  EntryClass ??= (createRequire(import.meta.url)('@napi-rs/keyring') as typeof import('@napi-rs/keyring'))
    .Entry;
  return new EntryClass(...args);
}

const SERVICE = 'wcoa';
/**
 * On Linux, only the Secret Service (gnome-keyring, KWallet) keeps a key across restarts; the kernel
 * keyring the library would otherwise fall back to forgets it, and the store with it. Ignored elsewhere.
 */
const OPTIONS = { linux: { store: 'secret-service' as const } };

/** The OS keyring (macOS Keychain, Windows Credential Manager, Secret Service), one entry per home. */
export class KeyringSecretStore implements SecretStore {
  readonly backend = 'keyring' as const;
  private readonly entry: KeyringEntry;
  constructor(homeDir: string) {
    this.entry = newEntry(SERVICE, `store-key:${homeDir}`, OPTIONS);
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
      const probe = newEntry(SERVICE, `probe:${homeDir}`, OPTIONS);
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
