import { eq } from 'drizzle-orm';
import { caseReconstructions, reconstructionParticipants } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { formatDate } from '../../domain/format';
import { recordAudit } from '../audit';
import { requireReconstruction } from '../reconstructions/getReconstruction';
import { PURGED_FIELDS, scrubAuditRows, withSecureDelete } from './scrubAudit';

export interface PurgeResult {
  purged: Array<{ id: string; heldOn: string; purgedAt: string }>;
  /**
   * Whether the database file was rewritten afterwards, so no copy of the purged text is left in free space or in
   * the write-ahead log. False only if another connection held the file; the next purge or backup compacts it.
   */
  storageCompacted: boolean;
}

/**
 * Purges reconstructions whose retention date has passed: case code, summary, justification and the participants'
 * role texts go; findings, fields of action, legal domains, municipality, age band and theme links stay, so the
 * evidence behind themes keeps its counts. All ids are checked before anything is changed, in one transaction.
 */
export function purgeReconstructions(ctx: Context, ids: readonly string[]): PurgeResult {
  const unique = [...new Set(ids)];
  if (unique.length === 0) throw validationError('ids', 'Auswahl: Bitte mindestens eine Fallrekonstruktion auswählen.');
  const purged = withSecureDelete(ctx, () => ctx.write(() => {
    const today = berlinToday(ctx.clock);
    const rows = unique.map((id) => requireReconstruction(ctx, id));
    for (const r of rows) {
      if (r.purgedAt) {
        throw new ApiError('CONFLICT', `Die Fallrekonstruktion vom ${formatDate(r.heldOn)} wurde bereits am ${formatDate(r.purgedAt.slice(0, 10))} bereinigt.`);
      }
      if (!r.deleteAfter || r.deleteAfter > today) {
        const when = r.deleteAfter ? `erst ab ${formatDate(r.deleteAfter)}` : 'ohne Löschdatum nicht';
        throw validationError('ids', `Auswahl: Die Fallrekonstruktion vom ${formatDate(r.heldOn)} ist ${when} zur Löschung fällig.`);
      }
    }
    const purgedAt = ctx.nowIso();
    for (const r of rows) {
      ctx.db.update(caseReconstructions)
        .set({ caseCode: null, summary: null, privacyJustification: null, purgedAt, updatedAt: purgedAt })
        .where(eq(caseReconstructions.id, r.id)).run();
      ctx.db.update(reconstructionParticipants).set({ role: '' }).where(eq(reconstructionParticipants.reconstructionId, r.id)).run();
      scrubAuditRows(ctx, r.id);
      // Which fields were purged, never what they said.
      recordAudit(ctx, 'case_reconstructions', r.id, 'PURGE', null, { purgedAt, deleteAfter: r.deleteAfter, purgedFields: [...PURGED_FIELDS] });
    }
    return rows.map((r) => ({ id: r.id, heldOn: r.heldOn, purgedAt }));
  }));
  return { purged, storageCompacted: compactStorage(ctx) };
}

/**
 * Rewrites the database file and empties the write-ahead log, where earlier page versions (with the purged text)
 * would otherwise survive until SQLite happens to reuse them. Runs after the purge has committed.
 */
function compactStorage(ctx: Context): boolean {
  if (ctx.sqlite.inTransaction) return false;
  try {
    ctx.sqlite.exec('VACUUM');
    const [checkpoint] = ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
    return checkpoint === undefined || checkpoint.busy === 0;
  } catch (error) {
    // Only a concurrent reader can make this fail; the purge itself has committed and stays valid.
    if ((error as { code?: string }).code === 'SQLITE_BUSY' || (error as { code?: string }).code === 'SQLITE_LOCKED') return false;
    throw error;
  }
}
