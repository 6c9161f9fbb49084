import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isEncryptedFile, keyOf, WrongKeyError } from '../../../db/sqlite/cipher';
import { writeCopy, writeCopyOfFile } from '../../../db/sqlite/cipherCopy';
import { closeSqlite, integrityCheck, openSqlite, type Sqlite } from '../../../db/sqlite/open';
import { tempDir as newTempDir } from '../../helpers/core';

const KEY = Buffer.alloc(32, 0xab);
const OTHER = Buffer.alloc(32, 0xcd);
const open: Sqlite[] = [];
const track = (db: Sqlite) => (open.push(db), db);
const dirs: string[] = [];
const tempDir = () => { const dir = newTempDir('kim-cipher-'); dirs.push(dir); return dir; };
afterEach(() => {
  while (open.length > 0) closeSqlite(open.pop()!);
  while (dirs.length > 0) rmSync(dirs.pop()!, { recursive: true, force: true });
});

function plainDatabase(dir = tempDir()): string {
  const file = join(dir, 'klar.sqlite');
  const db = openSqlite(file);
  db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Verschlüsselungsprobe')");
  closeSqlite(db);
  return file;
}

describe('the cipher layer of openSqlite', () => {
  it('tells plain from encrypted files by their header; a missing or empty file is a new plain one', () => {
    const dir = tempDir();
    const plain = plainDatabase(dir);
    const encrypted = join(dir, 'geheim.sqlite');
    writeCopyOfFile(plain, null, encrypted, KEY);
    writeFileSync(join(dir, 'leer.sqlite'), '');
    expect(isEncryptedFile(plain)).toBe(false);
    expect(isEncryptedFile(encrypted)).toBe(true);
    expect(isEncryptedFile(join(dir, 'leer.sqlite'))).toBe(false);
    expect(isEncryptedFile(join(dir, 'fehlt.sqlite'))).toBe(false);
  });

  it('opens an encrypted file in WAL mode with its key and remembers the key for copies', () => {
    const dir = tempDir();
    const encrypted = join(dir, 'geheim.sqlite');
    writeCopyOfFile(plainDatabase(dir), null, encrypted, KEY);
    const db = track(openSqlite(encrypted, { key: KEY }));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT x FROM t').pluck().get()).toBe('Verschlüsselungsprobe');
    expect(keyOf(db)?.equals(KEY)).toBe(true);
    expect(integrityCheck(db)).toEqual([]);
  });

  it('refuses a wrong key with a German WrongKeyError before anything is written', () => {
    const dir = tempDir();
    const encrypted = join(dir, 'geheim.sqlite');
    writeCopyOfFile(plainDatabase(dir), null, encrypted, KEY);
    const before = readFileSync(encrypted);
    expect(() => openSqlite(encrypted, { key: OTHER })).toThrow(WrongKeyError);
    expect(() => openSqlite(encrypted, { key: OTHER })).toThrow(/lässt sich mit dem gespeicherten Schlüssel nicht öffnen/);
    expect(() => openSqlite(encrypted)).toThrow('file is not a database');
    expect(readFileSync(encrypted).equals(before)).toBe(true);
  });

  it('copies encrypt, re-encrypt and decrypt without touching the source', () => {
    const dir = tempDir();
    const plain = plainDatabase(dir);
    const source = track(openSqlite(plain));
    writeCopy(source, join(dir, 'a.sqlite'), KEY);
    writeCopyOfFile(join(dir, 'a.sqlite'), KEY, join(dir, 'b.sqlite'), OTHER);
    writeCopyOfFile(join(dir, 'b.sqlite'), OTHER, join(dir, 'c.sqlite'), null);
    for (const [file, key] of [['a', KEY], ['b', OTHER]] as const) {
      expect(readFileSync(join(dir, `${file}.sqlite`)).includes('Verschlüsselungsprobe')).toBe(false);
      expect(track(openSqlite(join(dir, `${file}.sqlite`), { readonly: true, key })).prepare('SELECT x FROM t').pluck().get()).toBe('Verschlüsselungsprobe');
    }
    expect(isEncryptedFile(join(dir, 'c.sqlite'))).toBe(false);
    expect(track(openSqlite(join(dir, 'c.sqlite'), { readonly: true })).prepare('SELECT x FROM t').pluck().get()).toBe('Verschlüsselungsprobe');
    expect(isEncryptedFile(plain)).toBe(false);
  });

  it('needs VACUUM INTO for copies: SQLite’s backup API refuses an encrypted source (why cipherCopy exists)', async () => {
    const dir = tempDir();
    const encrypted = join(dir, 'geheim.sqlite');
    writeCopyOfFile(plainDatabase(dir), null, encrypted, KEY);
    const db = track(openSqlite(encrypted, { key: KEY }));
    await expect(db.backup(join(dir, 'kopie.sqlite'))).rejects.toThrow(/backup is not supported/);
  });
});
