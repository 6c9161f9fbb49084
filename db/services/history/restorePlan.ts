import type { Context } from '../../core/context';
import { ApiError, notFound } from '../../api/errors';
import { ENTITY_LABELS } from '../../domain/entityLabels';
import { auditRow, entityIdsWhere, foldState, sameWrite, trailOf, type AuditRow, type Snapshot } from './auditTrail';
import { displayNameOf, nameOfRecord } from './displayName';
import { embeddedRows } from './embedded';
import { fieldLabel } from './fieldLabels';
import {
  auditIdOf, cascadeChildren, hasOwnId, ownFields, quoteIdentifier as q, rowExists, tableInfo, type TableInfo,
} from './tables';

export interface PlannedRow {
  info: TableInfo;
  row: Snapshot;
  auditId: string;
  displayName: string;
}

export interface SkippedRow {
  entity: string;
  entityId: string;
  displayName: string;
  reason: string;
}

export interface RestorePlan {
  source: AuditRow;
  main: PlannedRow;
  /** Detail rows deleted with the record (cascade), parents before their children. */
  children: PlannedRow[];
  /** Detail rows that cannot come back, with the reason. */
  skipped: SkippedRow[];
}

const MAX_DEPTH = 4;
const kindOf = (table: string) => ENTITY_LABELS[table]?.one ?? 'Datensatz';
const refuse = (message: string, field?: string) => new ApiError('CONFLICT', message, field ? [{ field, message }] : undefined);

/** Required fields (NOT NULL without a default) the reconstructed row lacks. */
function missingRequired(info: TableInfo, row: Snapshot): string[] {
  return info.columns.filter((c) => c.notNull && !c.hasDefault && row[c.key] == null).map((c) => c.key);
}

interface MissingReference { key: string; message: string }

/** The first reference of `row` that points at nothing, neither in the database nor among `planned` rows. */
function missingReference(ctx: Context, info: TableInfo, row: Snapshot, planned: ReadonlySet<string>): MissingReference | undefined {
  for (const fk of info.foreignKeys) {
    const value = row[fk.key];
    if (value == null) continue;
    if (fk.foreignColumn === 'id' && planned.has(`${fk.foreignTable}:${String(value)}`)) continue;
    const found = ctx.sqlite.prepare(`SELECT 1 FROM ${q(fk.foreignTable)} WHERE ${q(fk.foreignColumn)} = ?`).get(value);
    if (found) continue;
    const name = nameOfRecord(ctx, fk.foreignTable, fk.foreignColumn, value);
    return {
      key: fk.key,
      message: `${fieldLabel(info.name, fk.key)}: ${kindOf(fk.foreignTable)} „${name}“ existiert nicht mehr. Bitte zuerst diesen Eintrag wiederherstellen.`,
    };
  }
  return undefined;
}

/** Checks the DELETE row and rebuilds the record from it; throws a German refusal when it cannot come back. */
function planMain(ctx: Context, seq: number): { source: AuditRow; main: PlannedRow } {
  const source = auditRow(ctx, seq);
  if (!source) throw notFound(`Der Verlaufseintrag Nr. ${seq}`);
  if (source.action !== 'DELETE') {
    throw refuse(`Der Verlaufseintrag Nr. ${seq} ist keine Löschung. Wiederherstellen lässt sich nur ein gelöschter Datensatz.`);
  }
  const info = tableInfo(source.entity);
  const name = displayNameOf(source.entity, source.before, source.entityId);
  if (!info || !hasOwnId(info)) {
    throw refuse(`„${name}“ lässt sich nicht einzeln wiederherstellen; solche Angaben kommen mit dem Datensatz zurück, zu dem sie gehören.`);
  }
  const what = `${kindOf(info.name)} „${name}“`;
  const trail = trailOf(ctx, source.entity, source.entityId);
  const later = trail.filter((r) => r.seq > seq);
  const laterDelete = later.find((r) => r.action === 'DELETE');
  if (later.some((r) => r.action === 'RESTORE' || r.action === 'CREATE') && !laterDelete) {
    throw refuse(`${what} wurde bereits wiederhergestellt.`);
  }
  if (laterDelete) {
    throw refuse(`${what} wurde später erneut gelöscht. Bitte den neueren Löscheintrag (Nr. ${laterDelete.seq}) wiederherstellen.`);
  }
  if (rowExists(info, ctx.sqlite, { id: source.entityId })) throw refuse(`${what} existiert bereits.`);
  if (!source.before) throw refuse(`${what} lässt sich nicht wiederherstellen: Der Löscheintrag enthält keinen gespeicherten Stand.`);
  const row = ownFields(info, { ...foldState(trail.filter((r) => r.seq < seq)), ...source.before, id: source.entityId });
  const missing = missingRequired(info, row);
  if (missing.length > 0) {
    throw refuse(`${what} lässt sich nicht wiederherstellen: Der gespeicherte Stand ist unvollständig `
      + `(${missing.map((k) => fieldLabel(info.name, k)).join(', ')}).`);
  }
  const reference = missingReference(ctx, info, row, new Set());
  if (reference) throw refuse(`${what} lässt sich nicht wiederherstellen. ${reference.message}`, reference.key);
  return { source, main: { info, row, auditId: source.entityId, displayName: name } };
}

interface Scope { block: { from: number; to: number } }

/** Detail rows of `parent` that went with this deletion: audited as deleted in the same write, or removed silently by the cascade. */
function childrenOf(ctx: Context, parent: PlannedRow, scope: Scope, embedded: Array<{ table: string; row: Snapshot }>): PlannedRow[] {
  const found: PlannedRow[] = [];
  const add = (info: TableInfo, row: Snapshot) => {
    const own = ownFields(info, row);
    if (info.primaryKey.some((k) => own[k] == null)) return;
    const auditId = auditIdOf(info, own);
    found.push({ info, row: own, auditId, displayName: displayNameOf(info.name, own, auditId) });
  };
  for (const { table, row } of embedded) add(tableInfo(table)!, row);
  for (const { info, key } of cascadeChildren(parent.info.name)) {
    for (const childId of entityIdsWhere(ctx, info.name, key, parent.row.id)) {
      const trail = trailOf(ctx, info.name, childId);
      const last = trail.at(-1);
      if (!last || last.seq > scope.block.to) continue;
      const deletedWithParent = last.action === 'DELETE' && last.seq >= scope.block.from;
      const removedByCascade = last.action !== 'DELETE' && last.action !== 'PURGE';
      if (!deletedWithParent && !removedByCascade) continue;
      const state = foldState(trail);
      if (state && state[key] === parent.row.id) add(info, state);
    }
  }
  return found;
}

/**
 * Works out what restoring the DELETE audit row `seq` would write, without writing: the record as it was when
 * deleted, and (unless `withChildren` is false) the detail rows that went with it.
 */
export function planRestore(ctx: Context, seq: number, withChildren = true): RestorePlan {
  const { source, main } = planMain(ctx, seq);
  const plan: RestorePlan = { source, main, children: [], skipped: [] };
  if (!withChildren) return plan;
  const scope: Scope = { block: sameWrite(ctx, source) };
  const keyOf = (p: PlannedRow) => `${p.info.name}:${p.auditId}`;
  const seen = new Set([keyOf(main)]);
  let level = [main];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
    const next: PlannedRow[] = [];
    for (const parent of level) {
      const embedded = parent === main ? embeddedRows(main.info.name, main.auditId, source.before ?? {}) : [];
      for (const child of childrenOf(ctx, parent, scope, embedded)) {
        if (seen.has(keyOf(child)) || rowExists(child.info, ctx.sqlite, child.row)) continue;
        seen.add(keyOf(child));
        const missing = missingRequired(child.info, child.row);
        if (missing.length > 0) {
          plan.skipped.push({ entity: child.info.name, entityId: child.auditId, displayName: child.displayName,
            reason: `Der gespeicherte Stand ist unvollständig (${missing.map((k) => fieldLabel(child.info.name, k)).join(', ')}).` });
          continue;
        }
        next.push(child);
      }
    }
    plan.children.push(...next);
    level = next.filter((p) => hasOwnId(p.info));
  }
  // A detail row whose other references are gone stays deleted; dropping it may orphan its own details, so repeat.
  for (let changed = true; changed;) {
    changed = false;
    const planned = new Set([main, ...plan.children].filter((p) => hasOwnId(p.info)).map(keyOf));
    for (const child of [...plan.children]) {
      const reference = missingReference(ctx, child.info, child.row, planned);
      if (!reference) continue;
      plan.children.splice(plan.children.indexOf(child), 1);
      plan.skipped.push({ entity: child.info.name, entityId: child.auditId, displayName: child.displayName, reason: reference.message });
      changed = true;
    }
  }
  return plan;
}
