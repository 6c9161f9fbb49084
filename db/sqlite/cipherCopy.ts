import { rmSync } from 'node:fs';
import { keyOf, rekey, sameKey } from './cipher';
import { closeSqlite, integrityCheck, openSqlite, type Sqlite } from './open';

/** Where a replacement for a database file is prepared: beside it (same volume, so the rename is atomic), under a name nothing opens. */
export const pendingCopyOf = (file: string) => `${file}.neu`;

/**
 * A copy left by a change that a crash interrupted is never used; it may even be a decrypted copy beside an
 * encrypted database, so it is removed before the database is opened again.
 */
export function removePendingCopy(file: string): void {
  for (const extra of ['', '-journal']) rmSync(pendingCopyOf(file) + extra, { force: true });
}

/**
 * Writes a complete copy of a database to `target` (which must not exist), encrypted with `targetKey` or plain
 * for null, and checks it by opening it again with that key. The copy comes from VACUUM INTO: with SQLite3MC it
 * keeps the source's cipher and key (the backup API refuses to copy between an encrypted and a plain file, and
 * between files with different reserved bytes per page), it reads one consistent snapshot while the app keeps
 * its connection, and it produces one self-contained file in rollback-journal mode.
 *
 * `amend` writes to the copy before it is checked (the audit row of an encryption change belongs in the new file).
 * On failure the partial copy is removed and the error passed on.
 */
export function writeCopy(source: Sqlite, target: string, targetKey: Buffer | null, amend?: (copy: Sqlite) => void): void {
  try {
    source.prepare('VACUUM INTO ?').run(target);
    const sourceKey = keyOf(source);
    if (!sameKey(sourceKey, targetKey) || amend) {
      const copy = openSqlite(target, { key: sourceKey, singleFile: true });
      try {
        if (!sameKey(sourceKey, targetKey)) rekey(copy, targetKey);
        amend?.(copy);
      } finally {
        closeSqlite(copy);
      }
    }
    verifyCopy(target, targetKey);
  } catch (error) {
    rmSync(target, { force: true });
    rmSync(`${target}-journal`, { force: true });
    throw error;
  }
}

/** Same as writeCopy, from a closed database file (a backup) that is opened read-only with its own key. */
export function writeCopyOfFile(source: string, sourceKey: Buffer | null, target: string, targetKey: Buffer | null): void {
  const db = openSqlite(source, { readonly: true, key: sourceKey });
  try {
    writeCopy(db, target, targetKey);
  } finally {
    closeSqlite(db);
  }
}

export function verifyCopy(file: string, key: Buffer | null): void {
  const db = openSqlite(file, { readonly: true, key });
  try {
    const problems = integrityCheck(db);
    if (problems.length > 0) throw new Error(`Die Kopie „${file}“ ist nicht in Ordnung: ${problems.slice(0, 3).join('; ')}`);
  } finally {
    closeSqlite(db);
  }
}
