import { eq } from 'drizzle-orm';
import { findings, themes, themeStatusHistory } from '../../schema';
import type { Context } from '../../core/context';
import { notFound, validationError } from '../../api/errors';
import type { ThemeStatus } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';

export type Theme = typeof themes.$inferSelect;
export type StatusChange = typeof themeStatusHistory.$inferSelect;

export const THEME_LABELS = {
  title: 'Titel',
  description: 'Beschreibung',
  fieldOfAction: 'Handlungsfeld',
  priority: 'Priorität',
  findingIds: 'Erkenntnisse',
  findingId: 'Erkenntnis',
  themeId: 'Thema',
  status: 'Neuer Status',
  decisionId: 'Beschluss',
  note: 'Anmerkung',
  committeeId: 'Beauftragte Gruppe',
  sourceThemeIds: 'Zusammenzuführende Themen',
  targetThemeId: 'Zielthema',
  newTheme: 'Neues Thema',
  measureIds: 'Maßnahmen',
};

export function loadTheme(ctx: Context, id: string): Theme {
  const theme = ctx.db.select().from(themes).where(eq(themes.id, id)).get();
  if (!theme) throw notFound('Generatives Thema');
  return theme;
}

/** A theme merged into another lives on only as part of that one; every write goes to the surviving theme. */
export function assertNotMerged(ctx: Context, theme: Theme, field: string, label: string): void {
  if (!theme.mergedIntoThemeId) return;
  const target = ctx.sqlite.prepare('SELECT title FROM themes WHERE id = ?').pluck().get(theme.mergedIntoThemeId) as string | undefined;
  throw validationError(field, `${label}: „${theme.title}“ wurde mit dem Thema „${target ?? '?'}“ zusammengeführt; bitte dort weiterarbeiten.`);
}

/** Sets status (and optionally the group) and appends the timestamped history row, both audited. */
export function writeStatus(ctx: Context, theme: Theme, to: ThemeStatus,
  extra: { decisionId?: string | null; note?: string | null; assignedCommitteeId?: string | null; mergedIntoThemeId?: string | null } = {}): StatusChange {
  const now = ctx.nowIso();
  const values: Partial<Theme> = { status: to, updatedAt: now };
  if (extra.assignedCommitteeId !== undefined) values.assignedCommitteeId = extra.assignedCommitteeId;
  if (extra.mergedIntoThemeId !== undefined) values.mergedIntoThemeId = extra.mergedIntoThemeId;
  ctx.db.update(themes).set(values).where(eq(themes.id, theme.id)).run();
  recordAudit(ctx, 'themes', theme.id, 'UPDATE', theme, { ...theme, ...values });
  const change: StatusChange = {
    id: newId(), themeId: theme.id, fromStatus: theme.status, toStatus: to, changedAt: now,
    decisionId: extra.decisionId ?? null, note: extra.note ?? null,
  };
  ctx.db.insert(themeStatusHistory).values(change).run();
  recordAudit(ctx, 'theme_status_history', change.id, 'CREATE', null, change);
  return change;
}

/** The first history row of a new theme (from nothing). */
export function writeInitialStatus(ctx: Context, themeId: string, status: ThemeStatus, note: string | null): void {
  const change: StatusChange = { id: newId(), themeId, fromStatus: null, toStatus: status, changedAt: ctx.nowIso(), decisionId: null, note };
  ctx.db.insert(themeStatusHistory).values(change).run();
  recordAudit(ctx, 'theme_status_history', change.id, 'CREATE', null, change);
}

/** Moves one finding to a theme (or out of every theme); the finding itself belongs to the reconstructions part. */
export function setFindingTheme(ctx: Context, findingId: string, themeId: string | null): void {
  const before = ctx.db.select({ id: findings.id, themeId: findings.themeId, updatedAt: findings.updatedAt })
    .from(findings).where(eq(findings.id, findingId)).get();
  if (!before || before.themeId === themeId) return;
  const updatedAt = ctx.nowIso();
  ctx.db.update(findings).set({ themeId, updatedAt }).where(eq(findings.id, findingId)).run();
  recordAudit(ctx, 'findings', findingId, 'UPDATE', before, { id: findingId, themeId, updatedAt });
}

export const findingCount = (ctx: Context, themeId: string): number =>
  ctx.sqlite.prepare('SELECT count(*) FROM findings WHERE theme_id = ?').pluck().get(themeId) as number;

/**
 * Bundling rule of the lifecycle: a theme with evidence from at least two findings counts as "gebündelt".
 * Only a theme still "erkannt" moves; anything further along keeps its status.
 */
export function consolidateIfBundled(ctx: Context, themeId: string, note: string): void {
  const theme = loadTheme(ctx, themeId);
  if (theme.status === 'IDENTIFIED' && findingCount(ctx, themeId) >= 2) writeStatus(ctx, theme, 'CONSOLIDATED', { note });
}
