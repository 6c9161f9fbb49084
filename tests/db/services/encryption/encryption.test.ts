import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, DATABASE_FILE, type Core } from '../../../../db/core/createCore';
import { fixedClock } from '../../../../db/domain/clock';
import { createDevFileKeyStore } from '../../../../db/services/encryption/fileKeyStore';
import type { KeyStore } from '../../../../db/services/encryption/keyStore';
import { tempDir } from '../../../helpers/core';

const PROBE = 'Verschlüsselungsprobe';

let dataDir: string;
let keyFile: string;
let core: Core;
const open = (keyStore?: KeyStore) => createCore({ dataDir, user: 'test', clock: fixedClock('2025-06-15T10:00:00Z'), keyStore });
const call = <T = unknown>(method: string, input: unknown = {}) => core.call(method, input) as Promise<T>;
const bytes = (file: string) => readFileSync(file);
const plainHeader = (buffer: Buffer) => buffer.subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

beforeEach(async () => {
  dataDir = tempDir('kim-enc-');
  keyFile = join(dataDir, 'entwicklung.key');
  core = await open(createDevFileKeyStore(keyFile));
  await call('setup.initialize', { officeName: 'Kreis Testhausen', demo: false });
  await call('municipalities.create', { name: PROBE, status: 'GEMEINDE' });
});
afterEach(() => {
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('encryption at rest', () => {
  it('reports a new database as not encrypted, with a key store that can take a key', async () => {
    expect(await call('encryption.status')).toMatchObject({ encrypted: false, cipher: null, keyStore: 'file', available: true, reason: null });
    expect(plainHeader(bytes(join(dataDir, DATABASE_FILE)))).toBe(true);
  });

  it('encrypts the file: neither the SQLite header nor any text is left in it or its WAL, every row stays readable', async () => {
    const result = await call<{ status: { encrypted: boolean; cipher: string } }>('encryption.enable');
    expect(result.status).toMatchObject({ encrypted: true, cipher: 'chacha20' });
    // A write after enabling goes to the WAL, which must be encrypted as well.
    await call('municipalities.create', { name: 'Nachtragsgemeinde', status: 'STADT' });
    const wal = join(dataDir, `${DATABASE_FILE}-wal`);
    expect(existsSync(wal)).toBe(true);
    expect(bytes(wal).includes('Nachtragsgemeinde')).toBe(false);
    core.close();

    const file = bytes(join(dataDir, DATABASE_FILE));
    expect(plainHeader(file)).toBe(false);
    expect(file.includes('SQLite format 3')).toBe(false);
    expect(file.includes(PROBE)).toBe(false);
    expect(file.includes(Buffer.from(PROBE, 'utf16le'))).toBe(false);

    // Without the key the driver cannot read it at all.
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(() => raw.prepare('SELECT name FROM municipalities').all()).toThrow('file is not a database');
    raw.close();

    // With the key store the core opens it again with every row.
    core = await open(createDevFileKeyStore(keyFile));
    const names = (await call<Array<{ name: string }>>('municipalities.list')).map((m) => m.name);
    expect(names).toEqual(expect.arrayContaining([PROBE, 'Nachtragsgemeinde']));
    expect(await call('encryption.status')).toMatchObject({ encrypted: true });
  });

  it('the key opens the file directly with the driver, so the data does not depend on KIM Desk alone', async () => {
    await call('encryption.enable');
    core.close();
    const key = readFileSync(keyFile, 'utf8').trim();
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    raw.pragma("cipher = 'chacha20'");
    raw.pragma(`key = 'raw:${key}'`);
    expect(raw.prepare('SELECT name FROM municipalities').pluck().all()).toContain(PROBE);
    raw.close();
    core = await open(createDevFileKeyStore(keyFile));
  });

  it('records switching on and off in the audit log, without the key', async () => {
    await call('encryption.enable');
    await call('encryption.disable');
    const key = existsSync(keyFile) ? readFileSync(keyFile, 'utf8').trim() : null;
    expect(key).toBeNull();
    core.close();
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const rows = raw.prepare("SELECT before_json, after_json FROM audit_log WHERE entity = 'encryption' ORDER BY at, rowid").all() as Array<{ before_json: string; after_json: string }>;
    raw.close();
    expect(rows.map((r) => JSON.parse(r.after_json))).toEqual([
      { encrypted: true, cipher: 'chacha20', keyStore: 'file' },
      { encrypted: false, cipher: null, keyStore: 'file' },
    ]);
    core = await open(createDevFileKeyStore(keyFile));
  });

  it('switching off makes the file plain again, removes the key and keeps every row', async () => {
    await call('encryption.enable');
    const result = await call<{ status: { encrypted: boolean } }>('encryption.disable');
    expect(result.status.encrypted).toBe(false);
    expect(existsSync(keyFile)).toBe(false);
    core.close();
    const file = bytes(join(dataDir, DATABASE_FILE));
    expect(plainHeader(file)).toBe(true);
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    expect(raw.prepare('SELECT name FROM municipalities').pluck().all()).toEqual([PROBE]);
    raw.close();
    core = await open(createDevFileKeyStore(keyFile));
    expect(await call('encryption.status')).toMatchObject({ encrypted: false });
  });

  it('refuses to switch on twice, or off when it is off', async () => {
    await expect(call('encryption.disable')).rejects.toMatchObject({ code: 'CONFLICT', message: 'Die Datenbank ist nicht verschlüsselt.' });
    await call('encryption.enable');
    await expect(call('encryption.enable')).rejects.toMatchObject({ code: 'CONFLICT', message: 'Die Datenbank ist bereits verschlüsselt.' });
  });

  it('refuses to switch on without a key store, in German, and changes nothing', async () => {
    core.close();
    core = await open();
    expect(await call('encryption.status')).toMatchObject({
      encrypted: false, keyStore: 'none', available: false, reason: expect.stringContaining('nur in der Desktop-App'),
    });
    await expect(call('encryption.enable')).rejects.toMatchObject({
      code: 'CONFLICT', message: expect.stringMatching(/^Die Verschlüsselung kann hier nicht eingeschaltet werden\. .*Desktop-App/),
    });
    expect(plainHeader(bytes(join(dataDir, DATABASE_FILE)))).toBe(true);
  });

  it('with a wrong key, start fails with a German message and the file stays byte for byte as it was', async () => {
    await call('encryption.enable');
    core.close();
    const before = bytes(join(dataDir, DATABASE_FILE));
    const otherKeyFile = join(dataDir, 'anderer.key');
    const other = createDevFileKeyStore(otherKeyFile);
    other.save(Buffer.alloc(32, 7));
    await expect(open(other)).rejects.toThrow(/ist verschlüsselt und lässt sich mit dem gespeicherten Schlüssel nicht öffnen.*nicht verändert/);
    await expect(open()).rejects.toThrow(/ist verschlüsselt, aber ihr Schlüssel fehlt/);
    expect(bytes(join(dataDir, DATABASE_FILE)).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
    core = await open(createDevFileKeyStore(keyFile));
  });
});
