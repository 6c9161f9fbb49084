import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * Encryption at rest with SQLite3 Multiple Ciphers (the driver is better-sqlite3-multiple-ciphers).
 *
 * Cipher: ChaCha20-Poly1305, named explicitly rather than left to the library default, so a future default change
 * cannot make existing files unreadable. It authenticates every page (a changed byte is detected, not read as
 * data), needs no OpenSSL and is fast in software on office PCs without AES instructions. The page 1 header is
 * encrypted too, so a KIM Desk file reveals nothing, and a plain file is recognised by its header alone.
 *
 * Key: 32 random bytes passed as "raw:<64 hex digits>", which SQLite3MC uses as the key itself instead of running
 * a password through PBKDF2: the key is machine-generated and kept in the OS credential store, not typed by anyone.
 */
export const CIPHER = 'chacha20';
export const KEY_BYTES = 32;

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

type Connection = Database.Database;

/** The key each open connection was opened with; backups and conversions must write with the same key. */
const connectionKeys = new WeakMap<Connection, Buffer>();

export function keyOf(db: Connection): Buffer | null {
  return connectionKeys.get(db) ?? null;
}

/**
 * Whether a database file is encrypted, from its first 16 bytes. A missing or empty file is a new, plain
 * database. This never depends on the key store, so a key saved without the file being encrypted (or a key
 * store that cannot be read) never keeps a plain database from opening.
 */
export function isEncryptedFile(file: string): boolean {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return false;
  }
  if (size === 0) return false;
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return !header.equals(PLAIN_HEADER);
}

function keyLiteral(key: Buffer): string {
  if (key.length !== KEY_BYTES) throw new Error(`Ein Datenbankschlüssel muss ${KEY_BYTES} Byte lang sein.`);
  // Hex only, so the literal cannot break out of the quotes of the PRAGMA.
  return `'raw:${key.toString('hex')}'`;
}

export class WrongKeyError extends Error {
  constructor(file: string) {
    super(`Die Datenbank „${file}“ ist verschlüsselt und lässt sich mit dem gespeicherten Schlüssel nicht öffnen. `
      + 'Sie wurde mit einem anderen Schlüssel verschlüsselt (etwa unter einem anderen Benutzerkonto oder auf einem anderen Computer) '
      + 'oder die Datei ist beschädigt. Die Datei wurde nicht verändert.');
    this.name = 'WrongKeyError';
  }
}

/**
 * Applies the key before anything else touches the file, then reads the schema once: with a wrong key that
 * read fails with SQLITE_NOTADB, before any pragma could write to the file.
 */
export function applyKey(db: Connection, key: Buffer): void {
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma(`key = ${keyLiteral(key)}`);
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') throw new WrongKeyError(db.name);
    throw error;
  }
  connectionKeys.set(db, key);
}

/**
 * Encrypts (key), re-encrypts (other key) or decrypts (null) the file of an open connection in place.
 * SQLite3MC 2.3.x cannot rekey in WAL mode, and ChaCha20 needs 32 reserved bytes per page, so the rekey runs a
 * VACUUM that rewrites the whole file. Only ever used on a private temporary copy, never on the live database:
 * a crash during the rewrite must not leave the office's database half encrypted.
 */
export function rekey(db: Connection, key: Buffer | null): void {
  if (db.pragma('journal_mode', { simple: true }) === 'wal') db.pragma('journal_mode = DELETE');
  db.pragma(`cipher = '${CIPHER}'`);
  db.pragma(`rekey = ${key ? keyLiteral(key) : "''"}`);
  if (key) connectionKeys.set(db, key);
  else connectionKeys.delete(db);
}

export function sameKey(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
