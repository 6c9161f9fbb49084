import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Context } from '../../core/context';
import { BACKUP_DIR, DATABASE_FILE } from '../../core/paths';
import { ApiError } from '../../api/errors';
import { closeSqlite, integrityCheck, openSqlite } from '../../sqlite/open';
import { isEncryptedFile, keyOf } from '../../sqlite/cipher';
import { pendingCopyOf, removePendingCopy, writeCopy, writeCopyOfFile } from '../../sqlite/cipherCopy';
import { keyForBackupFile } from '../encryption/backupFiles';
import { keyStoreOf } from '../encryption/keyStore';
import { syncFolder } from '../encryption/durableFile';
import { planMigrations } from '../../sqlite/migrate';
import { recordAudit } from '../audit';
import { readOfficeSettings } from '../settings/officeSettings';

export interface BackupInfo {
  fileName: string;
  path: string;
  createdAt: string;
  sizeBytes: number;
}

const PATTERN = /^kim-desk-(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?(?:-[a-z-]+)?\.sqlite$/;

export const defaultBackupFolder = (ctx: Context) => join(ctx.dataDir, BACKUP_DIR);

function stampFor(ctx: Context): string {
  return ctx.nowIso().replace(/\.\d+Z$/, '').replace('T', '_').replaceAll(':', '-');
}

/** A name that sorts after every backup of the same second, even when older ones were pruned meanwhile. */
function uniquePath(folder: string, stamp: string, suffix: string): string {
  const sameSecond = existsSync(folder)
    ? readdirSync(folder).map((name) => PATTERN.exec(name)).filter((m) => m && `${m[1]}_${m[2]}-${m[3]}-${m[4]}` === stamp)
    : [];
  if (sameSecond.length === 0) return join(folder, `kim-desk-${stamp}${suffix}.sqlite`);
  const next = Math.max(...sameSecond.map((m) => Number(m![5] ?? 1))) + 1;
  return join(folder, `kim-desk-${stamp}-${next}${suffix}.sqlite`);
}

/** The time is taken from the name (written with the core's clock), not the file's mtime, which copies change. */
function infoOf(path: string): BackupInfo {
  const stat = statSync(path);
  const m = PATTERN.exec(basename(path));
  const createdAt = m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}Z` : stat.mtime.toISOString();
  return { fileName: basename(path), path, createdAt, sizeBytes: stat.size };
}

/** Opens a backup read-only (with its key, if encrypted) and checks it; a backup that cannot be verified is worse than none. */
export function verifyBackup(path: string, key: Buffer | null = null): void {
  const unreadable = () => new ApiError('VALIDATION', `Die Datei „${basename(path)}“ ist keine lesbare KIM-Desk-Sicherung.`);
  let db;
  try {
    db = openSqlite(path, { readonly: true, key });
  } catch {
    throw unreadable();
  }
  try {
    const problems = integrityCheck(db);
    if (problems.length > 0) {
      throw new ApiError('VALIDATION', `Die Sicherung „${basename(path)}“ ist beschädigt: ${problems.slice(0, 3).join('; ')}`);
    }
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='audit_log'").get();
    if (!hasTable) throw new ApiError('VALIDATION', `Die Datei „${basename(path)}“ ist keine KIM-Desk-Datenbank.`);
  } catch (error) {
    throw error instanceof ApiError ? error : unreadable();
  } finally {
    closeSqlite(db);
  }
}

/** Newest first, by the time in the name and then the counter that separates backups of the same second. */
function sortKey(name: string): string {
  const m = PATTERN.exec(name);
  return m ? `${m[1]}_${m[2]}${m[3]}${m[4]}_${(m[5] ?? '1').padStart(4, '0')}` : '';
}

export function listBackups(ctx: Context, folder = defaultBackupFolder(ctx)): BackupInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => PATTERN.test(name))
    .sort((a, b) => sortKey(b).localeCompare(sortKey(a)))
    .map((name) => infoOf(join(folder, name)));
}

function checkFolder(folder: string): string {
  if (!isAbsolute(folder)) throw new ApiError('VALIDATION', 'Ordner: Bitte einen vollständigen Pfad angeben.', [{ field: 'folder', message: 'Ordner: Bitte einen vollständigen Pfad angeben.' }]);
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    const message = `Ordner: „${folder}“ kann nicht angelegt oder beschrieben werden.`;
    throw new ApiError('VALIDATION', message, [{ field: 'folder', message }]);
  }
  return resolve(folder);
}

/**
 * Online backup, verified, then old backups in the default folder pruned. A backup of an encrypted database is
 * encrypted with the same key (VACUUM INTO keeps the cipher; SQLite's backup API refuses encrypted sources). It is
 * written and checked under a temporary name and only then renamed, so a half-written file never looks like a backup.
 */
export async function createBackup(ctx: Context, options: { folder?: string | null; suffix?: string } = {}): Promise<BackupInfo & { verified: true }> {
  const folder = options.folder ? checkFolder(options.folder) : defaultBackupFolder(ctx);
  mkdirSync(folder, { recursive: true });
  const path = uniquePath(folder, stampFor(ctx), options.suffix ?? '');
  const pending = `${path}.neu`;
  rmSync(pending, { force: true });
  try {
    writeCopy(ctx.sqlite, pending, keyOf(ctx.sqlite));
  } catch (error) {
    throw new ApiError('VALIDATION', `Die Sicherung „${basename(path)}“ konnte nicht geschrieben und geprüft werden; es wurde keine `
      + `Sicherung angelegt. Grund: ${(error as Error).message}`);
  }
  renameSync(pending, path);
  ctx.write(() => recordAudit(ctx, 'backup', basename(path), 'CREATE', null, { path }));
  if (folder === defaultBackupFolder(ctx)) pruneBackups(ctx, folder);
  return { ...infoOf(path), verified: true };
}

function pruneBackups(ctx: Context, folder: string): void {
  const keep = readOfficeSettings(ctx)?.backupKeep ?? 10;
  for (const old of listBackups(ctx, folder).slice(keep)) rmSync(old.path, { force: true });
}

/**
 * The key a backup opens with: the database's own, or the one in the key store (a backup made while encryption
 * was on, restored after a crash interrupted switching it off). Another key cannot be tried: it is nowhere.
 */
function backupKey(ctx: Context, path: string): Buffer | null {
  let stored: Buffer | null = null;
  try {
    stored = keyStoreOf(ctx.sqlite).load();
  } catch { /* an unreadable key store only means one candidate less */ }
  const key = keyForBackupFile(path, [keyOf(ctx.sqlite), stored]);
  if (key !== undefined) return key;
  if (!isEncryptedFile(path)) return null;
  throw new ApiError('VALIDATION', `Die Datei „${basename(path)}“ lässt sich nicht öffnen: Entweder ist sie keine KIM-Desk-Sicherung, `
    + 'oder sie wurde mit einem anderen Schlüssel verschlüsselt (unter einem anderen Benutzerkonto, auf einem anderen Computer '
    + 'oder vor einem Aus- und Wiedereinschalten der Verschlüsselung). Sie kann hier nicht wiederhergestellt werden.');
}

/**
 * Replaces the database with a verified backup. The current state is backed up first, so a wrong
 * restore can itself be undone. Backups from older versions are migrated on reopen.
 */
export async function restoreBackup(ctx: Context, path: string) {
  if (!isAbsolute(path) || !existsSync(path)) {
    const message = 'Sicherung: Die Datei wurde nicht gefunden.';
    throw new ApiError('VALIDATION', message, [{ field: 'path', message }]);
  }
  const key = backupKey(ctx, path);
  verifyBackup(path, key);
  const probe = openSqlite(path, { readonly: true, key });
  try {
    planMigrations(probe, ctx.migrationsFolder);
  } catch (error) {
    throw new ApiError('VALIDATION', `Diese Sicherung kann nicht wiederhergestellt werden: ${(error as Error).message}`);
  } finally {
    closeSqlite(probe);
  }
  const safety = await createBackup(ctx, { suffix: '-vor-wiederherstellung' });
  const target = join(ctx.dataDir, DATABASE_FILE);
  // The installation keeps its state: a plain backup restored into an encrypted installation is encrypted with
  // its key, an encrypted one restored into a plain installation decrypted. The copy is complete and checked
  // before the database is touched, and then renamed over it in one step.
  const pending = pendingCopyOf(target);
  removePendingCopy(target);
  writeCopyOfFile(path, key, pending, keyOf(ctx.sqlite));
  ctx.replaceDatabase((close) => {
    close();
    for (const extra of ['-wal', '-shm']) rmSync(target + extra, { force: true });
    renameSync(pending, target);
    syncFolder(ctx.dataDir);
  });
  return { restoredFrom: path, safetyBackup: { path: safety.path } };
}
