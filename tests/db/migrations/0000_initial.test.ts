import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../../db/schema';
import { closeSqlite, integrityCheck, openSqlite } from '../../../db/sqlite/open';
import { migrateSafely } from '../../../db/sqlite/migrate';
import { tempDir } from '../../helpers/core';
import { migrationsUpTo, shippedJournal } from '../../helpers/migrations';

describe('migration 0000_initial', () => {
  it('is the first shipped migration', () => {
    expect(shippedJournal().entries[0].tag).toBe('0000_initial');
  });

  it('creates every table of the schema with foreign keys that hold', () => {
    const db = openSqlite(join(tempDir(), 'kim.sqlite'));
    migrateSafely(db, migrationsUpTo(1));
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const expected = (Object.values(schema) as unknown[])
      .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
      .map((t) => getTableConfig(t).name);
    expect(expected.length).toBeGreaterThan(40);
    for (const name of expected) expect(tables, name).toContain(name);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(integrityCheck(db)).toEqual([]);
    closeSqlite(db);
  });
});
