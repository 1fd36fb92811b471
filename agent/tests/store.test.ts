import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempHome } from '@wcoa/test/agent-process';
import { describe, expect, it } from 'vitest';
import { chooseSecretStore } from '../src/secrets/choose.ts';
import { FileSecretStore } from '../src/secrets/file-secret-store.ts';
import { KeyringSecretStore } from '../src/secrets/keyring-secret-store.ts';
import { newKey, open, seal } from '../src/store/crypto.ts';
import { hashToken, Store, StoreKeyMismatchError } from '../src/store/store.ts';

describe('AES-256-GCM sealing', () => {
  const key = newKey();
  it('opens what it sealed, with a fresh IV each time', () => {
    const a = seal(key, 'refresh-token-material', 'msal_cache:x');
    const b = seal(key, 'refresh-token-material', 'msal_cache:x');
    expect(a.equals(b)).toBe(false);
    expect(open(key, a, 'msal_cache:x').toString()).toBe('refresh-token-material');
  });
  it('refuses another row (AAD), another key, or a flipped bit', () => {
    const sealed = seal(key, 'secret', 'msal_cache:a');
    expect(() => open(key, sealed, 'msal_cache:b')).toThrow();
    expect(() => open(newKey(), sealed, 'msal_cache:a')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => open(key, tampered, 'msal_cache:a')).toThrow();
  });
});

describe('Store', () => {
  it('keeps the msal cache sealed: the plaintext is nowhere in the database files', () => {
    const home = tempHome();
    const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
    const marker = 'RT-0123456789-plaintext-marker';
    store.writeMsalCache('p', JSON.stringify({ RefreshToken: { x: { secret: marker } } }));
    expect(store.readMsalCache('p')).toContain(marker);
    store.close();
    for (const f of ['wcoa.db', 'wcoa.db-wal']) {
      try {
        expect(readFileSync(join(home, f)).includes(Buffer.from(marker))).toBe(false);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    expect(statSync(join(home, 'wcoa.db')).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'store.key')).mode & 0o777).toBe(0o600);
  });

  it('a sealed row moved to another partition does not open: it is quarantined, the listener told', () => {
    const home = tempHome();
    const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
    store.writeMsalCache('tenant-a', '{"a":1}');
    store.db
      .prepare(
        "INSERT INTO msal_cache (partition, data, updated_at) SELECT 'tenant-b', data, updated_at FROM msal_cache",
      )
      .run();
    const told: string[] = [];
    store.onUnreadableCache = (partition) => told.push(partition);
    expect(store.readMsalCache('tenant-b')).toBeNull();
    expect(told).toEqual(['tenant-b']);
    expect(store.listQuarantine()).toMatchObject([{ source: 'msal_cache', key: 'tenant-b' }]);
    expect(store.readMsalCache('tenant-a')).toBe('{"a":1}');
    expect(store.checkMsalCache()).toEqual([]);
    store.close();
  });

  it('refuses to open with a key that is not the store’s', () => {
    const home = tempHome();
    new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key'))).close();
    const other = new FileSecretStore(join(home, 'other.key'));
    other.write(newKey().toString('base64'));
    expect(() => new Store(join(home, 'wcoa.db'), other)).toThrow(StoreKeyMismatchError);
  });

  it('authenticates a client by origin and token in constant time, storing only the hash', () => {
    const home = tempHome();
    const store = new Store(join(home, 'wcoa.db'), new FileSecretStore(join(home, 'store.key')));
    store.addClient({
      id: 'c1',
      name: 'Chrome',
      origin: 'chrome-extension://x',
      token: 'tok-123',
      createdAt: 'now',
    });
    expect(store.authenticateClient('chrome-extension://x', 'tok-123')?.id).toBe('c1');
    expect(store.authenticateClient('chrome-extension://x', 'tok-124')).toBeNull();
    expect(store.authenticateClient('chrome-extension://y', 'tok-123')).toBeNull();
    const row = store.db.prepare('SELECT token_hash FROM clients').get() as { token_hash: string };
    expect(row.token_hash).toBe(hashToken('tok-123'));
    expect(store.listClients()[0]!.lastUsedAt).not.toBeNull();
    store.close();
  });
});

describe('secret backends', () => {
  it('auto picks the keyring only where a write/read round trip works, else the 0600 file', () => {
    const home = tempHome();
    const chosen = chooseSecretStore(home, join(home, 'store.key'), 'auto');
    expect(chosen.backend).toBe(KeyringSecretStore.works(home) ? 'keyring' : 'file');
  });
  it('a key already in the file stays in the file', () => {
    const home = tempHome();
    new FileSecretStore(join(home, 'store.key')).write('abc');
    expect(chooseSecretStore(home, join(home, 'store.key'), 'auto').backend).toBe('file');
  });
});
