import type { Context } from '../../core/context';
import type { AuditAction } from '../../domain/enums';

export type Snapshot = Record<string, unknown>;

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: AuditAction;
  before: Snapshot | null;
  after: Snapshot | null;
  /** The write transaction's id; null on rows written before the log recorded it. */
  txId: string | null;
}

interface RawAuditRow {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
  tx_id: string | null;
}

export const AUDIT_COLUMNS = 'seq, at, actor, entity, entity_id, action, before_json, after_json, tx_id';
const SELECT = `SELECT ${AUDIT_COLUMNS} FROM audit_log`;

/** Snapshots are objects; anything else (a hand-edited or foreign row) reads as no snapshot rather than failing. */
function parse(json: string | null): Snapshot | null {
  if (json == null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Snapshot : null;
  } catch {
    return null;
  }
}

export function toAuditRow(raw: RawAuditRow): AuditRow {
  return {
    seq: raw.seq, at: raw.at, actor: raw.actor, entity: raw.entity, entityId: raw.entity_id, action: raw.action,
    before: parse(raw.before_json), after: parse(raw.after_json), txId: raw.tx_id ?? null,
  };
}

export function auditRow(ctx: Context, seq: number): AuditRow | undefined {
  const raw = ctx.sqlite.prepare(`${SELECT} WHERE seq = ?`).get(seq) as RawAuditRow | undefined;
  return raw && toAuditRow(raw);
}

/** Every audit row of one record, oldest first. */
export function trailOf(ctx: Context, entity: string, entityId: string): AuditRow[] {
  return (ctx.sqlite.prepare(`${SELECT} WHERE entity = ? AND entity_id = ? ORDER BY seq`).all(entity, entityId) as RawAuditRow[])
    .map(toAuditRow);
}

/** Ids of the records of `entity` whose snapshots ever had `key` = `value` (e.g. the notes of one action item). */
export function entityIdsWhere(ctx: Context, entity: string, key: string, value: unknown): string[] {
  const path = `$."${key.replaceAll('"', '')}"`;
  return ctx.sqlite.prepare(`SELECT DISTINCT entity_id FROM audit_log WHERE entity = ?
      AND (json_extract(after_json, ?) = ? OR json_extract(before_json, ?) = ?)`)
    .pluck().all(entity, path, value, path, value) as string[];
}

/**
 * The last state a record had according to its trail: a CREATE or RESTORE snapshot, with later UPDATE snapshots
 * laid over it (some services audit only the fields they changed, e.g. a new agenda position).
 */
export function foldState(trail: readonly AuditRow[]): Snapshot | null {
  let state: Snapshot | null = null;
  for (const row of trail) {
    if (row.action === 'CREATE' || row.action === 'RESTORE') state = { ...(row.after ?? {}) };
    else if (row.action === 'DELETE') state = { ...(state ?? {}), ...(row.before ?? {}) };
    else state = { ...(state ?? row.before ?? {}), ...(row.after ?? {}) };
  }
  return state;
}

// One write is one transaction, and transactions never interleave (BEGIN IMMEDIATE), so its audit rows are
// consecutive. Rows carry their transaction's id; older rows (written before the log recorded it) do not, and
// for them consecutive rows of the same actor within a second stand in for it.
const SAME_WRITE_MS = 1_000;
const WINDOW = 200;

/** The seq range of the write that produced `anchor`. */
export function sameWrite(ctx: Context, anchor: AuditRow): { from: number; to: number } {
  if (anchor.txId != null) {
    return ctx.sqlite.prepare('SELECT min(seq) AS "from", max(seq) AS "to" FROM audit_log WHERE tx_id = ?')
      .get(anchor.txId) as { from: number; to: number };
  }
  const at = Date.parse(anchor.at);
  const belongs = (r: { actor: string; at: string; tx_id: string | null }) =>
    r.tx_id == null && r.actor === anchor.actor && Math.abs(Date.parse(r.at) - at) <= SAME_WRITE_MS;
  const walk = (direction: 'before' | 'after'): number => {
    let edge = anchor.seq;
    for (;;) {
      const rows = ctx.sqlite.prepare(direction === 'before'
        ? 'SELECT seq, actor, at, tx_id FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?'
        : 'SELECT seq, actor, at, tx_id FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?')
        .all(edge, WINDOW) as Array<{ seq: number; actor: string; at: string; tx_id: string | null }>;
      for (const row of rows) {
        if (!belongs(row)) return edge;
        edge = row.seq;
      }
      if (rows.length < WINDOW) return edge;
    }
  };
  return { from: walk('before'), to: walk('after') };
}
