import type { Context } from '../../core/context';
import { notFound } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import type { DecisionResult, DecisionType } from '../../domain/enums';
import { resultText } from '../decisions/votes';
import { TASK_SELECT, toTaskRow, type TaskRow } from './listTasks';

export interface FollowUpTask extends TaskRow {
  lastNote: { notedOn: string; text: string } | null;
}

export type FollowUpState = 'OVERDUE' | 'OPEN' | 'DONE';

export interface FollowUpDecision {
  id: string;
  number: string | null;
  text: string;
  type: DecisionType;
  resultText: string;
  decidedOn: string;
  meetingId: string;
  meetingSequenceNo: number | null;
  /** OVERDUE if any task is overdue, OPEN while any is owed, DONE when every listed task was completed since. */
  state: FollowUpState;
  tasks: FollowUpTask[];
}

export interface FollowUpReport {
  committeeId: string;
  committeeName: string;
  /** The day the report is for (default today): overdue is measured against it and later decisions are left out.
   *  Task states are the current ones; a report for a past day is not a reconstruction of that day. */
  asOf: string;
  /** The last meeting held before `asOf`; tasks completed after its day are reported as news. */
  since: { meetingId: string; sequenceNo: number | null; startsAt: string } | null;
  decisions: FollowUpDecision[];
  /** Tasks agreed in the committee's meetings without a formal decision. */
  meetingTasks: FollowUpTask[];
  totals: { decisions: number; openTasks: number; overdueTasks: number; completedSince: number };
}

type RawTask = Parameters<typeof toTaskRow>[0];

/**
 * "Stand der Beschlüsse": every decision of a committee that still has owed tasks or whose tasks were completed
 * since the last meeting, with owners, due dates, delay reasons and the latest progress note.
 */
export function followUpReport(ctx: Context, input: { committeeId: string; asOf?: string | null }): FollowUpReport {
  const committee = ctx.sqlite.prepare('SELECT id, name FROM committees WHERE id = ?').get(input.committeeId) as
    { id: string; name: string } | undefined;
  if (!committee) throw notFound('Gremium');
  const asOf = input.asOf ?? berlinToday(ctx.clock);
  const last = ctx.sqlite.prepare(`SELECT id AS meetingId, sequence_no AS sequenceNo, starts_at AS startsAt FROM meetings
    WHERE committee_id = ? AND status IN ('HELD', 'MINUTES_APPROVED') AND substr(starts_at, 1, 10) < ?
    ORDER BY starts_at DESC LIMIT 1`).get(committee.id, asOf) as FollowUpReport['since'] | undefined;
  const since = last ?? null;
  const sinceDay = since ? since.startsAt.slice(0, 10) : '';

  const raw = ctx.sqlite.prepare(`${TASK_SELECT}
    WHERE m.committee_id = @committeeId AND substr(m.starts_at, 1, 10) <= @asOf
      AND (t.status IN ('OPEN', 'IN_PROGRESS', 'DEFERRED')
        OR (t.status = 'DONE' AND t.completed_on > @sinceDay AND t.completed_on <= @asOf))
    ORDER BY t.due_date IS NULL, t.due_date, t.title, t.id`).all({ committeeId: committee.id, asOf, sinceDay, today: asOf }) as RawTask[];
  const lastNote = ctx.sqlite.prepare(`SELECT noted_on AS notedOn, text FROM action_item_notes WHERE action_item_id = ?
    ORDER BY noted_on DESC, created_at DESC LIMIT 1`);
  const tasks: FollowUpTask[] = raw.map((r) => ({
    ...toTaskRow(r), lastNote: (lastNote.get(r.id) as FollowUpTask['lastNote'] | undefined) ?? null,
  }));

  const byDecision = new Map<string, FollowUpTask[]>();
  for (const t of tasks) if (t.decisionId) byDecision.set(t.decisionId, [...(byDecision.get(t.decisionId) ?? []), t]);
  const decisionRows = byDecision.size === 0 ? [] : ctx.sqlite.prepare(`SELECT d.id, d.number, d.text, d.type, d.result,
      d.votes_yes AS votesYes, d.votes_no AS votesNo, d.votes_abstain AS votesAbstain, d.decided_on AS decidedOn,
      d.meeting_id AS meetingId, m.sequence_no AS meetingSequenceNo
    FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE m.committee_id = ?
    ORDER BY d.decided_on, d.number, d.id`).all(committee.id) as Array<Omit<FollowUpDecision, 'state' | 'tasks' | 'resultText'> & {
      result: DecisionResult; votesYes: number | null; votesNo: number | null; votesAbstain: number | null }>;

  const decisions = decisionRows.filter((d) => byDecision.has(d.id)).map((d): FollowUpDecision => {
    const own = byDecision.get(d.id)!;
    const state: FollowUpState = own.some((t) => t.overdue) ? 'OVERDUE' : own.some((t) => t.status !== 'DONE') ? 'OPEN' : 'DONE';
    return {
      id: d.id, number: d.number, text: d.text, type: d.type, resultText: resultText(d), decidedOn: d.decidedOn,
      meetingId: d.meetingId, meetingSequenceNo: d.meetingSequenceNo, state, tasks: own,
    };
  });
  const meetingTasks = tasks.filter((t) => !t.decisionId);
  return {
    committeeId: committee.id, committeeName: committee.name, asOf, since, decisions, meetingTasks,
    totals: {
      decisions: decisions.length,
      openTasks: tasks.filter((t) => t.status !== 'DONE').length,
      overdueTasks: tasks.filter((t) => t.overdue).length,
      completedSince: tasks.filter((t) => t.status === 'DONE').length,
    },
  };
}
