import type { SecretBackend } from '@wcoa/shared/protocol';

/** Holds the store's master key. Two backends: the OS keyring, or a 0600 file in the home. */
export interface SecretStore {
  readonly backend: SecretBackend;
  /** The key as base64, or null when none was stored yet. */
  read(): string | null;
  write(value: string): void;
}
