import type { Context } from '../../core/context';

/** What a purge removes from a reconstruction, named as in its audit snapshots. */
export const PURGED_FIELDS = ['caseCode', 'summary', 'privacyJustification', 'participants.role'] as const;

type Snapshot = Record<string, unknown> & { participants?: Array<Record<string, unknown>> };

/** A reconstruction snapshot without the purged texts; it says which fields were removed instead. */
export function withoutPurgedText<T extends Snapshot | null>(snapshot: T): T {
  if (!snapshot) return snapshot;
  return {
    ...snapshot,
    caseCode: null,
    summary: null,
    privacyJustification: null,
    ...(Array.isArray(snapshot.participants) ? { participants: snapshot.participants.map((p) => ({ ...p, role: '' })) } : {}),
    purgedFields: [...PURGED_FIELDS],
  };
}

/**
 * Removes the purged texts from the reconstruction's earlier audit rows. The audit log keeps who changed what and
 * when; the texts themselves may live there no longer than in the record, or the retention rule would be void.
 */
export function scrubAuditRows(ctx: Context, reconstructionId: string): number {
  const rows = ctx.sqlite.prepare(`SELECT seq, before_json AS beforeJson, after_json AS afterJson FROM audit_log
    WHERE entity = 'case_reconstructions' AND entity_id = ?`).all(reconstructionId) as
    Array<{ seq: number; beforeJson: string | null; afterJson: string | null }>;
  const update = ctx.sqlite.prepare('UPDATE audit_log SET before_json = ?, after_json = ? WHERE seq = ?');
  const scrub = (json: string | null) => (json == null ? null : JSON.stringify(withoutPurgedText(JSON.parse(json) as Snapshot)));
  for (const row of rows) update.run(scrub(row.beforeJson), scrub(row.afterJson), row.seq);
  return rows.length;
}

/**
 * Runs a write that removes personal text so that the removed bytes do not linger in the database file: SQLite
 * overwrites deleted content with zeros while secure_delete is on (it otherwise leaves it in free page space).
 */
export function withSecureDelete<T>(ctx: Context, fn: () => T): T {
  const previous = ctx.sqlite.pragma('secure_delete', { simple: true }) as number;
  ctx.sqlite.pragma('secure_delete = ON');
  try {
    return fn();
  } finally {
    ctx.sqlite.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
}
