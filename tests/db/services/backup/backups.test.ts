import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testCore, tempDir, type TestCore } from '../../../helpers/core';

let t: TestCore;
beforeEach(async () => {
  t = await testCore();
  await t.api.send('setup.initialize', { officeName: 'Kreis Testhausen', demo: false });
});
afterEach(() => t.dispose());

describe('backups', () => {
  it('writes a verified online backup into the data folder’s backups/', async () => {
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const backup = await t.api.send('backup.create');
    expect(backup.verified).toBe(true);
    expect(backup.path).toBe(join(t.dataDir, 'backups', backup.fileName));
    expect(backup.fileName).toMatch(/^kim-desk-2025-06-15_10-00-00\.sqlite$/);
    expect((await t.api.send('backup.list')).map((b) => b.fileName)).toEqual([backup.fileName]);
  });

  it('keeps only the configured number of backups in the default folder', async () => {
    const settings = await t.api.send('settings.get');
    await t.api.send('settings.update', { ...settings, backupKeep: 2 });
    for (let i = 0; i < 4; i++) await t.api.send('backup.create');
    expect(readdirSync(join(t.dataDir, 'backups'))).toHaveLength(2);
  });

  it('writes to a chosen folder and refuses a relative one', async () => {
    const folder = join(tempDir(), 'netzlaufwerk', 'kim');
    const backup = await t.api.send('backup.create', { folder });
    expect(existsSync(backup.path)).toBe(true);
    await expect(t.api.send('backup.create', { folder: 'relativ/ordner' })).rejects.toMatchObject({
      code: 'VALIDATION', issues: [{ field: 'folder' }],
    });
  });

  it('restores a backup after backing up the current state first', async () => {
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const backup = await t.api.send('backup.create');
    await t.api.send('municipalities.create', { name: 'Zülpich', status: 'STADT' });

    const result = await t.api.send('backup.restore', { path: backup.path });
    expect((await t.api.send('municipalities.list')).map((m) => m.name)).toEqual(['Kall']);
    expect(existsSync(result.safetyBackup.path)).toBe(true);
    expect(result.safetyBackup.path).toMatch(/vor-wiederherstellung\.sqlite$/);

    // The safety backup holds the state before the restore, so the restore itself can be undone.
    await t.api.send('backup.restore', { path: result.safetyBackup.path });
    expect((await t.api.send('municipalities.list')).map((m) => m.name)).toEqual(['Kall', 'Zülpich']);
  });

  it('refuses to restore a file that is not a KIM Desk database, and changes nothing', async () => {
    await t.api.send('municipalities.create', { name: 'Kall', status: 'GEMEINDE' });
    const junk = join(tempDir(), 'kaputt.sqlite');
    writeFileSync(junk, 'das ist keine Datenbank');
    await expect(t.api.send('backup.restore', { path: junk })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(t.api.send('backup.restore', { path: join(tempDir(), 'fehlt.sqlite') })).rejects.toMatchObject({
      code: 'VALIDATION', message: 'Sicherung: Die Datei wurde nicht gefunden.',
    });
    expect((await t.api.send('municipalities.list')).map((m) => m.name)).toEqual(['Kall']);
  });
});
