import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import { daysBetween } from '../../domain/dates';
import { THEME_STATUSES, type ThemePriority, type ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { FINDING_PLACES_SQL, SOURCE_KIND_LABELS, SOURCE_KIND_SQL, type SourceKind, type ThemeSource } from './evidence';

export interface ThemeListRow {
  id: string;
  title: string;
  status: ThemeStatus;
  statusLabel: string;
  fieldOfAction: string | null;
  fieldOfActionLabel: string | null;
  priority: ThemePriority | null;
  findingCount: number;
  caseCount: number;
  municipalityCount: number;
  sourceKinds: string[];
  measureCount: number;
  assignedCommitteeId: string | null;
  assignedCommitteeName: string | null;
  /** When the theme reached its current status (the latest history entry). */
  statusSince: string | null;
  daysInStatus: number | null;
  updatedAt: string;
}

export interface ThemeFilter {
  status?: ThemeStatus | null;
  fieldOfAction?: string | null;
  municipalityId?: string | null;
  source?: ThemeSource | null;
}

const SOURCE_WHERE: Record<ThemeSource, string> = {
  RECONSTRUCTION: 'EXISTS (SELECT 1 FROM findings x WHERE x.theme_id = t.id AND x.reconstruction_id IS NOT NULL)',
  ROUND_TABLE: 'EXISTS (SELECT 1 FROM findings x WHERE x.theme_id = t.id AND x.round_table_id IS NOT NULL)',
};

type Raw = Omit<ThemeListRow, 'statusLabel' | 'sourceKinds' | 'daysInStatus'> & { sourceKinds: string | null };

/**
 * The theme register with its evidence counts (aggregated once per call, not per row: a large office has tens of
 * thousands of findings). Themes merged into another are shown through the surviving theme only.
 */
export function listThemes(ctx: Context, filter: ThemeFilter = {}): ThemeListRow[] {
  const where = ['t.merged_into_theme_id IS NULL'];
  const params: Record<string, unknown> = {};
  if (filter.status) { where.push('t.status = @status'); params.status = filter.status; }
  if (filter.fieldOfAction) { where.push('t.field_of_action = @fieldOfAction'); params.fieldOfAction = filter.fieldOfAction; }
  if (filter.municipalityId) {
    where.push(`EXISTS (SELECT 1 FROM (${FINDING_PLACES_SQL}) p WHERE p.themeId = t.id AND p.municipalityId = @municipalityId)`);
    params.municipalityId = filter.municipalityId;
  }
  if (filter.source) where.push(SOURCE_WHERE[filter.source]);
  const rows = ctx.sqlite.prepare(`
    WITH evidence AS (
      SELECT f.theme_id AS themeId, count(*) AS findings, count(DISTINCT f.reconstruction_id) AS cases,
        group_concat(DISTINCT ${SOURCE_KIND_SQL}) AS kinds
      FROM findings f LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id LEFT JOIN round_tables rt ON rt.id = f.round_table_id
      WHERE f.theme_id IS NOT NULL GROUP BY f.theme_id),
    places AS (SELECT themeId, count(DISTINCT municipalityId) AS n FROM (${FINDING_PLACES_SQL}) WHERE themeId IS NOT NULL GROUP BY themeId),
    measureCounts AS (SELECT theme_id AS themeId, count(*) AS n FROM measures WHERE theme_id IS NOT NULL GROUP BY theme_id),
    since AS (SELECT theme_id AS themeId, max(changed_at) AS at FROM theme_status_history GROUP BY theme_id)
    SELECT t.id, t.title, t.status, t.field_of_action AS fieldOfAction, fa.label AS fieldOfActionLabel, t.priority,
      coalesce(e.findings, 0) AS findingCount, coalesce(e.cases, 0) AS caseCount, coalesce(p.n, 0) AS municipalityCount,
      e.kinds AS sourceKinds, coalesce(mc.n, 0) AS measureCount, t.assigned_committee_id AS assignedCommitteeId,
      c.name AS assignedCommitteeName, s.at AS statusSince, t.updated_at AS updatedAt
    FROM themes t
    LEFT JOIN fields_of_action fa ON fa.code = t.field_of_action LEFT JOIN committees c ON c.id = t.assigned_committee_id
    LEFT JOIN evidence e ON e.themeId = t.id LEFT JOIN places p ON p.themeId = t.id
    LEFT JOIN measureCounts mc ON mc.themeId = t.id LEFT JOIN since s ON s.themeId = t.id
    WHERE ${where.join(' AND ')}
    ORDER BY t.updated_at DESC, t.id`).all(params) as Raw[];
  const today = berlinToday(ctx.clock);
  return rows.map((r) => ({
    ...r,
    statusLabel: LABELS.themeStatus[r.status] ?? r.status,
    sourceKinds: (r.sourceKinds ? r.sourceKinds.split(',') as SourceKind[] : []).map((k) => SOURCE_KIND_LABELS[k] ?? k).sort(),
    daysInStatus: r.statusSince ? Math.max(0, daysBetween(r.statusSince.slice(0, 10), today)) : null,
  }));
}

export interface ThemeBoardColumn {
  status: ThemeStatus;
  label: string;
  cards: ThemeListRow[];
}

/** The Kanban view: one column per lifecycle status, in lifecycle order, each with its themes. */
export function themeBoard(ctx: Context, filter: ThemeFilter = {}): ThemeBoardColumn[] {
  const rows = listThemes(ctx, filter);
  return THEME_STATUSES.map((status) => ({ status, label: LABELS.themeStatus[status], cards: rows.filter((r) => r.status === status) }));
}
