import { renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../../core/context';
import { DATABASE_FILE } from '../../core/paths';
import { sameKey } from '../../sqlite/cipher';
import { pendingCopyOf, removePendingCopy, writeCopy } from '../../sqlite/cipherCopy';
import type { Sqlite } from '../../sqlite/open';
import { syncFolder } from './durableFile';

export type SwapStep = 'copy-written' | 'database-replaced';

export const databaseFileOf = (ctx: Context) => join(ctx.dataDir, DATABASE_FILE);

export interface SwapOptions {
  /** Writes into the new file before it is checked: the audit row of the change belongs to the file it describes. */
  amend(copy: Sqlite): void;
  /** The key as the key store gives it back; the new file must open with exactly that before it replaces the old one. */
  storedKey(): Buffer | null;
  onStep?(step: SwapStep): void;
}

/**
 * Replaces the live database by a copy of itself written with another key (or none), without ever changing the
 * live file in place. The copy is written and checked under a temporary name; then the connection is closed, the
 * old file's -wal/-shm are removed (they belong to the old file: frames of a plain WAL applied to an encrypted
 * file would corrupt it) and the copy is renamed over the database in one atomic step. A crash before the rename
 * leaves the old database untouched; after it, the new one complete. Whether a file is encrypted is read from its
 * header on every open, so either state opens as long as the key store holds the key, which callers ensure by
 * saving a new key before this runs and clearing an old one only after.
 *
 * Everything from the copy to the rename runs synchronously, so no write of the app can fall between them.
 */
export function swapDatabase(ctx: Context, targetKey: Buffer | null, options: SwapOptions): void {
  const file = databaseFileOf(ctx);
  const pending = pendingCopyOf(file);
  removePendingCopy(file);
  writeCopy(ctx.sqlite, pending, targetKey, options.amend);
  // The copy was checked with targetKey; the key store must give back that very key, or the next start fails.
  if (!sameKey(options.storedKey(), targetKey)) {
    removePendingCopy(file);
    throw new Error('Der gespeicherte Schlüssel stimmt nicht mit dem Schlüssel der neuen Datei überein.');
  }
  options.onStep?.('copy-written');
  ctx.replaceDatabase((close) => {
    close();
    for (const extra of ['-wal', '-shm']) rmSync(file + extra, { force: true });
    renameSync(pending, file);
    // Durable before a key is cleared: after a power cut the folder must not hold the old file without its key.
    syncFolder(dirname(file));
    options.onStep?.('database-replaced');
  });
}
