import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE } from '../../../../db/core/createCore';
import { createDevFileKeyStore } from '../../../../db/services/encryption/fileKeyStore';
import { disableEncryption, enableEncryption, type EncryptionStep } from '../../../../db/services/encryption/encryption';
import { createBackup } from '../../../../db/services/backup/backups';
import { municipalityCrud } from '../../../../db/services/masterData/municipalities';
import { isEncryptedFile } from '../../../../db/sqlite/cipher';
import { tempDir } from '../../../helpers/core';
import { encryptionContext, type EncryptionTestContext } from './encryptionContext';

const PROBE = 'Verschlüsselungsprobe';

class SimulatedCrash extends Error {}

let t: EncryptionTestContext;
let snapshots: string[] = [];
beforeEach(async () => {
  t = encryptionContext(tempDir('kim-enc-crash-'));
  municipalityCrud.create(t.ctx(), { name: PROBE, status: 'GEMEINDE' });
  await createBackup(t.ctx());
});
afterEach(() => {
  t.close();
  for (const dir of [t.dataDir, ...snapshots]) rmSync(dir, { recursive: true, force: true });
  snapshots = [];
});

/**
 * What a crash at that moment leaves behind: every file of the data folder as it is on disk right then
 * (database, its -wal and -shm, a half-done copy, the key file, the backups). SQLite makes each write durable
 * before the next step starts, so the copy is what the next start would find after the process died.
 */
function snapshot(): string {
  const dir = tempDir('kim-enc-snapshot-');
  snapshots.push(dir);
  const copyTree = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      if (entry.isDirectory()) copyTree(join(from, entry.name), join(to, entry.name));
      else copyFileSync(join(from, entry.name), join(to, entry.name));
    }
  };
  copyTree(t.dataDir, dir);
  return dir;
}

/** Starts the app on what the crash left: it must open, hold the probe, and say truthfully whether it is encrypted. */
async function startAfterCrash(dir: string) {
  const core = await createCore({ dataDir: dir, user: 'test', keyStore: createDevFileKeyStore(join(dir, 'test.key')) });
  try {
    const names = (await core.call('municipalities.list', {}) as Array<{ name: string }>).map((m) => m.name);
    const backups = await core.call('backup.list', {}) as Array<{ path: string }>;
    // Every backup the crash left must still be restorable with what the key store holds.
    for (const backup of backups) await core.call('backup.restore', { path: backup.path });
    return { names, encrypted: isEncryptedFile(join(dir, DATABASE_FILE)), keySaved: existsSync(join(dir, 'test.key')) };
  } finally {
    core.close();
  }
}

const crashDuring = (run: typeof enableEncryption, step: EncryptionStep): string => {
  let dir: string | undefined;
  const crashAt = (reached: EncryptionStep) => {
    if (reached !== step) return;
    dir = snapshot();
    throw new SimulatedCrash(step);
  };
  expect(() => run(t.ctx(), { onStep: crashAt })).toThrow(SimulatedCrash);
  return dir!;
};

describe('switching encryption on survives a crash at every step', () => {
  it('after the key was saved, before the database changed: the plain database opens, the spare key is harmless', async () => {
    const after = await startAfterCrash(crashDuring(enableEncryption, 'key-saved'));
    expect(after).toEqual({ names: [PROBE], encrypted: false, keySaved: true });
  });

  it('after the encrypted copy was written, before it replaced the database: the old database opens unchanged', async () => {
    const dir = crashDuring(enableEncryption, 'copy-written');
    expect(existsSync(join(dir, `${DATABASE_FILE}.neu`))).toBe(true);
    expect(await startAfterCrash(dir)).toEqual({ names: [PROBE], encrypted: false, keySaved: true });
    // The unused copy is removed on start: after an interrupted switch-off it would be a decrypted copy of everything.
    expect(existsSync(join(dir, `${DATABASE_FILE}.neu`))).toBe(false);
  });

  it('after the database was replaced, before the backups were encrypted: it opens with the stored key, plain backups restore', async () => {
    const dir = crashDuring(enableEncryption, 'database-replaced');
    expect(isEncryptedFile(join(dir, 'backups', readdirSync(join(dir, 'backups'))[0]))).toBe(false);
    expect(await startAfterCrash(dir)).toEqual({ names: [PROBE], encrypted: true, keySaved: true });
  });

  it('once the backups are encrypted too, all of it opens with the stored key', async () => {
    const dir = crashDuring(enableEncryption, 'backups-converted');
    expect(isEncryptedFile(join(dir, 'backups', readdirSync(join(dir, 'backups'))[0]))).toBe(true);
    expect(await startAfterCrash(dir)).toEqual({ names: [PROBE], encrypted: true, keySaved: true });
  });

  it('a key store that does not give the key back stops it before anything is encrypted', () => {
    const dir = tempDir('kim-enc-forgetful-');
    const forgetful = encryptionContext(dir, { ...createDevFileKeyStore(join(dir, 'test.key')), save: () => {} });
    try {
      expect(() => enableEncryption(forgetful.ctx())).toThrow(expect.objectContaining({
        code: 'CONFLICT', message: expect.stringMatching(/^Der Schlüssel ließ sich nicht sicher speichern\..*nicht verschlüsselt\.$/),
      }));
      expect(isEncryptedFile(forgetful.databaseFile)).toBe(false);
    } finally {
      forgetful.close();
      rmSync(forgetful.dataDir, { recursive: true, force: true });
    }
  });

  it('a failure before the swap leaves the live database as it was and the core working', () => {
    expect(() => enableEncryption(t.ctx(), { onStep: (s) => { if (s === 'copy-written') throw new Error('Datenträger voll'); } })).toThrow('Datenträger voll');
    expect(isEncryptedFile(t.databaseFile)).toBe(false);
    expect(t.ctx().sqlite.prepare('SELECT name FROM municipalities').pluck().all()).toEqual([PROBE]);
  });
});

describe('switching encryption off survives a crash at every step', () => {
  beforeEach(() => {
    enableEncryption(t.ctx());
  });

  it('after the backups were decrypted, before the database: it opens with the key, the plain backups restore', async () => {
    expect(await startAfterCrash(crashDuring(disableEncryption, 'backups-converted'))).toEqual({ names: [PROBE], encrypted: true, keySaved: true });
  });

  it('after the decrypted copy was written, before it replaced the database: the encrypted database opens, the plain copy is removed', async () => {
    const dir = crashDuring(disableEncryption, 'copy-written');
    expect(await startAfterCrash(dir)).toEqual({ names: [PROBE], encrypted: true, keySaved: true });
    expect(existsSync(join(dir, `${DATABASE_FILE}.neu`))).toBe(false);
  });

  it('after the database was replaced, before the key was removed: the plain database opens, the old key is not needed', async () => {
    expect(await startAfterCrash(crashDuring(disableEncryption, 'database-replaced'))).toEqual({ names: [PROBE], encrypted: false, keySaved: true });
  });

  it('after the key was removed, nothing refers to it any more', async () => {
    expect(await startAfterCrash(crashDuring(disableEncryption, 'key-cleared'))).toEqual({ names: [PROBE], encrypted: false, keySaved: false });
  });
});
