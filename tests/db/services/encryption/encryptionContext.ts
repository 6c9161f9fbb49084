import { join } from 'node:path';
import type { Context } from '../../../../db/core/context';
import { DATABASE_FILE, defaultMigrationsFolder, openDatabase } from '../../../../db/core/createCore';
import { fixedClock } from '../../../../db/domain/clock';
import { inWriteTransaction } from '../../../../db/services/audit';
import { createDevFileKeyStore } from '../../../../db/services/encryption/fileKeyStore';
import type { KeyStore } from '../../../../db/services/encryption/keyStore';
import { closeSqlite } from '../../../../db/sqlite/open';

export interface EncryptionTestContext {
  /** A fresh Context per use, as createCore builds one per call: after a swap it holds the new connection. */
  ctx(): Context;
  dataDir: string;
  databaseFile: string;
  keyFile: string;
  keyStore: KeyStore;
  close(): void;
}

/**
 * The Context createCore gives each call, including replaceDatabase, for calling the encryption services
 * directly with a step observer (the API has no way to stop half-way, which the crash tests need).
 */
export function encryptionContext(dataDir: string, keyStore?: KeyStore): EncryptionTestContext {
  const keyFile = join(dataDir, 'test.key');
  const store = keyStore ?? createDevFileKeyStore(keyFile);
  const databaseFile = join(dataDir, DATABASE_FILE);
  const migrationsFolder = defaultMigrationsFolder();
  const clock = fixedClock('2025-06-15T10:00:00Z');
  let current = openDatabase(databaseFile, migrationsFolder, store);
  const ctx = (): Context => ({
    db: current.db, sqlite: current.sqlite, clock, user: 'test', dataDir, migrationsFolder,
    write: <T>(fn: () => T): T => inWriteTransaction(current.sqlite, fn),
    nowIso: () => clock.now().toISOString(),
    emit: () => {},
    replaceDatabase: (reopen) => {
      try {
        reopen(() => closeSqlite(current.sqlite));
      } finally {
        current = openDatabase(databaseFile, migrationsFolder, store);
      }
    },
  });
  return { ctx, dataDir, databaseFile, keyFile, keyStore: store, close: () => closeSqlite(current.sqlite) };
}
