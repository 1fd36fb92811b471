import type { SecretBackend } from '@wcoa/shared/protocol';
import { FileSecretStore } from './file-secret-store.ts';
import { KeyringSecretStore } from './keyring-secret-store.ts';
import type { SecretStore } from './secret-store.ts';

export type SecretBackendChoice = SecretBackend | 'auto';

/**
 * Picks where the key lives. A key already in the file stays there (moving it silently could strand
 * the store); otherwise the keyring when it works, else the file.
 */
export function chooseSecretStore(
  homeDir: string,
  keyFile: string,
  choice: SecretBackendChoice,
): SecretStore {
  const file = new FileSecretStore(keyFile);
  if (choice === 'file') return file;
  if (choice === 'keyring') return new KeyringSecretStore(homeDir);
  if (file.read() !== null) return file;
  return KeyringSecretStore.works(homeDir) ? new KeyringSecretStore(homeDir) : file;
}
