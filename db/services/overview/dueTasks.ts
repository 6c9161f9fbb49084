import type { Context } from '../../core/context';
import type { DueItem } from './dueItems';

/** id, agreement (1/0), title, due date, detail, round table, overdue (1/0). */
type DueTaskRow = [string, number, string, string, string, string | null, number];

// Only the tasks the start page lists and only what it shows: a large office has tens of thousands of open tasks.
// Deferred tasks were postponed on purpose; they come back through their review date, not their due date.
// The owner is worded as in listTasks (TASK_SELECT); "where" is the round table, or the decision number and committee.
// The whole line is worded here and rows are read as arrays: at 30,000 overdue tasks the per-row JavaScript showed.
// The table is read in order rather than through the status index: on a large office a good part of all tasks is
// overdue, and seeking each of them costs more than one pass (still linear, and small offices have few tasks).
const DUE_TASKS_SQL = `
  WITH due AS (
    SELECT t.id, t.source = 'ROUND_TABLE' AS agreement, t.title, t.due_date AS dueDate, t.round_table_id AS roundTableId,
      CASE WHEN po.name IS NOT NULL AND oo.id IS NOT NULL THEN po.name || ' (' || coalesce(oo.short_name, oo.name) || ')'
        ELSE coalesce(po.name, oo.short_name, oo.name, t.owner_text, '') END AS ownerName,
      CASE WHEN t.source = 'ROUND_TABLE' THEN nullif(rt.title, '')
        WHEN nullif(d.number, '') IS NOT NULL AND nullif(c.name, '') IS NOT NULL THEN d.number || ' · ' || c.name
        ELSE coalesce(nullif(d.number, ''), nullif(c.name, '')) END AS place,
      CAST(julianday(t.due_date) - julianday(@today) AS INTEGER) AS days
    FROM action_items t NOT INDEXED
    LEFT JOIN decisions d ON d.id = t.decision_id
    LEFT JOIN meetings m ON m.id = coalesce(t.meeting_id, d.meeting_id)
    LEFT JOIN committees c ON c.id = m.committee_id
    LEFT JOIN round_tables rt ON rt.id = t.round_table_id
    LEFT JOIN persons po ON po.id = t.owner_person_id
    LEFT JOIN organisations oo ON oo.id = t.owner_organisation_id
    WHERE t.status IN ('OPEN', 'IN_PROGRESS') AND t.due_date <= @horizon)
  SELECT id, agreement, title, dueDate,
    ownerName || coalesce(' – ' || place, '') || ' – ' || CASE
      WHEN dueDate < @today THEN 'überfällig seit ' || -days || CASE WHEN days = -1 THEN ' Tag' ELSE ' Tagen' END
      WHEN days = 0 THEN 'heute fällig' WHEN days = 1 THEN 'morgen fällig' ELSE 'fällig in ' || days || ' Tagen' END,
    roundTableId, dueDate < @today
  FROM due ORDER BY dueDate, title, id`;

/** Decision tasks and round-table agreements that are overdue or due by `horizon`, earliest first. */
export function dueTaskItems(ctx: Context, today: string, horizon: string): DueItem[] {
  const rows = ctx.sqlite.prepare(DUE_TASKS_SQL).raw().all({ today, horizon }) as DueTaskRow[];
  return rows.map(([id, agreement, title, dueDate, detail, roundTableId, overdue]): DueItem => ({
    kind: agreement ? 'AGREEMENT' : 'DECISION_TASK',
    severity: overdue ? 'overdue' : 'due',
    title, detail, dueDate,
    link: agreement ? { page: 'roundTable', id: roundTableId ?? undefined } : { page: 'followUp', id },
  }));
}
