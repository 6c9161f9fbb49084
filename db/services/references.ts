import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';
import type { Context } from '../core/context';
import { ApiError } from '../api/errors';
import { ENTITY_LABELS, entityLabel } from '../domain/entityLabels';

interface Reference {
  table: string;
  column: string;
  key: string;
  foreignTable: string;
  foreignColumn: string;
  onDelete: string;
}

function allTables(): SQLiteTable[] {
  return (Object.values(schema) as unknown[]).filter((v): v is SQLiteTable => v instanceof SQLiteTable);
}

// Derived from the schema itself, so a new foreign key is covered by delete protection without extra code.
const REFERENCES: Reference[] = allTables().flatMap((table) => {
  const config = getTableConfig(table);
  const keyBySqlName = new Map(Object.entries(getTableColumns(table)).map(([key, col]) => [col.name, key]));
  return config.foreignKeys.map((fk) => {
    const ref = fk.reference();
    const column = ref.columns[0].name;
    return {
      table: config.name,
      column,
      key: keyBySqlName.get(column) ?? column,
      foreignTable: getTableConfig(ref.foreignTable).name,
      foreignColumn: ref.foreignColumns[0].name,
      onDelete: fk.onDelete ?? 'no action',
    };
  });
});

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

export interface ReferenceCount { table: string; label: string; count: number }

/** Rows that would block deleting `id` from `table` (cascading children are not blockers). */
export function blockingReferences(ctx: Context, table: string, id: string): ReferenceCount[] {
  const counts = new Map<string, number>();
  for (const ref of REFERENCES) {
    if (ref.foreignTable !== table || ref.onDelete === 'cascade' || ref.onDelete === 'set null') continue;
    // A self-reference from the row itself (e.g. parent) does not block its own deletion.
    const self = ref.table === table ? ` AND ${q('id')} <> ?` : '';
    const params = ref.table === table ? [id, id] : [id];
    const row = ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${q(ref.table)} WHERE ${q(ref.column)} = ?${self}`)
      .get(...params) as { n: number };
    if (row.n > 0) counts.set(ref.table, (counts.get(ref.table) ?? 0) + row.n);
  }
  return [...counts].map(([t, count]) => ({ table: t, label: entityLabel(t, count), count }));
}

export function assertNotReferenced(ctx: Context, table: string, id: string, displayName: string): void {
  const blockers = blockingReferences(ctx, table, id);
  if (blockers.length === 0) return;
  const what = blockers.map((b) => `${b.count.toLocaleString('de-DE')} ${b.label}`).join(', ');
  const one = ENTITY_LABELS[table]?.one ?? 'Der Datensatz';
  throw new ApiError(
    'REFERENCED',
    `${one} „${displayName}“ kann nicht gelöscht werden, weil noch darauf verwiesen wird: ${what}.`,
  );
}

/** Checks that every foreign key value in `values` points at an existing row, naming the field if not. */
export function assertReferencesExist(
  ctx: Context,
  table: string,
  values: Record<string, unknown>,
  labels: Record<string, string> = {},
): void {
  for (const ref of REFERENCES) {
    if (ref.table !== table) continue;
    const value = values[ref.key];
    if (value == null) continue;
    const found = ctx.sqlite.prepare(`SELECT 1 FROM ${q(ref.foreignTable)} WHERE ${q(ref.foreignColumn)} = ?`).get(value);
    if (!found) {
      const label = labels[ref.key] ?? ENTITY_LABELS[ref.foreignTable]?.one ?? ref.key;
      const message = `${label}: Der gewählte Eintrag existiert nicht (mehr).`;
      throw new ApiError('VALIDATION', message, [{ field: ref.key, message }]);
    }
  }
}

export const referenceGraph = (): readonly Reference[] => REFERENCES;

