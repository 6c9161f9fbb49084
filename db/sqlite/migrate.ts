import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Sqlite } from './open';

export const MIGRATIONS_TABLE = '__drizzle_migrations';

export class MigrationError extends Error {
  constructor(message: string, readonly reason: 'UNKNOWN_HISTORY' | 'FOREIGN_KEYS' | 'ROWS_LOST' | 'FAILED') {
    super(message);
    this.name = 'MigrationError';
  }
}

interface AppliedRow { hash: string; created_at: number }

export interface MigrationPlan { applied: number; pending: number; total: number }

function shipped(migrationsFolder: string) {
  return readMigrationFiles({ migrationsFolder });
}

function appliedMigrations(db: Sqlite): AppliedRow[] {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(MIGRATIONS_TABLE);
  if (!exists) return [];
  return db.prepare(`SELECT hash, created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at, id`).all() as AppliedRow[];
}

/**
 * drizzle only applies migrations newer than the newest applied one and never re-checks history.
 * A database written by a newer or a diverged build must be refused, not half-migrated.
 */
export function planMigrations(db: Sqlite, migrationsFolder: string): MigrationPlan {
  const files = shipped(migrationsFolder);
  const applied = appliedMigrations(db);
  if (applied.length > files.length) {
    throw new MigrationError(
      `Die Datenbank stammt aus einer neueren Programmversion (${applied.length} Migrationen, diese Version kennt ${files.length}).`,
      'UNKNOWN_HISTORY',
    );
  }
  applied.forEach((row, i) => {
    const file = files[i];
    if (Number(row.created_at) !== file.folderMillis || row.hash !== file.hash) {
      throw new MigrationError(
        `Die Migrationshistorie der Datenbank passt nicht zu dieser Programmversion (Abweichung bei Migration ${i + 1}).`,
        'UNKNOWN_HISTORY',
      );
    }
  });
  return { applied: applied.length, pending: files.length - applied.length, total: files.length };
}

function userTables(db: Sqlite): string[] {
  return (db.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND name <> ?",
  ).all(MIGRATIONS_TABLE) as Array<{ name: string }>).map((r) => r.name);
}

function rowCounts(db: Sqlite): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of userTables(db)) {
    const row = db.prepare(`SELECT count(*) AS n FROM "${name.replaceAll('"', '""')}"`).get() as { n: number };
    counts.set(name, row.n);
  }
  return counts;
}

/**
 * Applies pending migrations in one transaction with foreign keys switched off *outside* it
 * (inside a transaction SQLite ignores the pragma, and drizzle's table rebuilds would then cascade deletes).
 * Before committing, it checks foreign keys and that no table that still exists lost rows; otherwise it rolls back.
 */
export function migrateSafely(db: Sqlite, migrationsFolder: string): MigrationPlan {
  const plan = planMigrations(db, migrationsFolder);
  if (plan.pending === 0) return plan;
  const pending = shipped(migrationsFolder).slice(plan.applied);

  db.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  db.pragma('foreign_keys = OFF');
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      const before = rowCounts(db);
      const record = db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (hash, created_at) VALUES (?, ?)`);
      for (const migration of pending) {
        for (const statement of migration.sql) {
          if (statement.trim()) db.exec(statement);
        }
        record.run(migration.hash, migration.folderMillis);
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new MigrationError(`Migration abgebrochen: ${violations.length} verletzte Fremdschlüssel.`, 'FOREIGN_KEYS');
      }
      const after = rowCounts(db);
      for (const [table, count] of before) {
        const now = after.get(table);
        if (now !== undefined && now < count) {
          throw new MigrationError(`Migration abgebrochen: Tabelle ${table} hätte ${count - now} Zeilen verloren.`, 'ROWS_LOST');
        }
      }
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      if (error instanceof MigrationError) throw error;
      throw new MigrationError(`Migration fehlgeschlagen: ${(error as Error).message}`, 'FAILED');
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
  return { applied: plan.total, pending: 0, total: plan.total };
}
