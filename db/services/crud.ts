import { eq, getTableColumns } from 'drizzle-orm';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Context } from '../core/context';
import { ApiError, notFound } from '../api/errors';
import { newId } from '../domain/ids';
import { ENTITY_LABELS } from '../domain/entityLabels';
import { recordAudit } from './audit';
import { assertNotReferenced, assertReferencesExist } from './references';

type Row = Record<string, unknown> & { id: string };

export interface CrudConfig {
  table: SQLiteTable;
  /** How the record is named in messages ("Kommune „Kall“ …"). */
  displayName(row: Row): string;
  /** Field labels for reference and uniqueness messages. */
  labels?: Record<string, string>;
  /** Domain rules beyond the input schema; throw ApiError to refuse. `existing` is set on update. */
  check?(ctx: Context, next: Row, existing?: Row): void;
}

export interface Crud<R> {
  get(ctx: Context, id: string): R;
  find(ctx: Context, id: string): R | undefined;
  create(ctx: Context, values: Record<string, unknown>): R;
  update(ctx: Context, id: string, patch: Record<string, unknown>): R;
  remove(ctx: Context, id: string): { id: string };
}

/** Maps a UNIQUE violation to a German conflict message naming the field. */
export function uniqueViolation(error: unknown, table: SQLiteTable, labels: Record<string, string> = {}): ApiError | undefined {
  const e = error as { code?: string; message?: string };
  if (e?.code !== 'SQLITE_CONSTRAINT_UNIQUE' && e?.code !== 'SQLITE_CONSTRAINT_PRIMARYKEY') return undefined;
  const column = /UNIQUE constraint failed: \w+\.(\w+)/.exec(e.message ?? '')?.[1];
  const key = Object.entries(getTableColumns(table)).find(([, c]) => c.name === column)?.[0] ?? column ?? 'id';
  const label = labels[key] ?? key;
  const message = `${label}: Dieser Wert ist bereits vergeben.`;
  return new ApiError('CONFLICT', message, [{ field: key, message }]);
}

export function crud<R extends Row>(config: CrudConfig): Crud<R> {
  const { table } = config;
  const tableName = getTableConfig(table).name;
  const idColumn = (getTableColumns(table) as Record<string, never>).id;
  const what = ENTITY_LABELS[tableName]?.one ?? 'Datensatz';

  const find = (ctx: Context, id: string) =>
    ctx.db.select().from(table).where(eq(idColumn, id)).get() as R | undefined;

  const get = (ctx: Context, id: string) => {
    const row = find(ctx, id);
    if (!row) throw notFound(what);
    return row;
  };

  const guarded = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      throw uniqueViolation(error, table, config.labels) ?? error;
    }
  };

  return {
    get,
    find,
    create(ctx, values) {
      return ctx.write(() => {
        const now = ctx.nowIso();
        const row = { ...values, id: newId(), createdAt: now, updatedAt: now } as Row;
        assertReferencesExist(ctx, tableName, row, config.labels);
        config.check?.(ctx, row);
        guarded(() => ctx.db.insert(table).values(row as never).run());
        const saved = get(ctx, row.id);
        recordAudit(ctx, tableName, row.id, 'CREATE', null, saved);
        return saved;
      });
    },
    update(ctx, id, patch) {
      return ctx.write(() => {
        const existing = get(ctx, id);
        const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const next = { ...existing, ...defined, id, updatedAt: ctx.nowIso() } as Row;
        assertReferencesExist(ctx, tableName, defined, config.labels);
        config.check?.(ctx, next, existing);
        guarded(() => ctx.db.update(table).set({ ...defined, updatedAt: next.updatedAt } as never).where(eq(idColumn, id)).run());
        const saved = get(ctx, id);
        recordAudit(ctx, tableName, id, 'UPDATE', existing, saved);
        return saved;
      });
    },
    remove(ctx, id) {
      return ctx.write(() => {
        const existing = get(ctx, id);
        assertNotReferenced(ctx, tableName, id, config.displayName(existing));
        ctx.db.delete(table).where(eq(idColumn, id)).run();
        recordAudit(ctx, tableName, id, 'DELETE', existing, null);
        return { id };
      });
    },
  };
}
