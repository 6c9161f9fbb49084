import { and, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { ENTITY_LABELS } from '../../domain/entityLabels';
import { recordAudit } from '../audit';
import { uniqueViolation } from '../crud';
import { fieldLabel } from './fieldLabels';
import { planRestore, type PlannedRow, type SkippedRow } from './restorePlan';

export interface RestoredRecord {
  entity: string;
  entityId: string;
  displayName: string;
}

export interface RestoreResult extends RestoredRecord {
  /** Detail rows that came back with the record (post periods, notes, participants …). */
  restored: RestoredRecord[];
  skipped: SkippedRow[];
}

function insertRow(ctx: Context, planned: PlannedRow): void {
  ctx.db.insert(planned.info.table).values(planned.row as never).run();
}

/** The row as the database now holds it, in the shape the services audit (drizzle property names, booleans). */
function readBack(ctx: Context, planned: PlannedRow): Record<string, unknown> {
  const columns = getTableColumns(planned.info.table) as Record<string, SQLiteColumn>;
  const where = and(...planned.info.primaryKey.map((k) => eq(columns[k], planned.row[k])));
  return ctx.db.select().from(planned.info.table).where(where).get() as Record<string, unknown>;
}

const described = (p: PlannedRow): RestoredRecord => ({ entity: p.info.name, entityId: p.auditId, displayName: p.displayName });

/**
 * Brings back the record deleted by audit row `seq` with the same id, in one transaction, together with the
 * detail rows that went with it, and records RESTORE for each. Foreign keys are checked at commit, so rows
 * that refer to one another can go in in any order; every reference was checked while planning.
 */
export function restoreDeleted(ctx: Context, seq: number): RestoreResult {
  return ctx.write(() => {
    const plan = planRestore(ctx, seq);
    const { main } = plan;
    ctx.sqlite.pragma('defer_foreign_keys = ON');
    try {
      insertRow(ctx, main);
    } catch (error) {
      const labels = Object.fromEntries(main.info.columns.map((c) => [c.key, fieldLabel(main.info.name, c.key)]));
      const conflict = uniqueViolation(error, main.info.table, labels);
      if (!conflict) throw error;
      throw new ApiError('CONFLICT', `${ENTITY_LABELS[main.info.name]?.one ?? 'Datensatz'} „${main.displayName}“ lässt sich nicht `
        + `wiederherstellen. ${conflict.message}`, conflict.issues);
    }
    recordAudit(ctx, main.info.name, main.auditId, 'RESTORE', null, readBack(ctx, main));
    const restored: RestoredRecord[] = [];
    const skipped = [...plan.skipped];
    for (const child of plan.children) {
      try {
        // A savepoint per detail row: one that collides (a unique seat taken meanwhile) stays deleted alone.
        ctx.sqlite.transaction(() => insertRow(ctx, child))();
      } catch (error) {
        const conflict = uniqueViolation(error, child.info.table);
        if (!conflict) throw error;
        skipped.push({ ...described(child), reason: conflict.message });
        continue;
      }
      recordAudit(ctx, child.info.name, child.auditId, 'RESTORE', null, readBack(ctx, child));
      restored.push(described(child));
    }
    const violations = ctx.sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      throw new ApiError('CONFLICT', `„${main.displayName}“ lässt sich nicht wiederherstellen, weil ${violations.length} Verweise ins Leere zeigen würden.`);
    }
    return { ...described(main), restored, skipped };
  });
}

