import { auditLog } from '../schema';
import type { Context } from '../core/context';
import type { AuditAction } from '../domain/enums';

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
  }).run();
}
