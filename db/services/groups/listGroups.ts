import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import type { CommitteeKind, CommitteeStatus, MeetingStatus, ThemeStatus } from '../../domain/enums';
import { LABELS } from '../../domain/labels';
import { listMeasures, type MeasureListRow } from '../measures/readMeasures';
import { listTasks, type TaskRow } from '../tasks/listTasks';

export interface GroupListRow {
  id: string;
  kind: CommitteeKind;
  kindLabel: string;
  name: string;
  shortName: string | null;
  status: CommitteeStatus;
  statusLabel: string;
  mandate: string | null;
  leadPersonId: string | null;
  leadOrganisationId: string | null;
  /** "Anna Schmidt (Caritas)", the person, or the organisation. */
  leadName: string | null;
  commissionedByDecisionId: string | null;
  commissioningDecisionNumber: string | null;
  commissionedOn: string | null;
  startDate: string | null;
  plannedEndDate: string | null;
  endDate: string | null;
  closingResult: string | null;
  memberCount: number;
  memberNames: string[];
  nextReportDue: string | null;
  overdueReportCount: number;
  measureCount: number;
  themeTitles: string[];
  meetingCount: number;
  lastMeetingOn: string | null;
}

export interface GroupFilter {
  kind?: Exclude<CommitteeKind, 'STEERING_GROUP'> | null;
  status?: CommitteeStatus | null;
}

const SELECT = `
  SELECT c.id, c.kind, c.name, c.short_name AS shortName, c.status, c.mandate, c.lead_person_id AS leadPersonId,
    c.lead_organisation_id AS leadOrganisationId,
    CASE WHEN lp.name IS NOT NULL AND lo.id IS NOT NULL THEN lp.name || ' (' || coalesce(lo.short_name, lo.name) || ')'
      ELSE coalesce(lp.name, lo.short_name, lo.name) END AS leadName,
    c.commissioned_by_decision_id AS commissionedByDecisionId, d.number AS commissioningDecisionNumber, d.decided_on AS commissionedOn,
    c.start_date AS startDate, c.planned_end_date AS plannedEndDate, c.end_date AS endDate, c.closing_result AS closingResult,
    (SELECT count(*) FROM committee_memberships ms WHERE ms.committee_id = c.id
       AND coalesce(ms.valid_from, '') <= @today AND (ms.valid_to IS NULL OR ms.valid_to >= @today)) AS memberCount,
    (SELECT group_concat(name, char(31)) FROM (SELECT coalesce(p.name || coalesce(' (' || coalesce(o.short_name, o.name) || ')', ''),
         o.short_name, o.name, ms.seat_label) AS name
       FROM committee_memberships ms LEFT JOIN persons p ON p.id = ms.person_id LEFT JOIN organisations o ON o.id = ms.organisation_id
       WHERE ms.committee_id = c.id AND coalesce(ms.valid_from, '') <= @today AND (ms.valid_to IS NULL OR ms.valid_to >= @today)
       ORDER BY 1)) AS memberNames,
    (SELECT min(r.due_date) FROM committee_report_dues r WHERE r.committee_id = c.id AND r.delivered_on IS NULL) AS nextReportDue,
    (SELECT count(*) FROM committee_report_dues r WHERE r.committee_id = c.id AND r.delivered_on IS NULL AND r.due_date < @today) AS overdueReportCount,
    (SELECT count(*) FROM measures me WHERE me.committee_id = c.id) AS measureCount,
    (SELECT group_concat(title, char(31)) FROM (SELECT t.title FROM themes t WHERE t.assigned_committee_id = c.id AND t.merged_into_theme_id IS NULL
       ORDER BY t.title)) AS themeTitles,
    (SELECT count(*) FROM meetings mt WHERE mt.committee_id = c.id AND mt.status <> 'CANCELLED') AS meetingCount,
    (SELECT max(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id AND mt.status IN ('HELD', 'MINUTES_APPROVED')) AS lastMeetingOn
  FROM committees c
  LEFT JOIN persons lp ON lp.id = c.lead_person_id LEFT JOIN organisations lo ON lo.id = c.lead_organisation_id
  LEFT JOIN decisions d ON d.id = c.commissioned_by_decision_id`;

type Raw = Omit<GroupListRow, 'kindLabel' | 'statusLabel' | 'memberNames' | 'themeTitles'> & { memberNames: string | null; themeTitles: string | null };

const split = (joined: string | null) => (joined ? joined.split('\u001f') : []);
const toRow = (r: Raw): GroupListRow => ({
  ...r, kindLabel: LABELS.committeeKind[r.kind], statusLabel: LABELS.committeeStatus[r.status],
  memberNames: split(r.memberNames), themeTitles: split(r.themeTitles),
});

/** Project groups, working groups and circles (every committee but a steering group), active ones first. */
export function listGroups(ctx: Context, filter: GroupFilter = {}): GroupListRow[] {
  return (ctx.sqlite.prepare(`${SELECT}
    WHERE c.kind <> 'STEERING_GROUP' AND (@kind IS NULL OR c.kind = @kind) AND (@status IS NULL OR c.status = @status)
    ORDER BY CASE c.status WHEN 'ACTIVE' THEN 0 WHEN 'PLANNED' THEN 1 ELSE 2 END, c.name, c.id`)
    .all({ today: berlinToday(ctx.clock), kind: filter.kind ?? null, status: filter.status ?? null }) as Raw[]).map(toRow);
}

export interface ReportDueRow {
  id: string;
  dueDate: string;
  topic: string | null;
  deliveredOn: string | null;
  deliveredAgendaItemId: string | null;
  overdue: boolean;
}

export interface GroupDetail extends GroupListRow {
  reportDues: ReportDueRow[];
  themes: Array<{ id: string; title: string; status: ThemeStatus }>;
  measures: MeasureListRow[];
  meetings: Array<{ id: string; sequenceNo: number | null; title: string | null; startsAt: string; status: MeetingStatus }>;
  /** Open tasks from the group's meetings (outcomes) and from decisions taken there. */
  openTasks: TaskRow[];
}

export function getGroup(ctx: Context, id: string): GroupDetail {
  const today = berlinToday(ctx.clock);
  const row = ctx.sqlite.prepare(`${SELECT} WHERE c.id = @id AND c.kind <> 'STEERING_GROUP'`).get({ id, today }) as Raw | undefined;
  if (!row) throw notFound('Projekt- oder Arbeitsgruppe');
  const dues = ctx.sqlite.prepare(`SELECT id, due_date AS dueDate, topic, delivered_on AS deliveredOn, delivered_agenda_item_id AS deliveredAgendaItemId,
      (delivered_on IS NULL AND due_date < @today) AS overdue
    FROM committee_report_dues WHERE committee_id = @id ORDER BY due_date, id`).all({ id, today }) as Array<Omit<ReportDueRow, 'overdue'> & { overdue: number }>;
  return {
    ...toRow(row),
    reportDues: dues.map((d) => ({ ...d, overdue: d.overdue === 1 })),
    themes: ctx.sqlite.prepare(`SELECT id, title, status FROM themes WHERE assigned_committee_id = ? AND merged_into_theme_id IS NULL
      ORDER BY title`).all(id) as GroupDetail['themes'],
    measures: listMeasures(ctx, { committeeId: id }),
    meetings: ctx.sqlite.prepare(`SELECT id, sequence_no AS sequenceNo, title, starts_at AS startsAt, status FROM meetings
      WHERE committee_id = ? ORDER BY starts_at DESC`).all(id) as GroupDetail['meetings'],
    openTasks: listTasks(ctx, { status: 'OPEN_ALL', committeeId: id }),
  };
}
