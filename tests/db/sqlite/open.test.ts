import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSqlite, openSqlite, type Sqlite } from '../../../db/sqlite/open';
import { tempDir } from '../../helpers/core';

let dir: string;
let db: Sqlite | undefined;
afterEach(() => {
  if (db) closeSqlite(db);
  db = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('a database connection', () => {
  it('writes through WAL with full sync, overwrites deleted content, checks foreign keys and keeps a 64 MB page cache', () => {
    dir = tempDir('kim-open-');
    db = openSqlite(join(dir, 'x.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
  });

  it('keeps a backup file self-contained with a rollback journal', () => {
    dir = tempDir('kim-open-');
    db = openSqlite(join(dir, 'backup.sqlite'), { singleFile: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
  });
});
