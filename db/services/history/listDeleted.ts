import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { ENTITY_LABELS } from '../../domain/entityLabels';
import { AUDIT_COLUMNS, sameWrite, toAuditRow, type AuditRow } from './auditTrail';
import { displayNameOf } from './displayName';
import { planRestore } from './restorePlan';
import { allTables, hasOwnId, tableInfo } from './tables';

export interface DeletedRecord {
  seq: number;
  entity: string;
  entityLabel: string;
  entityId: string;
  at: string;
  actor: string;
  displayName: string;
  restorable: boolean;
  /** Why it cannot be restored now (German), when it cannot. */
  reason?: string;
}

export interface DeletedFilter {
  entity?: string | null;
  /** Only deletions on or after this day (YYYY-MM-DD). */
  since?: string | null;
  limit?: number | null;
}

const DEFAULT_LIMIT = 200;
const PAGE = 500;

/** A detail row deleted in the same write as the record it belongs to comes back with that record, not on its own. */
function deletedWithParent(ctx: Context, row: AuditRow): boolean {
  const info = tableInfo(row.entity);
  const parents = info?.foreignKeys.filter((fk) => fk.onDelete === 'cascade' && row.before?.[fk.key] != null) ?? [];
  if (parents.length === 0) return false;
  const block = sameWrite(ctx, row);
  return parents.some((fk) => ctx.sqlite.prepare(`SELECT 1 FROM audit_log WHERE entity = ? AND entity_id = ? AND action = 'DELETE'
    AND seq BETWEEN ? AND ?`).get(fk.foreignTable, String(row.before![fk.key]), block.from, block.to) !== undefined);
}

function describe(ctx: Context, row: AuditRow): DeletedRecord {
  let reason: string | undefined;
  try {
    planRestore(ctx, row.seq, false);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    reason = error.message;
  }
  return {
    seq: row.seq,
    entity: row.entity,
    entityLabel: ENTITY_LABELS[row.entity]?.one ?? row.entity,
    entityId: row.entityId,
    at: row.at,
    actor: row.actor,
    displayName: displayNameOf(row.entity, row.before, row.entityId),
    restorable: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
  };
}

/**
 * Records whose last audit entry is their deletion, newest first, each saying whether it can be restored now
 * (and if not, why). Link and detail rows are left out: they come back with their record.
 */
export function listDeleted(ctx: Context, filter: DeletedFilter = {}): DeletedRecord[] {
  const entities = allTables().filter(hasOwnId).map((t) => t.name).filter((name) => !filter.entity || name === filter.entity);
  if (entities.length === 0) return [];
  const limit = filter.limit ?? DEFAULT_LIMIT;
  const page = ctx.sqlite.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log a
      WHERE a.action = 'DELETE' AND a.entity IN (${entities.map(() => '?').join(', ')}) AND a.at >= ? AND a.seq < ?
        AND NOT EXISTS (SELECT 1 FROM audit_log b WHERE b.entity = a.entity AND b.entity_id = a.entity_id AND b.seq > a.seq)
      ORDER BY a.seq DESC LIMIT ${PAGE}`);
  const result: DeletedRecord[] = [];
  for (let below = Number.MAX_SAFE_INTEGER; result.length < limit;) {
    const rows = (page.all(...entities, filter.since ?? '', below) as Parameters<typeof toAuditRow>[0][]).map(toAuditRow);
    for (const row of rows) {
      if (result.length >= limit) break;
      if (!deletedWithParent(ctx, row)) result.push(describe(ctx, row));
    }
    if (rows.length < PAGE) break;
    below = rows.at(-1)!.seq;
  }
  return result;
}

/**
 * The deletion of one record, if deleting it was the last thing that happened to it: what an "undo" right after a
 * delete restores. Null when the record exists, was restored meanwhile, or was never deleted.
 */
export function lastDeletion(ctx: Context, entity: string, entityId: string): DeletedRecord | null {
  const raw = ctx.sqlite.prepare(`SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 1`)
    .get(entity, entityId) as Parameters<typeof toAuditRow>[0] | undefined;
  const row = raw && toAuditRow(raw);
  return row?.action === 'DELETE' ? describe(ctx, row) : null;
}
