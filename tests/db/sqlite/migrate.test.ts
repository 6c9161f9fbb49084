import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openSqlite, closeSqlite, type Sqlite } from '../../../db/sqlite/open';
import { migrateSafely, MigrationError, planMigrations } from '../../../db/sqlite/migrate';
import { tempDir } from '../../helpers/core';
import { fixtureMigrations } from '../../helpers/migrations';

const CREATE = `CREATE TABLE parent (id text PRIMARY KEY NOT NULL, name text NOT NULL);
--> statement-breakpoint
CREATE TABLE child (id text PRIMARY KEY NOT NULL, parent_id text NOT NULL REFERENCES parent(id) ON DELETE CASCADE);`;

// The shape drizzle-kit generates when a column changes: rebuild the table under "PRAGMA foreign_keys=OFF",
// which SQLite ignores inside the migration's transaction.
const REBUILD = `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE __new_parent (id text PRIMARY KEY NOT NULL, name text NOT NULL, note text);
--> statement-breakpoint
INSERT INTO __new_parent (id, name) SELECT id, name FROM parent;
--> statement-breakpoint
DROP TABLE parent;
--> statement-breakpoint
ALTER TABLE __new_parent RENAME TO parent;
--> statement-breakpoint
PRAGMA foreign_keys=ON;`;

function databaseWithChildren(folder: string): Sqlite {
  const db = openSqlite(join(tempDir(), 'test.sqlite'));
  migrateSafely(db, folder);
  db.prepare("INSERT INTO parent VALUES ('p1', 'Kall')").run();
  db.prepare("INSERT INTO child VALUES ('c1', 'p1'), ('c2', 'p1')").run();
  return db;
}

const count = (db: Sqlite, table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('migrateSafely', () => {
  it('keeps child rows when a migration rebuilds their parent table', () => {
    const db = databaseWithChildren(fixtureMigrations([CREATE]));
    migrateSafely(db, fixtureMigrations([CREATE, REBUILD]));
    expect(count(db, 'child')).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeSqlite(db);
  });

  it('guards against what drizzle’s own migrator does to the same data', () => {
    const db = databaseWithChildren(fixtureMigrations([CREATE]));
    migrate(drizzle(db), { migrationsFolder: fixtureMigrations([CREATE, REBUILD]) });
    expect(count(db, 'child')).toBe(0);
    closeSqlite(db);
  });

  it('rolls back a migration that would lose rows', () => {
    const db = databaseWithChildren(fixtureMigrations([CREATE]));
    const error = (() => {
      try { migrateSafely(db, fixtureMigrations([CREATE, "DELETE FROM child WHERE id = 'c2';"])); } catch (e) { return e; }
    })();
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).reason).toBe('ROWS_LOST');
    expect(count(db, 'child')).toBe(2);
    expect(planMigrations(db, fixtureMigrations([CREATE, 'SELECT 1;'])).applied).toBe(1);
    closeSqlite(db);
  });

  it('rolls back a migration that leaves dangling foreign keys', () => {
    const db = databaseWithChildren(fixtureMigrations([CREATE]));
    const breaking = "INSERT INTO child VALUES ('c3', 'nobody');";
    expect(() => migrateSafely(db, fixtureMigrations([CREATE, breaking]))).toThrow(/Fremdschlüssel/);
    expect(count(db, 'child')).toBe(2);
    closeSqlite(db);
  });

  it('refuses a database whose history does not match the shipped migrations', () => {
    const db = databaseWithChildren(fixtureMigrations([CREATE]));
    const other = fixtureMigrations([CREATE.replace('name text', 'title text'), REBUILD]);
    expect(() => migrateSafely(db, other)).toThrow(MigrationError);
    expect(() => planMigrations(db, other)).toThrow(/Migrationshistorie/);
    closeSqlite(db);
  });

  it('refuses a database written by a newer version', () => {
    const db = databaseWithChildren(fixtureMigrations([CREATE, 'SELECT 1;']));
    expect(() => migrateSafely(db, fixtureMigrations([CREATE]))).toThrow(/neueren Programmversion/);
    closeSqlite(db);
  });

  it('does nothing when the database is current', () => {
    const folder = fixtureMigrations([CREATE]);
    const db = databaseWithChildren(folder);
    expect(migrateSafely(db, folder)).toEqual({ applied: 1, pending: 0, total: 1 });
    closeSqlite(db);
  });
});
