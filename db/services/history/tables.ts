import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../../schema';
import type { Sqlite } from '../../sqlite/open';
import { referenceGraph } from '../references';

/** One column as the audit log (drizzle property names) and the database (SQL names) see it. */
export interface ColumnInfo {
  key: string;
  column: string;
  notNull: boolean;
  hasDefault: boolean;
}

export interface ForeignKeyInfo {
  key: string;
  column: string;
  foreignTable: string;
  foreignColumn: string;
  onDelete: string;
}

export interface TableInfo {
  name: string;
  table: SQLiteTable;
  columns: ColumnInfo[];
  /** Property names of the primary key, in declaration order. */
  primaryKey: string[];
  foreignKeys: ForeignKeyInfo[];
}

function describe(table: SQLiteTable): TableInfo {
  const config = getTableConfig(table);
  const columns = Object.entries(getTableColumns(table)).map(([key, c]) => ({
    key, column: c.name, notNull: c.notNull, hasDefault: c.hasDefault, primary: c.primary,
  }));
  const keyOf = new Map(columns.map((c) => [c.column, c.key]));
  const composite = config.primaryKeys[0]?.columns.map((c) => keyOf.get(c.name) ?? c.name);
  const foreignKeys = referenceGraph().filter((r) => r.table === config.name).map((r) => ({
    key: r.key, column: r.column, foreignTable: r.foreignTable, foreignColumn: r.foreignColumn, onDelete: r.onDelete,
  }));
  return {
    name: config.name,
    table,
    columns: columns.map(({ primary: _primary, ...c }) => c),
    primaryKey: composite ?? columns.filter((c) => c.primary).map((c) => c.key),
    foreignKeys,
  };
}

const TABLES: TableInfo[] = (Object.values(schema) as unknown[])
  .filter((v): v is SQLiteTable => v instanceof SQLiteTable)
  .map(describe)
  .sort((a, b) => a.name.localeCompare(b.name));

const BY_NAME = new Map(TABLES.map((t) => [t.name, t]));

export const allTables = (): readonly TableInfo[] => TABLES;
export const tableInfo = (name: string): TableInfo | undefined => BY_NAME.get(name);
export const TABLE_NAMES = TABLES.map((t) => t.name) as [string, ...string[]];

/** Records with an identity of their own (an `id` key) are what users see, open and restore. */
export const hasOwnId = (info: TableInfo): boolean => info.primaryKey.length === 1 && info.primaryKey[0] === 'id';

/** Tables whose rows disappear with a row of `parent` (ON DELETE CASCADE), with the key that points at it. */
export function cascadeChildren(parent: string): Array<{ info: TableInfo; key: string }> {
  return TABLES.flatMap((info) => info.foreignKeys
    .filter((fk) => fk.foreignTable === parent && fk.onDelete === 'cascade' && info.name !== parent)
    .map((fk) => ({ info, key: fk.key })));
}

/** Keeps only the table's own fields of an audit snapshot (snapshots may carry lists or resolved names too). */
export function ownFields(info: TableInfo, snapshot: Record<string, unknown>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const c of info.columns) if (Object.hasOwn(snapshot, c.key)) row[c.key] = snapshot[c.key];
  return row;
}

/** The audit log's entity id of a row: its id, or the key values joined by ':' for link rows (as the services write them). */
export function auditIdOf(info: TableInfo, row: Record<string, unknown>): string {
  return info.primaryKey.map((k) => String(row[k])).join(':');
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function rowExists(info: TableInfo, sqlite: Sqlite, row: Record<string, unknown>): boolean {
  const byColumn = new Map(info.columns.map((c) => [c.key, c.column]));
  const where = info.primaryKey.map((k) => `${q(byColumn.get(k) ?? k)} = ?`).join(' AND ');
  return sqlite.prepare(`SELECT 1 FROM ${q(info.name)} WHERE ${where}`).get(...info.primaryKey.map((k) => row[k])) !== undefined;
}

export { q as quoteIdentifier };
