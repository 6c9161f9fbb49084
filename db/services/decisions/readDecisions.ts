import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import type { DecisionResult, DecisionType, MeetingStatus } from '../../domain/enums';
import { listTasks, type TaskRow } from '../tasks/listTasks';
import { resultText } from './votes';

/** What a decision says and how it was taken; lists and the minutes add their own context. */
export interface DecisionFields {
  id: string;
  number: string | null;
  text: string;
  type: DecisionType;
  result: DecisionResult;
  /** "mit 9 Ja, 1 Nein, 2 Enthaltungen beschlossen" */
  resultText: string;
  votesYes: number | null;
  votesNo: number | null;
  votesAbstain: number | null;
  votingMembersPresent: number | null;
  quorumReached: boolean | null;
  overrideReason: string | null;
  decidedOn: string;
}

export interface DecisionListRow extends DecisionFields {
  meetingId: string;
  meetingSequenceNo: number | null;
  meetingStartsAt: string;
  meetingStatus: MeetingStatus;
  committeeId: string;
  committeeName: string;
  agendaItemId: string | null;
  agendaItemTitle: string | null;
  taskCount: number;
  openTaskCount: number;
  overdueTaskCount: number;
  effectCount: number;
}

export interface DecisionFilter {
  committeeId?: string | null;
  meetingId?: string | null;
  year?: number | null;
}

const SELECT = `
  SELECT d.id, d.number, d.text, d.type, d.result, d.votes_yes AS votesYes, d.votes_no AS votesNo, d.votes_abstain AS votesAbstain,
    d.voting_members_present AS votingMembersPresent, d.quorum_reached AS quorumReached, d.override_reason AS overrideReason,
    d.decided_on AS decidedOn, m.id AS meetingId, m.sequence_no AS meetingSequenceNo, m.starts_at AS meetingStartsAt,
    m.status AS meetingStatus, c.id AS committeeId, c.name AS committeeName, a.id AS agendaItemId, a.title AS agendaItemTitle,
    (SELECT count(*) FROM action_items t WHERE t.decision_id = d.id) AS taskCount,
    (SELECT count(*) FROM action_items t WHERE t.decision_id = d.id AND t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED')) AS openTaskCount,
    (SELECT count(*) FROM action_items t WHERE t.decision_id = d.id AND t.status IN ('OPEN', 'IN_PROGRESS')
       AND t.due_date < @today) AS overdueTaskCount,
    (SELECT count(*) FROM decision_effects e WHERE e.decision_id = d.id) AS effectCount
  FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN committees c ON c.id = m.committee_id
  LEFT JOIN agenda_items a ON a.id = d.agenda_item_id`;

type RawRow = Omit<DecisionListRow, 'resultText' | 'quorumReached'> & { quorumReached: number | null };

const toRow = (r: RawRow): DecisionListRow => ({
  ...r, quorumReached: r.quorumReached == null ? null : r.quorumReached === 1, resultText: resultText(r),
});

/** The decision register, newest first, with how much follow-up is still owed per decision. */
export function listDecisions(ctx: Context, filter: DecisionFilter = {}): DecisionListRow[] {
  return (ctx.sqlite.prepare(`${SELECT}
    WHERE (@committeeId IS NULL OR m.committee_id = @committeeId) AND (@meetingId IS NULL OR d.meeting_id = @meetingId)
      AND (@year IS NULL OR substr(d.decided_on, 1, 4) = @year)
    ORDER BY d.decided_on DESC, a.position DESC, d.number DESC, d.id DESC`).all({
    today: berlinToday(ctx.clock), committeeId: filter.committeeId ?? null, meetingId: filter.meetingId ?? null,
    year: filter.year == null ? null : String(filter.year),
  }) as RawRow[]).map(toRow);
}

export interface ResolvedEffect {
  id: string;
  effectType: string;
  targetType: string;
  targetId: string;
  /** Name of the group, theme, measure or document, or null when it no longer exists. */
  targetTitle: string | null;
  detail: string | null;
}

export interface DecisionDetail extends DecisionListRow {
  agendaItemNumber: string | null;
  effects: ResolvedEffect[];
  tasks: TaskRow[];
  /** Approved minutes lock the decision. */
  locked: boolean;
}

export function getDecision(ctx: Context, id: string): DecisionDetail {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE d.id = @id`).get({ id, today: berlinToday(ctx.clock) }) as RawRow | undefined;
  if (!row) throw notFound('Beschluss');
  const effects = ctx.sqlite.prepare(`
    SELECT e.id, e.effect_type AS effectType, e.target_type AS targetType, e.target_id AS targetId, e.detail,
      CASE e.target_type
        WHEN 'COMMITTEE' THEN (SELECT name FROM committees WHERE id = e.target_id)
        WHEN 'THEME' THEN (SELECT title FROM themes WHERE id = e.target_id)
        WHEN 'MEASURE' THEN (SELECT title FROM measures WHERE id = e.target_id)
        WHEN 'DOCUMENT' THEN (SELECT title FROM documents WHERE id = e.target_id)
      END AS targetTitle
    FROM decision_effects e WHERE e.decision_id = ? ORDER BY e.created_at, e.id`).all(id) as ResolvedEffect[];
  const position = row.agendaItemId
    ? (ctx.sqlite.prepare(`SELECT count(*) AS n FROM agenda_items a JOIN agenda_items me ON me.id = ?
        WHERE a.meeting_id = me.meeting_id AND (a.position < me.position OR (a.position = me.position AND a.id <= me.id))`)
      .get(row.agendaItemId) as { n: number }).n
    : null;
  const locked = row.meetingStatus === 'MINUTES_APPROVED'
    || ctx.sqlite.prepare("SELECT 1 FROM minutes WHERE meeting_id = ? AND status = 'APPROVED'").get(row.meetingId) !== undefined;
  return {
    ...toRow(row), agendaItemNumber: position == null ? null : `TOP ${position}`, effects,
    tasks: listTasks(ctx, { status: 'ALL', decisionId: id }), locked,
  };
}
