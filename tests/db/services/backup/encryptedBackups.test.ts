import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE, type Core } from '../../../../db/core/createCore';
import { fixedClock } from '../../../../db/domain/clock';
import { createDevFileKeyStore } from '../../../../db/services/encryption/fileKeyStore';
import { isEncryptedFile } from '../../../../db/sqlite/cipher';
import { tempDir } from '../../../helpers/core';

const PROBE = 'Verschlüsselungsprobe';
interface Backup { path: string; fileName: string }

let dataDir: string;
let core: Core;
const call = <T = unknown>(method: string, input: unknown = {}) => core.call(method, input) as Promise<T>;
const names = async () => (await call<Array<{ name: string }>>('municipalities.list')).map((m) => m.name);
let minute = 0;
// Each backup a minute later, so names never collide and the list order is clear.
const clock = { now: () => new Date(Date.UTC(2025, 5, 15, 10, minute++)) };

beforeEach(async () => {
  dataDir = tempDir('kim-enc-backup-');
  core = await createCore({ dataDir, user: 'test', clock, keyStore: createDevFileKeyStore(join(dataDir, 'entwicklung.key')) });
  await call('setup.initialize', { officeName: 'Kreis Testhausen', demo: false });
  await call('municipalities.create', { name: PROBE, status: 'GEMEINDE' });
});
afterEach(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('backups of an encrypted database', () => {
  it('are encrypted with the same key: unreadable without it, restorable with it', async () => {
    await call('encryption.enable');
    const backup = await call<Backup>('backup.create');
    const bytes = readFileSync(backup.path);
    expect(isEncryptedFile(backup.path)).toBe(true);
    expect(bytes.includes(PROBE)).toBe(false);
    const raw = new Database(backup.path, { readonly: true });
    expect(() => raw.prepare('SELECT count(*) FROM municipalities').get()).toThrow('file is not a database');
    raw.close();

    await call('municipalities.create', { name: 'Nach der Sicherung', status: 'STADT' });
    await call('backup.restore', { path: backup.path });
    expect(await names()).toEqual([PROBE]);
    expect(isEncryptedFile(join(dataDir, DATABASE_FILE))).toBe(true);
  });

  it('switching on encrypts the backups in the data folder; backups elsewhere stay as they were', async () => {
    const inDataFolder = await call<Backup>('backup.create');
    const elsewhere = await call<Backup>('backup.create', { folder: tempDir('kim-netzlaufwerk-') });
    const change = await call<{ backups: { converted: number; skipped: string[] } }>('encryption.enable');
    expect(change.backups).toEqual({ converted: 1, skipped: [] });
    expect(isEncryptedFile(inDataFolder.path)).toBe(true);
    expect(readFileSync(inDataFolder.path).includes(PROBE)).toBe(false);
    expect(isEncryptedFile(elsewhere.path)).toBe(false);

    // Switching off makes them readable without a key again, since the key is then removed.
    await call('encryption.disable');
    expect(isEncryptedFile(inDataFolder.path)).toBe(false);
    await call('backup.restore', { path: inDataFolder.path });
    expect(await names()).toEqual([PROBE]);
  });

  it('a plain backup restored into an encrypted installation is encrypted on the way in', async () => {
    const plain = await call<Backup>('backup.create', { folder: tempDir('kim-alt-') });
    await call('encryption.enable');
    await call('municipalities.create', { name: 'Nach der Sicherung', status: 'STADT' });
    await call('backup.restore', { path: plain.path });
    expect(await names()).toEqual([PROBE]);
    expect(isEncryptedFile(join(dataDir, DATABASE_FILE))).toBe(true);
    expect(readFileSync(join(dataDir, DATABASE_FILE)).includes(PROBE)).toBe(false);
    expect(await call('encryption.status')).toMatchObject({ encrypted: true });
  });

  it('an encrypted backup restored into a plain installation is decrypted, as long as the key is still there', async () => {
    await call('encryption.enable');
    const encrypted = await call<Backup>('backup.create', { folder: tempDir('kim-alt-') });
    // A crash after the database was decrypted but before the key was removed leaves exactly this situation.
    core.close();
    const store = createDevFileKeyStore(join(dataDir, 'entwicklung.key'));
    const key = store.load()!;
    core = await createCore({ dataDir, user: 'test', clock, keyStore: store });
    await call('encryption.disable');
    store.save(key);
    await call('backup.restore', { path: encrypted.path });
    expect(await names()).toEqual([PROBE]);
    expect(isEncryptedFile(join(dataDir, DATABASE_FILE))).toBe(false);
  });

  it('a backup encrypted with a key that is gone is refused in German, and nothing changes', async () => {
    await call('encryption.enable');
    const encrypted = await call<Backup>('backup.create', { folder: tempDir('kim-alt-') });
    await call('encryption.disable');
    await call('municipalities.create', { name: 'Zülpich', status: 'STADT' });
    await expect(call('backup.restore', { path: encrypted.path })).rejects.toMatchObject({
      code: 'VALIDATION', message: expect.stringContaining('mit einem anderen Schlüssel verschlüsselt'),
    });
    expect(await names()).toEqual([PROBE, 'Zülpich']);
    expect(await call<Backup[]>('backup.list')).toEqual([]);
  });
});
