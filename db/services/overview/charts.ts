import type { Context } from '../../core/context';
import type { FundingModule, ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { leadTimes, type StageMedian } from '../chain/leadTimes';
import { postsByModule as fundedPosts } from './summary';

export interface OverviewCharts {
  meetingsPerYear: Array<{ year: number; meetings: number; decisions: number }>;
  themesByStatus: Array<{ status: ThemeStatus; label: string; count: number }>;
  themesByField: Array<{ fieldOfAction: string | null; label: string; count: number }>;
  roundTablesByMunicipality: Array<{ municipalityId: string; name: string; count: number; lastHeldOn: string | null }>;
  leadTimeStages: StageMedian[];
  postsByModule: Array<{ fundingModule: FundingModule; label: string; fundedFte: number; filledFte: number }>;
}

/** The series behind the start page's charts; each answers one question and is also shown as a table. */
export function overviewCharts(ctx: Context): OverviewCharts {
  // Decisions are counted per year in one pass and joined to the meeting years (not counted again for every year).
  const meetingsPerYear = ctx.sqlite.prepare(`
    WITH held AS (
      SELECT substr(m.starts_at, 1, 4) AS y, count(DISTINCT m.id) AS meetings FROM meetings m JOIN committees c ON c.id = m.committee_id
      WHERE c.kind = 'STEERING_GROUP' AND m.status IN ('HELD', 'MINUTES_APPROVED') GROUP BY 1),
    decided AS (
      SELECT substr(d.decided_on, 1, 4) AS y, count(*) AS decisions FROM decisions d JOIN meetings m ON m.id = d.meeting_id
      JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP' GROUP BY 1)
    SELECT CAST(h.y AS INTEGER) AS year, h.meetings, coalesce(dd.decisions, 0) AS decisions
    FROM held h LEFT JOIN decided dd ON dd.y = h.y ORDER BY 1
  `).all() as OverviewCharts['meetingsPerYear'];
  const statusCounts = new Map((ctx.sqlite.prepare(
    'SELECT status, count(*) AS n FROM themes WHERE merged_into_theme_id IS NULL GROUP BY status',
  ).all() as Array<{ status: ThemeStatus; n: number }>).map((r) => [r.status, r.n]));
  const themesByStatus = (Object.keys(LABELS.themeStatus) as ThemeStatus[])
    .map((status) => ({ status, label: LABELS.themeStatus[status], count: statusCounts.get(status) ?? 0 }));
  const themesByField = ctx.sqlite.prepare(`
    SELECT t.field_of_action AS fieldOfAction, coalesce(f.label, 'ohne Handlungsfeld') AS label, count(*) AS count
    FROM themes t LEFT JOIN fields_of_action f ON f.code = t.field_of_action
    WHERE t.merged_into_theme_id IS NULL GROUP BY 1, 2 ORDER BY count DESC, label
  `).all() as OverviewCharts['themesByField'];
  const roundTablesByMunicipality = ctx.sqlite.prepare(`
    SELECT mu.id AS municipalityId, mu.name, count(rm.round_table_id) AS count, max(r.held_on) AS lastHeldOn
    FROM municipalities mu LEFT JOIN round_table_municipalities rm ON rm.municipality_id = mu.id
    LEFT JOIN round_tables r ON r.id = rm.round_table_id
    WHERE mu.active = 1 GROUP BY mu.id ORDER BY mu.name
  `).all() as OverviewCharts['roundTablesByMunicipality'];
  const postsByModule = fundedPosts(ctx)
    .map((p) => ({ fundingModule: p.fundingModule, label: LABELS.fundingModule[p.fundingModule], fundedFte: p.fundedFte, filledFte: p.filledFte }));
  return {
    meetingsPerYear, themesByStatus, themesByField, roundTablesByMunicipality,
    leadTimeStages: leadTimes(ctx, 'year').stages,
    postsByModule,
  };
}
