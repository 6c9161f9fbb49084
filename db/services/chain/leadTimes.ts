import type { Context } from '../../core/context';
import { daysBetween } from '../../domain/dates';

export const LEAD_TIME_GROUPINGS = ['fieldOfAction', 'year'] as const;
export type LeadTimeGrouping = (typeof LEAD_TIME_GROUPINGS)[number];

export const STAGES = ['TO_PROPOSAL', 'TO_DECISION', 'TO_APPROVAL', 'TO_COMPLETION'] as const;
export type Stage = (typeof STAGES)[number];
export const STAGE_LABELS: Record<Stage, string> = {
  TO_PROPOSAL: 'Erkenntnis → Vorlage in der Lenkungsgruppe',
  TO_DECISION: 'Vorlage → erster Beschluss',
  TO_APPROVAL: 'Erster Beschluss → beschlossene Maßnahme',
  TO_COMPLETION: 'Beschlossene Maßnahme → abgeschlossene Maßnahme',
};

export interface ThemeLeadTime {
  themeId: string;
  title: string;
  fieldOfAction: string | null;
  fieldOfActionLabel: string | null;
  firstFindingOn: string | null;
  proposedOn: string | null;
  firstDecisionOn: string | null;
  firstApprovalOn: string | null;
  firstCompletedOn: string | null;
  daysToDecision: number | null;
  daysDecisionToCompletion: number | null;
  daysTotal: number | null;
  stages: Record<Stage, number | null>;
}

export interface StageMedian { stage: Stage; label: string; medianDays: number | null; count: number }

export interface LeadTimeGroup {
  key: string;
  label: string;
  themeCount: number;
  medianDaysToDecision: number | null;
  medianDaysDecisionToCompletion: number | null;
  medianDaysTotal: number | null;
  stages: StageMedian[];
}

export interface LeadTimes {
  groupBy: LeadTimeGrouping;
  themes: ThemeLeadTime[];
  groups: LeadTimeGroup[];
  /** "Wo stockt es?": median days per stage over all themes. */
  stages: StageMedian[];
  /** The stage with the longest median, or null while no stage has data. */
  slowestStage: Stage | null;
}

/** Median of the known values; null when there are none. Halves are kept (two themes, 10 and 15 days: 12,5). */
export function median(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v != null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}

/** Days between two dates; null when either is missing or the order is reversed (evidence added to an older theme). */
function span(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const n = daysBetween(from, to);
  return n < 0 ? null : n;
}

const stagesOf = (rows: ThemeLeadTime[]): StageMedian[] => STAGES.map((stage) => ({
  stage, label: STAGE_LABELS[stage], medianDays: median(rows.map((r) => r.stages[stage])),
  count: rows.filter((r) => r.stages[stage] != null).length,
}));

// Themes merged into another count for the surviving theme (merges re-point earlier merges, so one level is enough).
// Presented = recorded as PROPOSED or first on a steering group's agenda, whichever came first.
// All dates go into one list tagged by stage and are grouped once per theme: joining five grouped subqueries to
// the themes made SQLite scan each of them for every theme, which grew with the square of the office.
// CROSS JOIN keeps SQLite reading the findings in table order (half the time of seeking them theme by theme).
const SQL = `
  WITH root AS (SELECT id, coalesce(merged_into_theme_id, id) AS rootId FROM themes),
  steering AS (SELECT d.id, d.decided_on AS decidedOn, d.agenda_item_id AS itemId FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP'),
  dated(rootId, kind, d) AS (
    SELECT id, 0, NULL FROM themes WHERE merged_into_theme_id IS NULL
    UNION ALL SELECT ro.rootId, 1, coalesce(r.held_on, rt.held_on, substr(f.created_at, 1, 10)) FROM findings f
      CROSS JOIN root ro ON ro.id = f.theme_id LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id
      LEFT JOIN round_tables rt ON rt.id = f.round_table_id
    UNION ALL SELECT ro.rootId, 2, substr(h.changed_at, 1, 10) FROM theme_status_history h JOIN root ro ON ro.id = h.theme_id
      WHERE h.to_status = 'PROPOSED'
    UNION ALL SELECT ro.rootId, 2, substr(m.starts_at, 1, 10) FROM agenda_item_links l JOIN root ro ON l.target_type = 'THEME' AND ro.id = l.target_id
      JOIN agenda_items a ON a.id = l.agenda_item_id JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id
      WHERE c.kind = 'STEERING_GROUP' AND m.status <> 'CANCELLED'
    UNION ALL SELECT ro.rootId, 3, s.decidedOn FROM theme_status_history h JOIN root ro ON ro.id = h.theme_id JOIN steering s ON s.id = h.decision_id
    UNION ALL SELECT ro.rootId, 3, s.decidedOn FROM decision_effects e JOIN root ro ON e.target_type = 'THEME' AND ro.id = e.target_id
      JOIN steering s ON s.id = e.decision_id
    UNION ALL SELECT ro.rootId, 3, s.decidedOn FROM measures me JOIN root ro ON ro.id = me.theme_id JOIN steering s ON s.id = me.approved_by_decision_id
    UNION ALL SELECT ro.rootId, 3, s.decidedOn FROM agenda_item_links l JOIN root ro ON l.target_type = 'THEME' AND ro.id = l.target_id
      JOIN steering s ON s.itemId = l.agenda_item_id
    UNION ALL SELECT ro.rootId, 4, d.decided_on FROM measures me JOIN root ro ON ro.id = me.theme_id
      JOIN decisions d ON d.id = me.approved_by_decision_id
    UNION ALL SELECT ro.rootId, 5, coalesce(me.end_date, substr(me.updated_at, 1, 10)) FROM measures me JOIN root ro ON ro.id = me.theme_id
      WHERE me.status IN ('COMPLETED', 'EVALUATED')),
  firsts AS (SELECT rootId, min(CASE WHEN kind = 1 THEN d END) AS findingOn, min(CASE WHEN kind = 2 THEN d END) AS proposedOn,
      min(CASE WHEN kind = 3 THEN d END) AS decisionOn, min(CASE WHEN kind = 4 THEN d END) AS approvalOn,
      min(CASE WHEN kind = 5 THEN d END) AS completedOn
    FROM dated GROUP BY rootId)
  SELECT t.id AS themeId, t.title, t.field_of_action AS fieldOfAction, fa.label AS fieldOfActionLabel, f.findingOn AS firstFindingOn,
    f.proposedOn, f.decisionOn AS firstDecisionOn, f.approvalOn AS firstApprovalOn, f.completedOn AS firstCompletedOn
  FROM firsts f JOIN themes t ON t.id = f.rootId LEFT JOIN fields_of_action fa ON fa.code = t.field_of_action
  WHERE t.merged_into_theme_id IS NULL
  ORDER BY f.findingOn IS NULL, f.findingOn, t.title, t.id`;

/**
 * Lead times from first finding to the first steering decision to the first completed measure, per theme, with
 * medians per field of action or per year of the first finding, and the median per stage ("Wo stockt es?").
 */
export function leadTimes(ctx: Context, groupBy: LeadTimeGrouping): LeadTimes {
  type Dates = Omit<ThemeLeadTime, 'daysToDecision' | 'daysDecisionToCompletion' | 'daysTotal' | 'stages'>;
  const themes: ThemeLeadTime[] = (ctx.sqlite.prepare(SQL).all() as Dates[]).map((t) => ({
    ...t,
    daysToDecision: span(t.firstFindingOn, t.firstDecisionOn),
    daysDecisionToCompletion: span(t.firstDecisionOn, t.firstCompletedOn),
    daysTotal: span(t.firstFindingOn, t.firstCompletedOn),
    stages: {
      TO_PROPOSAL: span(t.firstFindingOn, t.proposedOn),
      TO_DECISION: span(t.proposedOn, t.firstDecisionOn),
      TO_APPROVAL: span(t.firstDecisionOn, t.firstApprovalOn),
      TO_COMPLETION: span(t.firstApprovalOn, t.firstCompletedOn),
    },
  }));
  const keyOf = (t: ThemeLeadTime): [string, string] => (groupBy === 'year'
    ? (t.firstFindingOn ? [t.firstFindingOn.slice(0, 4), t.firstFindingOn.slice(0, 4)] : ['NONE', 'ohne Erkenntnis'])
    : [t.fieldOfAction ?? 'NONE', t.fieldOfActionLabel ?? 'ohne Handlungsfeld']);
  const buckets = new Map<string, { label: string; rows: ThemeLeadTime[] }>();
  for (const t of themes) {
    const [key, label] = keyOf(t);
    const bucket = buckets.get(key) ?? { label, rows: [] };
    bucket.rows.push(t);
    buckets.set(key, bucket);
  }
  const groups = [...buckets].map(([key, { label, rows }]) => ({
    key, label, themeCount: rows.length,
    medianDaysToDecision: median(rows.map((r) => r.daysToDecision)),
    medianDaysDecisionToCompletion: median(rows.map((r) => r.daysDecisionToCompletion)),
    medianDaysTotal: median(rows.map((r) => r.daysTotal)),
    stages: stagesOf(rows),
  })).sort((a, b) => (a.key === 'NONE' ? 1 : 0) - (b.key === 'NONE' ? 1 : 0) || a.label.localeCompare(b.label, 'de'));
  const stages = stagesOf(themes);
  const slowest = stages.filter((s) => s.medianDays != null).sort((a, b) => b.medianDays! - a.medianDays!)[0];
  return { groupBy, themes, groups, stages, slowestStage: slowest?.stage ?? null };
}
