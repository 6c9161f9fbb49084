import { renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isEncryptedFile, sameKey, WrongKeyError } from '../../sqlite/cipher';
import { writeCopyOfFile } from '../../sqlite/cipherCopy';
import { closeSqlite, openSqlite } from '../../sqlite/open';
import { syncFolder } from './durableFile';

/**
 * The key a backup file opens with: null for a plain file, the first candidate that opens an encrypted one,
 * undefined when none does (made under another key, or not a database at all).
 */
export function keyForBackupFile(path: string, candidates: ReadonlyArray<Buffer | null>): Buffer | null | undefined {
  if (!isEncryptedFile(path)) return null;
  for (const key of candidates) {
    if (!key) continue;
    try {
      closeSqlite(openSqlite(path, { readonly: true, key }));
      return key;
    } catch (error) {
      if (!(error instanceof WrongKeyError)) return undefined;
    }
  }
  return undefined;
}

export interface BackupConversion {
  converted: number;
  /** File names of backups that could not be opened with any known key and stay as they are. */
  skipped: string[];
}

/**
 * Rewrites backups with the database's new key (or plain), each through a checked copy renamed over the original,
 * so an interrupted run leaves every backup either as it was or converted, and each one readable with a key the
 * key store still holds at that point.
 */
export function convertBackupFiles(paths: readonly string[], knownKeys: ReadonlyArray<Buffer | null>, targetKey: Buffer | null): BackupConversion {
  const result: BackupConversion = { converted: 0, skipped: [] };
  for (const path of paths) {
    const key = keyForBackupFile(path, knownKeys);
    if (key === undefined) {
      result.skipped.push(basename(path));
      continue;
    }
    if (sameKey(key, targetKey)) continue;
    const pending = `${path}.neu`;
    rmSync(pending, { force: true });
    try {
      writeCopyOfFile(path, key, pending, targetKey);
    } catch {
      result.skipped.push(basename(path));
      continue;
    }
    renameSync(pending, path);
    syncFolder(dirname(path));
    result.converted += 1;
  }
  return result;
}
