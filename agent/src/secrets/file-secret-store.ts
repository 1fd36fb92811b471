import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../store/atomic-file.ts';
import type { SecretStore } from './secret-store.ts';

/** The fallback where no OS keyring works: a 0600 file written atomically (temp, fsync, rename). */
export class FileSecretStore implements SecretStore {
  readonly backend = 'file' as const;
  constructor(private readonly path: string) {}

  read(): string | null {
    if (!existsSync(this.path)) return null;
    chmodSync(this.path, 0o600);
    return readFileSync(this.path, 'utf8').trim() || null;
  }

  write(value: string): void {
    writeFileAtomic(this.path, `${value}\n`, 0o600);
  }
}
