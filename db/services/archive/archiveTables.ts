import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../core/context';
import { planMigrations } from '../../sqlite/migrate';
import { allTables, type TableInfo } from '../history/tables';

export interface SchemaVersion {
  /** How many migrations had been applied to the database the archive came from. */
  migrations: number;
  /** The tag of the last of them ("0001_search_index"). */
  lastMigration: string;
}

export function currentSchemaVersion(ctx: Context): SchemaVersion {
  const { applied } = planMigrations(ctx.sqlite, ctx.migrationsFolder);
  const journal = JSON.parse(readFileSync(join(ctx.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ idx: number; tag: string }>;
  };
  const last = [...journal.entries].sort((a, b) => a.idx - b.idx)[applied - 1];
  return { migrations: applied, lastMigration: last?.tag ?? '' };
}

/**
 * Every table of the schema, parents before children where the foreign keys allow it. Self-references and the
 * two cycles (committee ↔ commissioning decision, document ↔ adopting decision) cannot be ordered; the import
 * defers foreign key checks to the commit for them.
 */
export function archiveTables(): TableInfo[] {
  const tables = [...allTables()];
  const ordered: TableInfo[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (info: TableInfo) => {
    if (done.has(info.name) || visiting.has(info.name)) return;
    visiting.add(info.name);
    for (const fk of info.foreignKeys) {
      const parent = tables.find((t) => t.name === fk.foreignTable);
      if (parent && parent.name !== info.name) visit(parent);
    }
    visiting.delete(info.name);
    done.add(info.name);
    ordered.push(info);
  };
  tables.forEach(visit);
  return ordered;
}

export const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Rows exactly as stored (SQL column names), in primary key order so two exports of the same data are identical; one at a time. */
export function iterateStoredRows(ctx: Context, info: TableInfo): IterableIterator<Record<string, unknown>> {
  const order = info.primaryKey.map((k) => quote(info.columns.find((c) => c.key === k)!.column)).join(', ');
  return ctx.sqlite.prepare(`SELECT * FROM ${quote(info.name)} ORDER BY ${order}`).iterate() as IterableIterator<Record<string, unknown>>;
}

export const countRows = (ctx: Context, info: TableInfo) => ctx.sqlite.prepare(`SELECT count(*) FROM ${quote(info.name)}`).pluck().get() as number;
