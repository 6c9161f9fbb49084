import { join } from 'node:path';
import Database from 'better-sqlite3';

/** Reads the test database from a second, read-only connection: what a test sees is what was committed. */
export function readRows<T = Record<string, unknown>>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'kim-desk.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
