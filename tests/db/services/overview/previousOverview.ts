import type { Context } from '../../../../db/core/context';
import { berlinToday } from '../../../../db/domain/clock';
import { addDays, daysBetween } from '../../../../db/domain/dates';
import { listTasks, type TaskRow } from '../../../../db/services/tasks/listTasks';
import type { DueItem, DueSeverity } from '../../../../db/services/overview/dueItems';

/**
 * The Übersicht as computed before it was made fast on large offices (issue #7): the straightforward version is
 * kept here as the oracle the fast one must match exactly, on the demo office and on a generated one.
 */

function when(task: TaskRow, today: string): string {
  if (task.overdue) return `überfällig seit ${task.daysOverdue} ${task.daysOverdue === 1 ? 'Tag' : 'Tagen'}`;
  const days = daysBetween(today, task.dueDate!);
  return days === 0 ? 'heute fällig' : days === 1 ? 'morgen fällig' : `fällig in ${days} Tagen`;
}

/** Every open task from the Beschlusskontrolle list, filtered in JavaScript to the overdue and the soon due ones. */
export function previousTaskItems(ctx: Context, horizonDays = 14): DueItem[] {
  const today = berlinToday(ctx.clock);
  const horizon = addDays(today, horizonDays);
  return listTasks(ctx, { status: 'OPEN_ALL' })
    .filter((t) => t.status !== 'DEFERRED' && (t.overdue || (t.dueDate != null && t.dueDate >= today && t.dueDate <= horizon)))
    .map((task) => {
      const agreement = task.source === 'ROUND_TABLE';
      const where = agreement ? task.roundTableTitle : [task.decisionNumber, task.committeeName].filter(Boolean).join(' · ');
      return {
        kind: agreement ? 'AGREEMENT' : 'DECISION_TASK',
        severity: task.overdue ? 'overdue' : 'due',
        title: task.title,
        detail: `${task.ownerName}${where ? ` – ${where}` : ''} – ${when(task, today)}`,
        dueDate: task.dueDate,
        link: agreement ? { page: 'roundTable', id: task.roundTableId ?? undefined } : { page: 'followUp', id: task.id },
      } satisfies DueItem;
    });
}

const SEVERITY_ORDER: Record<DueSeverity, number> = { overdue: 0, due: 1, info: 2 };

/** The previous order of the list: by severity, then by due date with the locale collator (stable). */
export function previousOrder(items: DueItem[]): DueItem[] {
  return [...items].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

/** Steering meetings held per year with the steering decisions of that year, counted again for every year. */
export const PREVIOUS_MEETINGS_PER_YEAR = `
  SELECT CAST(substr(m.starts_at, 1, 4) AS INTEGER) AS year, count(DISTINCT m.id) AS meetings,
    (SELECT count(*) FROM decisions d JOIN meetings m2 ON m2.id = d.meeting_id JOIN committees c2 ON c2.id = m2.committee_id
      WHERE c2.kind = 'STEERING_GROUP' AND substr(d.decided_on, 1, 4) = substr(m.starts_at, 1, 4)) AS decisions
  FROM meetings m JOIN committees c ON c.id = m.committee_id
  WHERE c.kind = 'STEERING_GROUP' AND m.status IN ('HELD', 'MINUTES_APPROVED')
  GROUP BY 1 ORDER BY 1`;

/** The first dates of each theme's chain, from five grouped subqueries joined to the themes. */
export const PREVIOUS_LEAD_TIME_DATES = `
  WITH root AS (SELECT id, coalesce(merged_into_theme_id, id) AS rootId FROM themes),
  steering AS (SELECT d.id, d.decided_on AS decidedOn, d.agenda_item_id AS itemId FROM decisions d JOIN meetings m ON m.id = d.meeting_id
    JOIN committees c ON c.id = m.committee_id WHERE c.kind = 'STEERING_GROUP'),
  first_finding AS (SELECT ro.rootId, min(coalesce(r.held_on, rt.held_on, substr(f.created_at, 1, 10))) AS d FROM findings f
    JOIN root ro ON ro.id = f.theme_id LEFT JOIN case_reconstructions r ON r.id = f.reconstruction_id
    LEFT JOIN round_tables rt ON rt.id = f.round_table_id GROUP BY ro.rootId),
  proposed AS (SELECT rootId, min(d) AS d FROM (
      SELECT ro.rootId, substr(h.changed_at, 1, 10) AS d FROM theme_status_history h JOIN root ro ON ro.id = h.theme_id WHERE h.to_status = 'PROPOSED'
      UNION ALL SELECT ro.rootId, substr(m.starts_at, 1, 10) FROM agenda_item_links l JOIN root ro ON l.target_type = 'THEME' AND ro.id = l.target_id
        JOIN agenda_items a ON a.id = l.agenda_item_id JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = m.committee_id
        WHERE c.kind = 'STEERING_GROUP' AND m.status <> 'CANCELLED')
    GROUP BY rootId),
  decided AS (SELECT rootId, min(d) AS d FROM (
      SELECT ro.rootId, s.decidedOn AS d FROM theme_status_history h JOIN root ro ON ro.id = h.theme_id JOIN steering s ON s.id = h.decision_id
      UNION ALL SELECT ro.rootId, s.decidedOn FROM decision_effects e JOIN root ro ON e.target_type = 'THEME' AND ro.id = e.target_id
        JOIN steering s ON s.id = e.decision_id
      UNION ALL SELECT ro.rootId, s.decidedOn FROM measures me JOIN root ro ON ro.id = me.theme_id JOIN steering s ON s.id = me.approved_by_decision_id
      UNION ALL SELECT ro.rootId, s.decidedOn FROM agenda_item_links l JOIN root ro ON l.target_type = 'THEME' AND ro.id = l.target_id
        JOIN steering s ON s.itemId = l.agenda_item_id)
    GROUP BY rootId),
  approved AS (SELECT ro.rootId, min(d.decided_on) AS d FROM measures me JOIN root ro ON ro.id = me.theme_id
    JOIN decisions d ON d.id = me.approved_by_decision_id GROUP BY ro.rootId),
  completed AS (SELECT ro.rootId, min(coalesce(me.end_date, substr(me.updated_at, 1, 10))) AS d FROM measures me JOIN root ro ON ro.id = me.theme_id
    WHERE me.status IN ('COMPLETED', 'EVALUATED') GROUP BY ro.rootId)
  SELECT t.id AS themeId, t.title, t.field_of_action AS fieldOfAction, fa.label AS fieldOfActionLabel, ff.d AS firstFindingOn, p.d AS proposedOn,
    dc.d AS firstDecisionOn, ap.d AS firstApprovalOn, co.d AS firstCompletedOn
  FROM themes t LEFT JOIN fields_of_action fa ON fa.code = t.field_of_action
  LEFT JOIN first_finding ff ON ff.rootId = t.id LEFT JOIN proposed p ON p.rootId = t.id LEFT JOIN decided dc ON dc.rootId = t.id
  LEFT JOIN approved ap ON ap.rootId = t.id LEFT JOIN completed co ON co.rootId = t.id
  WHERE t.merged_into_theme_id IS NULL
  ORDER BY ff.d IS NULL, ff.d, t.title, t.id`;

const LED = '(c.lead_person_id IS NOT NULL OR c.lead_organisation_id IS NOT NULL)';

/** Decisions that set something in motion without anyone following up, with one correlated lookup per kind of owner. */
export const PREVIOUS_DECISIONS_WITHOUT_OWNER = `
  SELECT d.id FROM decisions d
  WHERE d.type IN ('COMMISSION_GROUP', 'APPROVE_MEASURE', 'PRIORITISE_THEMES') AND d.decided_on <= @today AND NOT (
    EXISTS (SELECT 1 FROM action_items a WHERE a.decision_id = d.id AND a.status <> 'DISCARDED')
    OR EXISTS (SELECT 1 FROM committees c WHERE c.commissioned_by_decision_id = d.id AND ${LED})
    OR EXISTS (SELECT 1 FROM measures me JOIN measure_organisations mo ON mo.measure_id = me.id WHERE me.approved_by_decision_id = d.id)
    OR EXISTS (SELECT 1 FROM decision_effects e WHERE e.decision_id = d.id AND (
         (e.target_type = 'COMMITTEE' AND EXISTS (SELECT 1 FROM committees c WHERE c.id = e.target_id AND ${LED}))
      OR (e.target_type = 'MEASURE' AND EXISTS (SELECT 1 FROM measure_organisations mo WHERE mo.measure_id = e.target_id))
      OR (e.target_type = 'THEME' AND EXISTS (SELECT 1 FROM themes t JOIN committees c ON c.id = t.assigned_committee_id
           WHERE t.id = e.target_id AND ${LED})))))
  ORDER BY d.id`;
