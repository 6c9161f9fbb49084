import type { Context } from '../../core/context';
import type { AttendanceStatus, MembershipCategory, MembershipRole } from '../../domain/enums';
import { dateOf } from '../../domain/dates';
import { currentRules, type RulesInEffect } from '../committees/rules';
import type { Meeting } from '../meetings/meetingRecord';
import { computeQuorum, type QuorumResult, type QuorumSeat } from './quorum';

/** A seat of the committee on the meeting day with what was recorded for it (status null: nothing yet). */
export interface SeatAttendance extends QuorumSeat {
  attendanceId: string | null;
  membershipId: string;
  seatLabel: string | null;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  deputyPersonId: string | null;
  deputyName: string | null;
  role: MembershipRole;
  category: MembershipCategory | null;
  representedByPersonId: string | null;
  representedByName: string | null;
  arrivedBeforeItemId: string | null;
  leftAfterItemId: string | null;
  note: string | null;
}

export interface AgendaPosition {
  id: string;
  position: number;
  title: string;
}

const CATEGORY_ORDER = `CASE m.category WHEN 'INTERNAL' THEN 0 WHEN 'EXTERNAL' THEN 1 WHEN 'WELFARE' THEN 2
  WHEN 'MUNICIPALITY' THEN 3 ELSE 4 END`;

/**
 * Seats valid on the meeting day, plus seats that have an attendance row although their validity was changed later
 * (what was recorded must stay visible). Ordered by category, seat and holder like the roster.
 */
export function loadSeats(ctx: Context, meeting: Meeting): SeatAttendance[] {
  const rows = ctx.sqlite.prepare(`
    SELECT a.id AS attendanceId, m.id AS membershipId, m.seat_label AS seatLabel, m.organisation_id AS organisationId,
      coalesce(o.short_name, o.name) AS organisationName, m.person_id AS personId, p.name AS personName,
      m.deputy_person_id AS deputyPersonId, d.name AS deputyName, m.role, m.category, m.occasional,
      a.status, a.represented_by_person_id AS representedByPersonId, r.name AS representedByName,
      a.arrived_before_item_id AS arrivedBeforeItemId, a.left_after_item_id AS leftAfterItemId, a.note,
      ai.position AS arrivedBeforePosition, li.position AS leftAfterPosition
    FROM committee_memberships m
    LEFT JOIN meeting_attendance a ON a.meeting_id = @meetingId AND a.membership_id = m.id
    LEFT JOIN organisations o ON o.id = m.organisation_id
    LEFT JOIN persons p ON p.id = m.person_id
    LEFT JOIN persons d ON d.id = m.deputy_person_id
    LEFT JOIN persons r ON r.id = a.represented_by_person_id
    LEFT JOIN agenda_items ai ON ai.id = a.arrived_before_item_id
    LEFT JOIN agenda_items li ON li.id = a.left_after_item_id
    WHERE m.committee_id = @committeeId AND (a.id IS NOT NULL
      OR (coalesce(m.valid_from, '') <= @day AND (m.valid_to IS NULL OR m.valid_to >= @day)))
    ORDER BY ${CATEGORY_ORDER}, coalesce(m.seat_label, ''), coalesce(p.name, o.name, ''), m.id
  `).all({ meetingId: meeting.id, committeeId: meeting.committeeId, day: dateOf(meeting.startsAt) }) as Array<
    Omit<SeatAttendance, 'occasional'> & { occasional: number; status: AttendanceStatus | null }>;
  return rows.map((r) => ({ ...r, occasional: r.occasional === 1 }));
}

export function loadAgendaPositions(ctx: Context, meetingId: string): AgendaPosition[] {
  return ctx.sqlite.prepare('SELECT id, position, title FROM agenda_items WHERE meeting_id = ? ORDER BY position, id')
    .all(meetingId) as AgendaPosition[];
}

/** Where the opening quorum is taken: the "Begrüßung und Beschlussfähigkeit" item, else the first item. */
export function openingPosition(ctx: Context, meetingId: string): number | null {
  const row = ctx.sqlite.prepare(`SELECT position FROM agenda_items WHERE meeting_id = ?
    ORDER BY CASE standing_item WHEN 'OPENING_QUORUM' THEN 0 ELSE 1 END, position LIMIT 1`).get(meetingId) as { position: number } | undefined;
  return row?.position ?? null;
}

export interface MeetingQuorum {
  rules: RulesInEffect;
  seats: SeatAttendance[];
  opening: QuorumResult;
  at(position: number): QuorumResult;
}

/** Everything quorum needs for one meeting, read once: the rules in force that day and the seats. */
export function meetingQuorum(ctx: Context, meeting: Meeting): MeetingQuorum {
  const rules = currentRules(ctx, meeting.committeeId, dateOf(meeting.startsAt));
  const seats = loadSeats(ctx, meeting);
  return {
    rules,
    seats,
    opening: computeQuorum(seats, rules, openingPosition(ctx, meeting.id)),
    at: (position) => computeQuorum(seats, rules, position),
  };
}
