import Database from 'better-sqlite3';
import { applyKey } from './cipher';

export type Sqlite = Database.Database;

/** The only place a database connection is made, so the key and the pragmas are set once. */
export interface OpenOptions {
  readonly?: boolean;
  /** Rollback journal instead of WAL: for backup files, which must stay one self-contained file. */
  singleFile?: boolean;
  /** The 32-byte key of an encrypted file (see cipher.ts); null or absent for a plain one. */
  key?: Buffer | null;
}

export function openSqlite(file: string, options: OpenOptions = {}): Sqlite {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  try {
    // First thing: every later pragma (journal mode above all) already reads and writes through the cipher.
    if (options.key) applyKey(db, options.key);
    db.pragma('busy_timeout = 5000');
    // 64 MB instead of SQLite's 2 MB: the Übersicht and reports of an office with years of records read far more
    // pages than that, and every page missed is read and deciphered again. Pages are allocated only when used.
    db.pragma('cache_size = -65536');
    if (!options.readonly) {
      db.pragma(options.singleFile ? 'journal_mode = DELETE' : 'journal_mode = WAL');
      // FULL: a committed write survives power loss, which matters more here than write throughput.
      db.pragma('synchronous = FULL');
      // Deleted and purged texts (case reconstructions) are overwritten on disk, not left in free pages.
      db.pragma('secure_delete = ON');
    }
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function closeSqlite(db: Sqlite): void {
  if (!db.open) return;
  if (!db.readonly) {
    try { db.pragma('optimize'); } catch { /* closing matters more than statistics */ }
  }
  db.close();
}

export function integrityCheck(db: Sqlite): string[] {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
}
