import { auditLog } from '../schema';
import type { Context } from '../core/context';
import type { AuditAction } from '../domain/enums';
import { newId } from '../domain/ids';
import type { Sqlite } from '../sqlite/open';

// The id of the write transaction open on a connection. Kept per connection rather than per Context because
// createCore builds a fresh Context for every call, and a connection runs at most one transaction at a time.
const openTransactions = new WeakMap<Sqlite, string>();

/**
 * Runs fn in one IMMEDIATE transaction whose audit rows all carry the same transaction id, so the history can
 * tell exactly which rows one write produced. A nested call runs as a savepoint and shares the outer id.
 */
export function inWriteTransaction<T>(sqlite: Sqlite, fn: () => T): T {
  if (openTransactions.has(sqlite)) return sqlite.transaction(fn).immediate();
  openTransactions.set(sqlite, newId());
  try {
    return sqlite.transaction(fn).immediate();
  } finally {
    openTransactions.delete(sqlite);
  }
}

export function recordAudit(
  ctx: Context,
  entity: string,
  entityId: string,
  action: AuditAction,
  before: unknown,
  after: unknown,
): void {
  ctx.db.insert(auditLog).values({
    at: ctx.nowIso(),
    actor: ctx.user,
    entity,
    entityId,
    action,
    beforeJson: before == null ? null : JSON.stringify(before),
    afterJson: after == null ? null : JSON.stringify(after),
    // Audit rows written outside ctx.write (none should be) stay without an id and are grouped by time.
    txId: openTransactions.get(ctx.sqlite) ?? null,
  }).run();
}
