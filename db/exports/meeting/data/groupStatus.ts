import type { Context } from '../../../core/context';
import type { CommitteeKind, MeasureStatus, ThemeStatus } from '../../../domain/enums';

export interface GroupStatus {
  id: string;
  kind: CommitteeKind;
  name: string;
  mandate: string | null;
  startDate: string | null;
  plannedEndDate: string | null;
  lead: string | null;
  commission: { number: string | null; decidedOn: string; text: string } | null;
  memberCount: number;
  meetingsHeld: number;
  lastMeetingOn: string | null;
  nextMeetingOn: string | null;
  /** The earliest report still owed (possibly overdue), with its topic. */
  nextReport: { dueDate: string; topic: string | null } | null;
  themes: Array<{ title: string; status: ThemeStatus }>;
  measures: Array<{ title: string; status: MeasureStatus; startDate: string | null; endDate: string | null }>;
}

const GROUP_KINDS = "('PROJECT_GROUP', 'WORKING_GROUP', 'WORKING_CIRCLE')";

/**
 * One status page per active working body: for a steering group every active project/working group and working
 * circle (it oversees them all); for any other committee only the groups its own decisions commissioned.
 */
export function groupStatuses(ctx: Context, options: { committeeId: string; committeeKind: CommitteeKind; asOf: string }): GroupStatus[] {
  const groups = ctx.sqlite.prepare(`
    SELECT c.id, c.kind, c.name, c.mandate, c.start_date AS startDate, c.planned_end_date AS plannedEndDate,
      coalesce(p.name, o.short_name, o.name) AS lead,
      d.number AS decisionNumber, d.decided_on AS decidedOn, d.text AS decisionText,
      (SELECT count(*) FROM committee_memberships m WHERE m.committee_id = c.id
        AND (m.valid_from IS NULL OR m.valid_from <= @asOf) AND (m.valid_to IS NULL OR m.valid_to >= @asOf)) AS memberCount,
      (SELECT count(*) FROM meetings mt WHERE mt.committee_id = c.id AND mt.status IN ('HELD', 'MINUTES_APPROVED')) AS meetingsHeld,
      (SELECT max(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id
        AND mt.status IN ('HELD', 'MINUTES_APPROVED')) AS lastMeetingOn,
      (SELECT min(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id
        AND mt.status IN ('PLANNED', 'INVITED') AND substr(mt.starts_at, 1, 10) >= @asOf) AS nextMeetingOn
    FROM committees c
      LEFT JOIN persons p ON p.id = c.lead_person_id
      LEFT JOIN organisations o ON o.id = c.lead_organisation_id
      LEFT JOIN decisions d ON d.id = c.commissioned_by_decision_id
      LEFT JOIN meetings dm ON dm.id = d.meeting_id
    WHERE c.kind IN ${GROUP_KINDS} AND c.status = 'ACTIVE' AND c.id <> @committeeId
      AND (@steering = 1 OR dm.committee_id = @committeeId)
    ORDER BY CASE c.kind WHEN 'PROJECT_GROUP' THEN 0 WHEN 'WORKING_GROUP' THEN 1 ELSE 2 END, c.name
  `).all({ committeeId: options.committeeId, asOf: options.asOf, steering: options.committeeKind === 'STEERING_GROUP' ? 1 : 0 }) as Array<
    Omit<GroupStatus, 'commission' | 'nextReport' | 'themes' | 'measures'>
    & { decisionNumber: string | null; decidedOn: string | null; decisionText: string | null }>;

  const nextReport = ctx.sqlite.prepare(`SELECT due_date AS dueDate, topic FROM committee_report_dues
    WHERE committee_id = ? AND delivered_on IS NULL ORDER BY due_date LIMIT 1`);
  const themes = ctx.sqlite.prepare('SELECT title, status FROM themes WHERE assigned_committee_id = ? ORDER BY title');
  const measures = ctx.sqlite.prepare(`SELECT title, status, start_date AS startDate, end_date AS endDate FROM measures
    WHERE committee_id = ? ORDER BY start_date IS NULL, start_date, title`);

  return groups.map(({ decisionNumber, decidedOn, decisionText, ...g }) => ({
    ...g,
    commission: decidedOn && decisionText ? { number: decisionNumber, decidedOn, text: decisionText } : null,
    nextReport: (nextReport.get(g.id) as GroupStatus['nextReport'] | undefined) ?? null,
    themes: themes.all(g.id) as GroupStatus['themes'],
    measures: measures.all(g.id) as GroupStatus['measures'],
  }));
}
