import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from '../schema';
import type { Sqlite } from '../sqlite/open';
import type { Clock } from '../domain/clock';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface CoreEvent {
  type: 'changed';
  entity: string;
}

/** What every handler and service gets. Built per call, so a restored database is picked up at once. */
export interface Context {
  readonly db: AppDb;
  readonly sqlite: Sqlite;
  readonly clock: Clock;
  readonly user: string;
  readonly dataDir: string;
  readonly migrationsFolder: string;
  /** Runs fn in one IMMEDIATE transaction; everything in it, audit rows included (one tx id), commits or nothing does. */
  write<T>(fn: () => T): T;
  nowIso(): string;
  emit(event: CoreEvent): void;
  /** Swaps the open database (restore). Only the backup service uses it. */
  replaceDatabase(reopen: (close: () => void) => void): void;
}
