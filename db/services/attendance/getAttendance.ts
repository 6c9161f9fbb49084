import type { Context } from '../../core/context';
import type { AttendanceStatus, MembershipCategory, MembershipRole } from '../../domain/enums';
import type { RulesInEffect } from '../committees/rules';
import { loadMeeting } from '../meetings/meetingRecord';
import type { QuorumResult } from './quorum';
import { loadAgendaPositions, meetingQuorum, type SeatAttendance } from './seats';

export interface AttendanceRow {
  /** The recorded row (null while nothing is recorded for the seat). */
  attendanceId: string | null;
  /** Null for guests. */
  membershipId: string | null;
  guest: boolean;
  seatLabel: string | null;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  deputyPersonId: string | null;
  deputyName: string | null;
  role: MembershipRole | null;
  category: MembershipCategory | null;
  occasional: boolean;
  status: AttendanceStatus | null;
  representedByPersonId: string | null;
  representedByName: string | null;
  arrivedBeforeItemId: string | null;
  leftAfterItemId: string | null;
  note: string | null;
}

export interface ItemQuorum {
  agendaItemId: string;
  number: string;
  title: string;
  reached: boolean;
  presentVoting: number;
  votingSeats: number;
  required: number;
}

export interface MeetingAttendance {
  meetingId: string;
  rules: RulesInEffect;
  rows: AttendanceRow[];
  quorum: QuorumResult;
  /** Quorum per agenda item, which differs from the opening one only when arrivals or departures are recorded. */
  items: ItemQuorum[];
}

function seatRow(s: SeatAttendance): AttendanceRow {
  return {
    attendanceId: s.attendanceId, membershipId: s.membershipId, guest: false, seatLabel: s.seatLabel,
    organisationId: s.organisationId, organisationName: s.organisationName, personId: s.personId, personName: s.personName,
    deputyPersonId: s.deputyPersonId, deputyName: s.deputyName, role: s.role, category: s.category, occasional: s.occasional,
    status: s.status, representedByPersonId: s.representedByPersonId, representedByName: s.representedByName,
    arrivedBeforeItemId: s.arrivedBeforeItemId, leftAfterItemId: s.leftAfterItemId, note: s.note,
  };
}

export function loadGuests(ctx: Context, meetingId: string): AttendanceRow[] {
  return (ctx.sqlite.prepare(`
    SELECT a.id AS attendanceId, a.person_id AS personId, p.name AS personName, a.organisation_id AS organisationId,
      coalesce(o.short_name, o.name) AS organisationName, a.status, a.note,
      a.arrived_before_item_id AS arrivedBeforeItemId, a.left_after_item_id AS leftAfterItemId
    FROM meeting_attendance a LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN organisations o ON o.id = a.organisation_id
    WHERE a.meeting_id = ? AND a.membership_id IS NULL
    ORDER BY coalesce(p.name, o.name, a.note, ''), a.created_at, a.id
  `).all(meetingId) as Array<Pick<AttendanceRow, 'attendanceId' | 'personId' | 'personName' | 'organisationId' | 'organisationName'
    | 'status' | 'note' | 'arrivedBeforeItemId' | 'leftAfterItemId'>>).map((g) => ({
    ...g, membershipId: null, guest: true, seatLabel: null, deputyPersonId: null, deputyName: null, role: null, category: null,
    occasional: false, representedByPersonId: null, representedByName: null,
  }));
}

export function getAttendance(ctx: Context, meetingId: string): MeetingAttendance {
  const meeting = loadMeeting(ctx, meetingId);
  const q = meetingQuorum(ctx, meeting);
  const items = loadAgendaPositions(ctx, meetingId).map((item, index): ItemQuorum => {
    const r = q.at(item.position);
    return {
      agendaItemId: item.id, number: `TOP ${index + 1}`, title: item.title,
      reached: r.reached, presentVoting: r.presentVoting, votingSeats: r.votingSeats, required: r.required,
    };
  });
  return {
    meetingId, rules: q.rules, rows: [...q.seats.map(seatRow), ...loadGuests(ctx, meetingId)], quorum: q.opening, items,
  };
}
