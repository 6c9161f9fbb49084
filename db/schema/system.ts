import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AuditAction } from '../domain/enums';

/** Append-only history of every write: who, when, what, before and after. */
export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').$type<AuditAction>().notNull(),
  beforeJson: text('before_json'),
  afterJson: text('after_json'),
  /** One id per write transaction (ctx.write); NULL on rows written before it was recorded. */
  txId: text('tx_id'),
}, (t) => [
  index('audit_log_entity_idx').on(t.entity, t.entityId, t.seq),
  index('audit_log_at_idx').on(t.at),
  index('audit_log_tx_idx').on(t.txId),
]);

/** Office-wide settings as JSON values under stable keys (see db/services/settings). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  valueJson: text('value_json').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const retentionPolicies = sqliteTable('retention_policies', {
  entity: text('entity').primaryKey(),
  days: integer('days').notNull(),
  trigger: text('trigger').notNull(),
  updatedAt: text('updated_at').notNull(),
});
