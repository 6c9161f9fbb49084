import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../schema';
import type { Context } from '../../core/context';
import { DATABASE_FILE } from '../../core/paths';
import { ApiError } from '../../api/errors';
import { CIPHER, KEY_BYTES, keyOf, sameKey } from '../../sqlite/cipher';
import type { Sqlite } from '../../sqlite/open';
import { inWriteTransaction, recordAudit } from '../audit';
import { listBackups } from '../backup/backups';
import { convertBackupFiles, type BackupConversion } from './backupFiles';
import { keyStoreOf, type KeyStore } from './keyStore';
import { swapDatabase, type SwapStep } from './liveDatabase';

export interface EncryptionStatus {
  encrypted: boolean;
  cipher: string | null;
  keyStore: KeyStore['kind'];
  /** Where the key lives, German, for the settings page. */
  keyLocation: string;
  /** Whether encryption can be switched on here (a safe key store exists). */
  available: boolean;
  /** Why not, German, when it cannot. */
  reason: string | null;
}

export interface EncryptionChange {
  status: EncryptionStatus;
  /** The backups in the data folder's backups/, rewritten to match the database. */
  backups: BackupConversion;
}

export type EncryptionStep = 'key-saved' | SwapStep | 'backups-converted' | 'key-cleared';

/** Test seam: called after each step, so tests can stop there and look at what a crash would leave on disk. */
export interface StepObserver {
  onStep?(step: EncryptionStep): void;
}

export function encryptionStatus(ctx: Context): EncryptionStatus {
  const store = keyStoreOf(ctx.sqlite);
  const encrypted = keyOf(ctx.sqlite) !== null;
  return {
    encrypted,
    cipher: encrypted ? CIPHER : null,
    keyStore: store.kind,
    keyLocation: store.location,
    available: store.available(),
    reason: store.available() ? null : store.unavailableReason(),
  };
}

function auditIn(ctx: Context, encrypted: boolean, store: KeyStore) {
  return (copy: Sqlite) => {
    const view: Context = { ...ctx, sqlite: copy, db: drizzle(copy, { schema }) };
    // The key itself never goes into the audit log, only that the state changed and where the key is kept.
    inWriteTransaction(copy, () => recordAudit(view, 'encryption', DATABASE_FILE, 'UPDATE',
      { encrypted: !encrypted }, { encrypted, cipher: encrypted ? CIPHER : null, keyStore: store.kind }));
  };
}

const backupPaths = (ctx: Context) => listBackups(ctx).map((b) => b.path);

/** Saves the key and reads it back: only a key the store demonstrably returns may encrypt anything. */
function saveKey(store: KeyStore, key: Buffer): void {
  let reason = 'Der Schlüsselspeicher gab ihn nicht unverändert zurück.';
  try {
    store.save(key);
    if (sameKey(store.load(), key)) return;
  } catch (error) {
    reason = (error as Error).message;
  }
  throw new ApiError('CONFLICT', `Der Schlüssel ließ sich nicht sicher speichern. ${reason} Die Datenbank wurde nicht verschlüsselt.`);
}

/**
 * Encrypts the database with a new random key. Order, so that a crash at any point leaves data that opens:
 * 1. the key is saved in the key store and read back (a plain database opens whatever the store holds);
 * 2. an encrypted copy with the audit row is written and checked, then renamed over the database;
 * 3. the backups in the data folder are encrypted one by one (a plain backup stays restorable meanwhile).
 */
export function enableEncryption(ctx: Context, observer: StepObserver = {}): EncryptionChange {
  const store = keyStoreOf(ctx.sqlite);
  if (!store.available()) {
    throw new ApiError('CONFLICT', `Die Verschlüsselung kann hier nicht eingeschaltet werden. ${store.unavailableReason() ?? ''}`.trim());
  }
  if (keyOf(ctx.sqlite)) throw new ApiError('CONFLICT', 'Die Datenbank ist bereits verschlüsselt.');

  const key = randomBytes(KEY_BYTES);
  saveKey(store, key);
  observer.onStep?.('key-saved');

  swapDatabase(ctx, key, { amend: auditIn(ctx, true, store), storedKey: () => store.load(), onStep: observer.onStep });
  const backups = convertBackupFiles(backupPaths(ctx), [key], key);
  observer.onStep?.('backups-converted');
  return { status: statusAfter(ctx, true), backups };
}

/**
 * Decrypts the database, in the reverse order: backups first and the database next, while the key still opens
 * both; the key is removed from the key store last, when nothing needs it any more.
 */
export function disableEncryption(ctx: Context, observer: StepObserver = {}): EncryptionChange {
  const store = keyStoreOf(ctx.sqlite);
  const key = keyOf(ctx.sqlite);
  if (!key) throw new ApiError('CONFLICT', 'Die Datenbank ist nicht verschlüsselt.');

  const backups = convertBackupFiles(backupPaths(ctx), [key], null);
  observer.onStep?.('backups-converted');
  swapDatabase(ctx, null, { amend: auditIn(ctx, false, store), storedKey: () => null, onStep: observer.onStep });
  store.clear();
  observer.onStep?.('key-cleared');
  return { status: statusAfter(ctx, false), backups };
}

/**
 * ctx still holds the closed connection after the swap (a Context is built per call), so the status after a
 * change is computed from what was done; the file itself has been checked with the stored key before the swap.
 */
function statusAfter(ctx: Context, encrypted: boolean): EncryptionStatus {
  return { ...encryptionStatus(ctx), encrypted, cipher: encrypted ? CIPHER : null };
}
