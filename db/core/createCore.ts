import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../schema';
import { closeSqlite, openSqlite, type Sqlite } from '../sqlite/open';
import { removePendingCopy } from '../sqlite/cipherCopy';
import { migrateSafely } from '../sqlite/migrate';
import { systemClock, type Clock } from '../domain/clock';
import type { AppDb, Context, CoreEvent } from './context';
import { ensureReferenceData } from './referenceData';
import { dispatch } from './dispatch';
import { methods } from '../api/methods';
import { inWriteTransaction } from '../services/audit';
import { bindKeyStore, NO_KEY_STORE, type KeyStore } from '../services/encryption/keyStore';
import { keyForFile } from '../services/encryption/databaseKey';

import { BACKUP_DIR, DATABASE_FILE } from './paths';

export { BACKUP_DIR, DATABASE_FILE };

export interface CoreOptions {
  dataDir: string;
  /** Who is acting, for the audit log (the OS user name in the desktop app). */
  user: string;
  clock?: Clock;
  /** Where the shipped migrations are; the packaged app passes its own path. */
  migrationsFolder?: string;
  /** Keeps the database key (encryption at rest); the desktop app passes the OS credential store. */
  keyStore?: KeyStore;
}

export interface Core {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly events: EventEmitter<{ event: [CoreEvent] }>;
  /** Validates and runs one API method; resolves with its JSON-safe result or rejects with an ApiError. */
  call(method: string, input: unknown): Promise<unknown>;
  methodNames(): string[];
  close(): void;
}

export function defaultMigrationsFolder(): string {
  return fileURLToPath(new URL('../migrations', import.meta.url));
}

export function openDatabase(file: string, migrationsFolder: string, keyStore: KeyStore = NO_KEY_STORE): { sqlite: Sqlite; db: AppDb } {
  removePendingCopy(file);
  const sqlite = openSqlite(file, { key: keyForFile(file, keyStore) });
  bindKeyStore(sqlite, keyStore);
  try {
    migrateSafely(sqlite, migrationsFolder);
    ensureReferenceData(sqlite);
  } catch (error) {
    closeSqlite(sqlite);
    throw error;
  }
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

export async function createCore(options: CoreOptions): Promise<Core> {
  const { dataDir, user } = options;
  const clock = options.clock ?? systemClock;
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  mkdirSync(join(dataDir, BACKUP_DIR), { recursive: true });
  const databaseFile = join(dataDir, DATABASE_FILE);
  let current = openDatabase(databaseFile, migrationsFolder, options.keyStore);
  const events = new EventEmitter<{ event: [CoreEvent] }>();

  const context = (): Context => ({
    db: current.db,
    sqlite: current.sqlite,
    clock,
    user,
    dataDir,
    migrationsFolder,
    write: <T>(fn: () => T): T => inWriteTransaction(current.sqlite, fn),
    nowIso: () => clock.now().toISOString(),
    emit: (event) => events.emit('event', event),
    replaceDatabase: (reopen) => {
      try {
        reopen(() => closeSqlite(current.sqlite));
      } finally {
        // Whatever happened to the file, the core must not be left without an open database.
        current = openDatabase(databaseFile, migrationsFolder, options.keyStore);
      }
    },
  });

  return {
    dataDir,
    databaseFile,
    events,
    call: (method, input) => dispatch(context(), method, input),
    methodNames: () => Object.keys(methods),
    close: () => closeSqlite(current.sqlite),
  };
}
