import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { addDays } from '../../domain/dates';
import type { TaskSource, TaskStatus } from '../../domain/enums';

export const TASK_LIST_STATUSES = ['OPEN_ALL', 'DUE_SOON', 'OVERDUE', 'DONE', 'ALL'] as const;
export type TaskListStatus = (typeof TASK_LIST_STATUSES)[number];

/** Tasks that can be overdue. Deferred tasks are still owed, but were postponed on purpose and are never "overdue". */
export const ACTIVE_TASK_STATUSES: readonly TaskStatus[] = ['OPEN', 'IN_PROGRESS'];

export interface TaskFilter {
  status?: TaskListStatus | null;
  committeeId?: string | null;
  ownerOrganisationId?: string | null;
  ownerPersonId?: string | null;
  source?: TaskSource | null;
  dueWithinDays?: number | null;
  decisionId?: string | null;
  meetingId?: string | null;
  /** Agreements of round tables held in this municipality. */
  municipalityId?: string | null;
  /** One page of the list: at most `limit` rows after skipping `offset` (the order ends with the id, so pages do not overlap). */
  limit?: number | null;
  offset?: number | null;
}

export interface TaskRow {
  id: string;
  source: TaskSource;
  title: string;
  description: string | null;
  status: TaskStatus;
  dueDate: string | null;
  reviewDate: string | null;
  delayReason: string | null;
  evidenceText: string | null;
  evidenceDocumentId: string | null;
  completedOn: string | null;
  ownerOrganisationId: string | null;
  ownerPersonId: string | null;
  ownerText: string | null;
  /** "Anna Schmidt (Caritas)", the organisation, or the free text. */
  ownerName: string;
  decisionId: string | null;
  decisionNumber: string | null;
  decisionText: string | null;
  meetingId: string | null;
  meetingStartsAt: string | null;
  meetingSequenceNo: number | null;
  committeeId: string | null;
  committeeName: string | null;
  roundTableId: string | null;
  roundTableTitle: string | null;
  overdue: boolean;
  daysOverdue: number;
  /** A review date was set and has come. */
  reviewDue: boolean;
  createdAt: string;
  updatedAt: string;
}

type RawRow = Omit<TaskRow, 'overdue' | 'reviewDue'> & { overdue: number | boolean; reviewDue: number | boolean };

const ACTIVE_SQL = `('OPEN', 'IN_PROGRESS')`;
const OVERDUE_SQL = `t.status IN ${ACTIVE_SQL} AND t.due_date < @today`;
const STATUS_WHERE: Record<TaskListStatus, string> = {
  OPEN_ALL: `t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED')`,
  DUE_SOON: `t.status IN ${ACTIVE_SQL} AND t.due_date >= @today AND t.due_date <= @soon`,
  OVERDUE: OVERDUE_SQL,
  DONE: `t.status = 'DONE'`,
  ALL: '1 = 1',
};

/**
 * Tasks with their context. Owner name and the overdue figures are computed here rather than per row in
 * JavaScript: the open list of a large office has tens of thousands of rows. Needs the parameter @today.
 */
export const TASK_SELECT = `
  SELECT t.id, t.source, t.title, t.description, t.status, t.due_date AS dueDate, t.review_date AS reviewDate,
    t.delay_reason AS delayReason, t.evidence_text AS evidenceText, t.evidence_document_id AS evidenceDocumentId,
    t.completed_on AS completedOn, t.owner_organisation_id AS ownerOrganisationId, t.owner_person_id AS ownerPersonId,
    t.owner_text AS ownerText,
    CASE WHEN po.name IS NOT NULL AND oo.id IS NOT NULL THEN po.name || ' (' || coalesce(oo.short_name, oo.name) || ')'
      ELSE coalesce(po.name, oo.short_name, oo.name, t.owner_text, '') END AS ownerName,
    t.decision_id AS decisionId, d.number AS decisionNumber, d.text AS decisionText,
    m.id AS meetingId, m.starts_at AS meetingStartsAt, m.sequence_no AS meetingSequenceNo,
    c.id AS committeeId, c.name AS committeeName, t.round_table_id AS roundTableId, rt.title AS roundTableTitle,
    CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END AS overdue,
    CASE WHEN ${OVERDUE_SQL} THEN CAST(julianday(@today) - julianday(t.due_date) AS INTEGER) ELSE 0 END AS daysOverdue,
    CASE WHEN t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED') AND t.review_date <= @today THEN 1 ELSE 0 END AS reviewDue,
    t.created_at AS createdAt, t.updated_at AS updatedAt
  FROM action_items t
  LEFT JOIN decisions d ON d.id = t.decision_id
  LEFT JOIN meetings m ON m.id = coalesce(t.meeting_id, d.meeting_id)
  LEFT JOIN committees c ON c.id = m.committee_id
  LEFT JOIN round_tables rt ON rt.id = t.round_table_id
  LEFT JOIN persons po ON po.id = t.owner_person_id
  LEFT JOIN organisations oo ON oo.id = t.owner_organisation_id`;

/** Turns SQLite's 0/1 into booleans, in place: no copy of each row. */
export function toTaskRow(r: RawRow): TaskRow {
  r.overdue = r.overdue === 1 || r.overdue === true;
  r.reviewDue = r.reviewDue === 1 || r.reviewDue === true;
  return r as TaskRow;
}

/**
 * The one list of owed work across meetings, committees and round tables. "Today" is the office's day in
 * Europe/Berlin from the injected clock, so overdue and due-soon are the same in tests and in the app.
 */
export function listTasks(ctx: Context, filter: TaskFilter = {}): TaskRow[] {
  const status = filter.status ?? 'OPEN_ALL';
  const today = berlinToday(ctx.clock);
  const where = [STATUS_WHERE[status]];
  const params: Record<string, unknown> = { today, soon: addDays(today, filter.dueWithinDays ?? 14) };
  const add = (key: keyof TaskFilter, sql: string) => {
    if (filter[key] == null) return;
    where.push(sql);
    params[key] = filter[key];
  };
  add('committeeId', 'm.committee_id = @committeeId');
  add('ownerOrganisationId', 't.owner_organisation_id = @ownerOrganisationId');
  add('ownerPersonId', 't.owner_person_id = @ownerPersonId');
  add('source', 't.source = @source');
  add('decisionId', 't.decision_id = @decisionId');
  add('meetingId', 'coalesce(t.meeting_id, d.meeting_id) = @meetingId');
  add('municipalityId', 't.round_table_id IN (SELECT round_table_id FROM round_table_municipalities WHERE municipality_id = @municipalityId)');
  const order = status === 'DONE' ? 't.completed_on DESC, t.title, t.id' : 't.due_date IS NULL, t.due_date, t.title, t.id';
  // better-sqlite3 refuses named parameters the statement does not use.
  const used = Object.fromEntries(Object.entries(params).filter(([key]) => key === 'today' || where.some((w) => w.includes(`@${key}`))));
  let page = '';
  if (filter.limit != null || filter.offset != null) {
    page = ' LIMIT @limit OFFSET @offset';
    Object.assign(used, { limit: filter.limit ?? -1, offset: filter.offset ?? 0 });
  }
  return (ctx.sqlite.prepare(`${TASK_SELECT} WHERE ${where.join(' AND ')} ORDER BY ${order}${page}`).all(used) as RawRow[])
    .map(toTaskRow);
}

export interface TaskNote {
  id: string;
  notedOn: string;
  text: string;
  author: string | null;
  createdAt: string;
}

export interface TaskDetail extends TaskRow {
  notes: TaskNote[];
}

export function getTask(ctx: Context, id: string): TaskDetail {
  const row = ctx.sqlite.prepare(`${TASK_SELECT} WHERE t.id = @id`).get({ id, today: berlinToday(ctx.clock) }) as RawRow | undefined;
  if (!row) throw notFound('Aufgabe');
  const notes = ctx.sqlite.prepare(`SELECT id, noted_on AS notedOn, text, author, created_at AS createdAt FROM action_item_notes
    WHERE action_item_id = ? ORDER BY noted_on DESC, created_at DESC, id DESC`).all(id) as TaskNote[];
  return { ...toTaskRow(row), notes };
}
