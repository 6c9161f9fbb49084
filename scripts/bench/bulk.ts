import type { Sqlite } from '../../db/sqlite/open';
import type { Random } from '../../db/demo/random';

type Row = Record<string, string | number | null>;

/** Raw prepared inserts, one statement per table, for generating large offices fast. */
export class Bulk {
  readonly counts: Record<string, number> = {};

  constructor(private readonly db: Sqlite) {}

  /** Rows are keyed by SQL column name; every row of one call must have the same keys. */
  insert(table: string, rows: Row[]): void {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const statement = this.db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    this.db.transaction(() => {
      for (const row of rows) statement.run(columns.map((c) => row[c]));
    })();
    this.counts[table] = (this.counts[table] ?? 0) + rows.length;
  }
}

/**
 * Runs `fill` as a one-off bulk load into a fresh database: the journal in memory, no foreign key checks (generated
 * data is consistent by construction; the tests run foreign_key_check on it), a large page cache, and the
 * full-text index built once at the end instead of row by row through its trigger.
 */
export function bulkLoad(db: Sqlite, fill: () => void): void {
  const ftsTrigger = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'search_docs_ai'").pluck().get() as string | undefined;
  // Out of WAL first: SQLite changes a WAL database's journal mode only by way of a rollback journal.
  db.pragma('journal_mode = DELETE');
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('secure_delete = OFF');
  db.pragma('cache_size = -262144');
  if (ftsTrigger) db.exec('DROP TRIGGER search_docs_ai');
  try {
    fill();
  } finally {
    if (ftsTrigger) {
      db.exec("INSERT INTO search_fts (search_fts) VALUES ('rebuild')");
      db.exec(ftsTrigger);
    }
    db.pragma('foreign_keys = ON');
    db.pragma('journal_mode = WAL');
  }
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** ULID-shaped ids (26 characters, time-ordered) from the seeded PRNG, so generated offices are reproducible. */
export function idFactory(rng: Random, baseMillis = Date.UTC(2016, 0, 1)): () => string {
  let counter = 0;
  return () => {
    let t = baseMillis + counter++;
    let time = '';
    for (let i = 0; i < 10; i++) {
      time = ALPHABET[t % 32] + time;
      t = Math.floor(t / 32);
    }
    let random = '';
    for (let i = 0; i < 16; i++) random += ALPHABET[Math.floor(rng.next() * 32)];
    return time + random;
  };
}

const DAY = 86_400_000;

/** A random ISO date between two ISO dates (inclusive). */
export function randomDate(rng: Random, from: string, to: string): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(rng.next() * ((b - a) / DAY + 1)) * DAY).toISOString().slice(0, 10);
}

export function shiftDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
