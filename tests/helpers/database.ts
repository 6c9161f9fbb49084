import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../db/core/createCore';

/**
 * Reading a test database from a second, read-only connection: what a test sees is what was committed, checked
 * without going through the API under test (audit rows, untouched tables).
 */

/** A connection for several reads; close it before disposing the core. */
export function inspectDatabase(t: { dataDir: string }): Database.Database {
  return new Database(join(t.dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
}

/** One query on a connection of its own, closed again at once. */
export function readRows<T = Record<string, unknown>>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = inspectDatabase({ dataDir });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

export interface AuditEntry {
  entity: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export function auditEntries(db: Database.Database, entity?: string): AuditEntry[] {
  const rows = db.prepare(`SELECT entity, entity_id AS entityId, action, before_json AS b, after_json AS a
    FROM audit_log ${entity ? 'WHERE entity = ?' : ''} ORDER BY seq`).all(...(entity ? [entity] : [])) as
    Array<{ entity: string; entityId: string; action: string; b: string | null; a: string | null }>;
  return rows.map((r) => ({
    entity: r.entity,
    entityId: r.entityId,
    action: r.action,
    before: r.b == null ? null : JSON.parse(r.b),
    after: r.a == null ? null : JSON.parse(r.a),
  }));
}

/** Row count and content hash of every table, audit log included: equal fingerprints mean nothing was written. */
export function fingerprint(db: Database.Database): Record<string, string> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => {
    const rows = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().all()
      .map((row) => JSON.stringify(row)).sort();
    const hash = createHash('sha256');
    for (const row of rows) hash.update(row).update('\n');
    return [table, `${rows.length}:${hash.digest('hex').slice(0, 16)}`];
  }));
}
