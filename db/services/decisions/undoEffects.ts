import { and, desc, eq } from 'drizzle-orm';
import { committees, decisionEffects, measures, themes, themeStatusHistory } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { recordAudit } from '../audit';
import { blockingReferences } from '../references';

type Effect = typeof decisionEffects.$inferSelect;

const refuse = (why: string) => new ApiError('CONFLICT', `Der Beschluss kann nicht gelöscht werden: ${why}`);

function undoCommission(ctx: Context, effect: Effect): void {
  const group = ctx.db.select().from(committees).where(eq(committees.id, effect.targetId)).get();
  if (!group) return;
  const blockers = blockingReferences(ctx, 'committees', group.id);
  // Members and rules would go with the group (they cascade); what someone entered since is not thrown away.
  const entered = ctx.sqlite.prepare(`SELECT (SELECT count(*) FROM committee_memberships WHERE committee_id = @id)
    + (SELECT count(*) FROM rules_of_procedure WHERE committee_id = @id) AS n`).get({ id: group.id }) as { n: number };
  if (entered.n > 0) throw refuse(`Für die beauftragte Gruppe „${group.name}“ sind bereits Mitglieder oder eine Geschäftsordnung erfasst.`);
  if (blockers.length > 0) {
    const what = blockers.map((b) => `${b.count.toLocaleString('de-DE')} ${b.label}`).join(', ');
    throw refuse(`Die beauftragte Gruppe „${group.name}“ wird bereits verwendet (${what}).`);
  }
  ctx.db.delete(committees).where(eq(committees.id, group.id)).run();
  recordAudit(ctx, 'committees', group.id, 'DELETE', group, null);
}

function undoThemeStatus(ctx: Context, effect: Effect, decisionId: string): void {
  const theme = ctx.db.select().from(themes).where(eq(themes.id, effect.targetId)).get();
  const change = ctx.db.select().from(themeStatusHistory)
    .where(and(eq(themeStatusHistory.themeId, effect.targetId), eq(themeStatusHistory.decisionId, decisionId))).get();
  if (!theme || !change) return;
  const latest = ctx.db.select().from(themeStatusHistory).where(eq(themeStatusHistory.themeId, theme.id))
    .orderBy(desc(themeStatusHistory.changedAt), desc(themeStatusHistory.id)).limit(1).get();
  // Only the last change can be taken back; anything later was decided on top of it.
  if (latest?.id !== change.id || theme.status !== change.toStatus || change.fromStatus == null) {
    throw refuse(`Der Status des Themas „${theme.title}“ wurde seitdem erneut geändert.`);
  }
  const now = ctx.nowIso();
  // A group this decision commissioned was made the theme's group by the same change (see themes/lifecycle).
  const ownGroup = theme.assignedCommitteeId != null && ctx.sqlite.prepare(`SELECT 1 FROM decision_effects
    WHERE decision_id = ? AND effect_type = 'COMMISSION_GROUP' AND target_id = ?`).get(decisionId, theme.assignedCommitteeId) !== undefined;
  const values = { status: change.fromStatus, updatedAt: now, ...(ownGroup ? { assignedCommitteeId: null } : {}) };
  ctx.db.update(themes).set(values).where(eq(themes.id, theme.id)).run();
  recordAudit(ctx, 'themes', theme.id, 'UPDATE', theme, { ...theme, ...values });
  ctx.db.delete(themeStatusHistory).where(eq(themeStatusHistory.id, change.id)).run();
  recordAudit(ctx, 'theme_status_history', change.id, 'DELETE', change, null);
}

function undoMeasureApproval(ctx: Context, effect: Effect, decisionId: string): void {
  const measure = ctx.db.select().from(measures).where(eq(measures.id, effect.targetId)).get();
  if (!measure || measure.approvedByDecisionId !== decisionId) return;
  if (measure.status !== 'APPROVED') throw refuse(`Die Maßnahme „${measure.title}“ ist bereits weiter fortgeschritten.`);
  const now = ctx.nowIso();
  const after = { ...measure, status: 'PROPOSED' as const, approvedByDecisionId: null, updatedAt: now };
  ctx.db.update(measures).set({ status: 'PROPOSED', approvedByDecisionId: null, updatedAt: now }).where(eq(measures.id, measure.id)).run();
  recordAudit(ctx, 'measures', measure.id, 'UPDATE', measure, after);
}

/**
 * Takes back what a decision set in motion, so deleting a mistakenly recorded decision leaves no orphaned group,
 * theme status or approval behind. Refuses when later work already builds on an effect.
 */
export function undoEffects(ctx: Context, decisionId: string): void {
  const effects = ctx.db.select().from(decisionEffects).where(eq(decisionEffects.decisionId, decisionId)).all();
  // Last effect first: a theme status may refer to the group commissioned before it.
  for (const effect of effects.reverse()) {
    if (effect.effectType === 'COMMISSION_GROUP') undoCommission(ctx, effect);
    else if (effect.effectType === 'THEME_STATUS') undoThemeStatus(ctx, effect, decisionId);
    else if (effect.effectType === 'APPROVE_MEASURE') undoMeasureApproval(ctx, effect, decisionId);
    ctx.db.delete(decisionEffects).where(eq(decisionEffects.id, effect.id)).run();
    recordAudit(ctx, 'decision_effects', effect.id, 'DELETE', effect, null);
  }
}
