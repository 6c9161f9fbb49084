import type { Context } from '../../core/context';
import { addMinutesLocal } from '../../domain/dates';
import type { CommitteeKind, DecisionResult } from '../../domain/enums';
import { loadGuests } from '../attendance/getAttendance';
import { computeQuorum } from '../attendance/quorum';
import { meetingQuorum, type SeatAttendance } from '../attendance/seats';
import { resultText } from '../decisions/votes';
import { loadMeeting, type Meeting } from '../meetings/meetingRecord';
import { meetingLabel } from '../meetings/wording';
import { listTasks } from '../tasks/listTasks';
import { contentHashOf } from './contentHash';
import type { MinutesStatus } from './locks';
import type { Attendee, MinutesAttendance, MinutesDecision, MinutesItem, MinutesModel, MinutesTask } from './model';

interface MinutesRow {
  id: string;
  author: string | null;
  preamble: string | null;
  closingText: string | null;
  status: MinutesStatus;
  approvedInMeetingId: string | null;
  approvedOn: string | null;
  contentHash: string | null;
}

export function findMinutes(ctx: Context, meetingId: string): MinutesRow | undefined {
  return ctx.sqlite.prepare(`SELECT id, author, preamble, closing_text AS closingText, status, approved_in_meeting_id AS approvedInMeetingId,
    approved_on AS approvedOn, content_hash AS contentHash FROM minutes WHERE meeting_id = ?`).get(meetingId) as MinutesRow | undefined;
}

function attendee(s: SeatAttendance): Attendee {
  return {
    membershipId: s.membershipId, personId: s.personId, organisationId: s.organisationId, name: s.personName ?? s.organisationName ?? '',
    organisationName: s.organisationName, seatLabel: s.seatLabel, role: s.role, status: s.status, representedByPersonId: s.representedByPersonId,
    representedByName: s.representedByName, arrivedBeforeItemId: s.arrivedBeforeItemId, leftAfterItemId: s.leftAfterItemId, note: s.note,
  };
}

function groupAttendance(ctx: Context, meetingId: string, seats: SeatAttendance[]): MinutesAttendance {
  const byStatus = (status: SeatAttendance['status']) => seats.filter((s) => s.status === status).map(attendee);
  return {
    present: byStatus('PRESENT'), represented: byStatus('REPRESENTED'), excused: byStatus('EXCUSED'), absent: byStatus('ABSENT'),
    notRecorded: byStatus(null),
    guests: loadGuests(ctx, meetingId).map((g) => ({
      membershipId: null, personId: g.personId, organisationId: g.organisationId, name: g.personName ?? g.organisationName ?? g.note ?? '',
      organisationName: g.organisationName, seatLabel: null, role: null, status: g.status, representedByPersonId: null,
      representedByName: null, arrivedBeforeItemId: g.arrivedBeforeItemId, leftAfterItemId: g.leftAfterItemId, note: g.note,
    })),
  };
}

function chairName(seats: SeatAttendance[]): string | null {
  const chair = seats.find((s) => s.role === 'CHAIR' && s.status !== 'EXCUSED' && s.status !== 'ABSENT') ?? seats.find((s) => s.role === 'CHAIR');
  if (!chair) return null;
  if (chair.status === 'REPRESENTED' && chair.representedByName) return `${chair.representedByName} (in Vertretung)`;
  return chair.personName ?? chair.organisationName;
}

type DecisionRaw = Omit<MinutesDecision, 'resultText' | 'tasks' | 'quorumReached'> & { agendaItemId: string | null; quorumReached: number | null };
type ItemRaw = Omit<MinutesItem, 'number' | 'decisions' | 'quorumNote' | 'minutesText'> & { minutesText: string | null };

/**
 * The Ergebnisprotokoll generated from the records: header, attendance by status, quorum, and per agenda item its
 * text, decisions with their results and the tasks they carry. Works for a meeting without minutes too (preview).
 */
export function buildMinutes(ctx: Context, meetingId: string): MinutesModel {
  const meeting = loadMeeting(ctx, meetingId);
  const committee = ctx.sqlite.prepare('SELECT id, name, short_name AS shortName, kind FROM committees WHERE id = ?')
    .get(meeting.committeeId) as { id: string; name: string; shortName: string | null; kind: CommitteeKind };
  const row = findMinutes(ctx, meetingId);
  const q = meetingQuorum(ctx, meeting);

  const tasks = listTasks(ctx, { status: 'ALL', meetingId });
  const toTask = (t: (typeof tasks)[number]): MinutesTask => ({ id: t.id, title: t.title, ownerName: t.ownerName, dueDate: t.dueDate, status: t.status });
  const decisions = (ctx.sqlite.prepare(`SELECT id, agenda_item_id AS agendaItemId, number, text, type, result, votes_yes AS votesYes,
      votes_no AS votesNo, votes_abstain AS votesAbstain, voting_members_present AS votingMembersPresent, quorum_reached AS quorumReached,
      override_reason AS overrideReason, decided_on AS decidedOn FROM decisions WHERE meeting_id = ? ORDER BY number, created_at, id`)
    .all(meetingId) as DecisionRaw[]).map((d) => ({
    ...d,
    quorumReached: d.quorumReached == null ? null : d.quorumReached === 1,
    resultText: resultText(d as { result: DecisionResult; votesYes: number | null; votesNo: number | null; votesAbstain: number | null }),
    tasks: tasks.filter((t) => t.decisionId === d.id).map(toTask),
  }));

  const items = (ctx.sqlite.prepare(`SELECT id AS agendaItemId, position, title, kind, standing_item AS standingItem, presenter, status,
      minutes_text AS minutesText, carry_reason AS carryReason FROM agenda_items WHERE meeting_id = ? ORDER BY position, id`)
    .all(meetingId) as ItemRaw[]).map((item, index): MinutesItem => {
    const atItem = computeQuorum(q.seats, q.rules, item.position);
    const differs = atItem.presentVoting !== q.opening.presentVoting || atItem.reached !== q.opening.reached;
    return {
      ...item,
      number: `TOP ${index + 1}`,
      minutesText: item.minutesText ?? '',
      decisions: decisions.filter((d) => d.agendaItemId === item.agendaItemId).map(({ agendaItemId: _, ...d }) => d),
      quorumNote: differs ? `Bei TOP ${index + 1}: ${atItem.explanation}` : null,
    };
  });

  const approvedIn = row?.approvedInMeetingId ? loadMeeting(ctx, row.approvedInMeetingId) : null;
  const model: MinutesModel = {
    meetingId,
    status: row?.status ?? null,
    header: {
      committeeId: committee.id, committeeName: committee.name, committeeShortName: committee.shortName, committeeKind: committee.kind,
      sequenceNo: meeting.sequenceNo, title: meetingTitle(meeting, committee.name), startsAt: meeting.startsAt,
      endsAt: addMinutesLocal(meeting.startsAt, meeting.durationMinutes), durationMinutes: meeting.durationMinutes,
      location: meeting.location, onlineUrl: meeting.onlineUrl, chairName: chairName(q.seats), author: row?.author ?? null,
    },
    preamble: row?.preamble ?? null,
    closingText: row?.closingText ?? null,
    attendance: groupAttendance(ctx, meetingId, q.seats),
    quorum: q.opening,
    items,
    meetingTasks: tasks.filter((t) => !t.decisionId).map(toTask),
    approval: approvedIn ? { approvedInMeetingId: approvedIn.id, approvedInMeetingLabel: meetingLabel(approvedIn), approvedOn: row?.approvedOn ?? null } : null,
    amendments: loadAmendments(ctx, row?.id, items),
    contentHash: row?.contentHash ?? null,
    intact: null,
  };
  if (row?.status === 'APPROVED' && row.contentHash) model.intact = contentHashOf(model) === row.contentHash;
  return model;
}

export function meetingTitle(meeting: Meeting, committeeName: string): string {
  if (meeting.title) return meeting.title;
  return meeting.sequenceNo != null ? `${meeting.sequenceNo}. Sitzung der ${committeeName}` : `Sitzung der ${committeeName}`;
}

function loadAmendments(ctx: Context, minutesId: string | undefined, items: MinutesItem[]): MinutesModel['amendments'] {
  if (!minutesId) return [];
  const rows = ctx.sqlite.prepare(`SELECT id, amended_on AS amendedOn, reason, text, agenda_item_id AS agendaItemId
    FROM minutes_amendments WHERE minutes_id = ? ORDER BY amended_on, created_at, id`).all(minutesId) as
    Array<{ id: string; amendedOn: string; reason: string; text: string; agendaItemId: string | null }>;
  return rows.map((a) => ({ ...a, agendaItemNumber: items.find((i) => i.agendaItemId === a.agendaItemId)?.number ?? null }));
}
