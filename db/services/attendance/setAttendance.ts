import { eq } from 'drizzle-orm';
import { meetingAttendance, meetings } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound, validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { dateOf } from '../../domain/dates';
import type { AttendanceStatus } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertReferencesExist } from '../references';
import { loadMeeting, type Meeting } from '../meetings/meetingRecord';
import { germanDate, meetingLabel } from '../meetings/wording';
import { assertNotLocked } from '../minutes/locks';
import { getAttendance, loadGuests, type AttendanceRow, type MeetingAttendance } from './getAttendance';
import { loadAgendaPositions, loadSeats, meetingQuorum, type SeatAttendance } from './seats';

export const ATTENDANCE_LABELS = {
  meetingId: 'Sitzung',
  membershipId: 'Sitz',
  status: 'Anwesenheit',
  representedByPersonId: 'Vertreten durch',
  arrivedBeforeItemId: 'Gekommen vor',
  leftAfterItemId: 'Gegangen nach',
  note: 'Bemerkung',
  personId: 'Gast',
  organisationId: 'Organisation des Gastes',
};
const L = ATTENDANCE_LABELS;

export interface AttendanceEntry {
  membershipId: string;
  status: AttendanceStatus;
  representedByPersonId?: string | null;
  arrivedBeforeItemId?: string | null;
  leftAfterItemId?: string | null;
  note?: string | null;
}

type AttendanceRecord = typeof meetingAttendance.$inferSelect;
const WHAT = 'Anwesenheitsangaben';

function loadWritableMeeting(ctx: Context, meetingId: string): Meeting {
  const meeting = loadMeeting(ctx, meetingId);
  assertNotLocked(ctx, meeting, WHAT);
  if (meeting.status === 'CANCELLED') {
    throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} wurde abgesagt; Anwesenheit wird nicht erfasst.`);
  }
  return meeting;
}

/** The stored quorum of a held meeting follows its attendance, so a corrected list corrects the record too. */
export function refreshStoredQuorum(ctx: Context, meeting: Meeting): void {
  if (meeting.status !== 'HELD') return;
  const reached = meetingQuorum(ctx, meeting).opening.reached;
  if (meeting.quorumReached === reached) return;
  const updatedAt = ctx.nowIso();
  ctx.db.update(meetings).set({ quorumReached: reached, updatedAt }).where(eq(meetings.id, meeting.id)).run();
  recordAudit(ctx, 'meetings', meeting.id, 'UPDATE', meeting, { ...meeting, quorumReached: reached, updatedAt });
}

interface Resolved {
  representedByPersonId: string | null;
  arrivedBeforeItemId: string | null;
  leftAfterItemId: string | null;
  note: string | null;
}

function resolveEntry(ctx: Context, meeting: Meeting, seat: SeatAttendance, e: AttendanceEntry, index: number,
  positions: Map<string, number>): Resolved {
  const field = (key: keyof typeof L) => `entries.${index}.${key}`;
  const attends = e.status === 'PRESENT' || e.status === 'REPRESENTED';
  const day = dateOf(meeting.startsAt);
  if (attends && day > berlinToday(ctx.clock)) {
    throw validationError(field('status'),
      `${L.status}: Die Sitzung am ${germanDate(day)} hat noch nicht stattgefunden; vorab kann nur „entschuldigt“ oder „abwesend“ erfasst werden.`);
  }
  let representedBy: string | null = null;
  if (e.status === 'REPRESENTED') {
    representedBy = e.representedByPersonId ?? seat.deputyPersonId;
    if (!representedBy) {
      throw validationError(field('representedByPersonId'),
        `${L.representedByPersonId}: Bitte die vertretende Person angeben; für diesen Sitz ist keine Stellvertretung hinterlegt.`);
    }
    if (representedBy === seat.personId) {
      throw validationError(field('representedByPersonId'), `${L.representedByPersonId}: Ein Mitglied kann sich nicht selbst vertreten.`);
    }
    if (!ctx.sqlite.prepare('SELECT 1 FROM persons WHERE id = ?').get(representedBy)) {
      throw validationError(field('representedByPersonId'), `${L.representedByPersonId}: Der gewählte Eintrag existiert nicht (mehr).`);
    }
  }
  // Arrival and departure only mean something for someone who was there.
  const arrived = attends ? e.arrivedBeforeItemId ?? null : null;
  const left = attends ? e.leftAfterItemId ?? null : null;
  for (const [key, itemId] of [['arrivedBeforeItemId', arrived], ['leftAfterItemId', left]] as const) {
    if (itemId && !positions.has(itemId)) {
      throw validationError(field(key), `${L[key]}: Der Tagesordnungspunkt gehört nicht zu dieser Sitzung.`);
    }
  }
  if (arrived && left && positions.get(arrived)! > positions.get(left)!) {
    throw validationError(field('leftAfterItemId'), `${L.leftAfterItemId}: Darf nicht vor „${L.arrivedBeforeItemId}“ liegen.`);
  }
  return { representedByPersonId: representedBy, arrivedBeforeItemId: arrived, leftAfterItemId: left, note: e.note ?? null };
}

/** Records attendance per seat (insert or replace), in one transaction with one audit row per changed seat. */
export function setAttendance(ctx: Context, input: { meetingId: string; entries: AttendanceEntry[] }): MeetingAttendance {
  return ctx.write(() => {
    const meeting = loadWritableMeeting(ctx, input.meetingId);
    const seats = new Map(loadSeats(ctx, meeting).map((s) => [s.membershipId, s]));
    const positions = new Map(loadAgendaPositions(ctx, meeting.id).map((i) => [i.id, i.position]));
    const seen = new Set<string>();
    input.entries.forEach((entry, index) => {
      const seat = seats.get(entry.membershipId);
      if (!seat) {
        throw validationError(`entries.${index}.membershipId`,
          `${L.membershipId}: Gehört am ${germanDate(dateOf(meeting.startsAt))} nicht zu diesem Gremium.`);
      }
      if (seen.has(entry.membershipId)) {
        throw validationError(`entries.${index}.membershipId`, `${L.membershipId}: Ist in der Liste doppelt enthalten.`);
      }
      seen.add(entry.membershipId);
      const resolved = resolveEntry(ctx, meeting, seat, entry, index, positions);
      writeSeat(ctx, meeting, seat, entry.status, resolved);
    });
    refreshStoredQuorum(ctx, meeting);
    return getAttendance(ctx, meeting.id);
  });
}

function findRecord(ctx: Context, id: string): AttendanceRecord | undefined {
  return ctx.db.select().from(meetingAttendance).where(eq(meetingAttendance.id, id)).get();
}

function writeSeat(ctx: Context, meeting: Meeting, seat: SeatAttendance, status: AttendanceStatus, r: Resolved): void {
  const now = ctx.nowIso();
  const values = {
    status, representedByPersonId: r.representedByPersonId, arrivedBeforeItemId: r.arrivedBeforeItemId,
    leftAfterItemId: r.leftAfterItemId, note: r.note,
  };
  if (!seat.attendanceId) {
    // Who held the seat that day is copied, so the record survives a later change of the seat holder.
    const row = {
      id: newId(), meetingId: meeting.id, membershipId: seat.membershipId, personId: seat.personId, organisationId: seat.organisationId,
      headCount: null, ...values, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(meetingAttendance).values(row).run();
    recordAudit(ctx, 'meeting_attendance', row.id, 'CREATE', null, row);
    return;
  }
  const before = findRecord(ctx, seat.attendanceId)!;
  const unchanged = (Object.keys(values) as Array<keyof typeof values>).every((k) => before[k] === values[k]);
  if (unchanged) return;
  ctx.db.update(meetingAttendance).set({ ...values, updatedAt: now }).where(eq(meetingAttendance.id, before.id)).run();
  recordAudit(ctx, 'meeting_attendance', before.id, 'UPDATE', before, { ...before, ...values, updatedAt: now });
}

export function addGuest(ctx: Context, input: { meetingId: string; personId?: string | null; organisationId?: string | null; note?: string | null }):
  AttendanceRow {
  return ctx.write(() => {
    const meeting = loadWritableMeeting(ctx, input.meetingId);
    const personId = input.personId ?? null;
    const organisationId = input.organisationId ?? null;
    const note = input.note ?? null;
    if (!personId && !organisationId && !note) {
      throw validationError('personId', `${L.personId}: Bitte eine Person, eine Organisation oder eine Bemerkung angeben.`);
    }
    assertReferencesExist(ctx, 'meeting_attendance', { personId, organisationId }, L);
    if (personId && ctx.sqlite.prepare('SELECT 1 FROM meeting_attendance WHERE meeting_id = ? AND person_id = ? AND membership_id IS NULL')
      .get(meeting.id, personId)) {
      throw validationError('personId', `${L.personId}: Diese Person ist bereits als Gast eingetragen.`);
    }
    const now = ctx.nowIso();
    const row = {
      id: newId(), meetingId: meeting.id, membershipId: null, personId, organisationId, status: 'PRESENT' as const,
      representedByPersonId: null, arrivedBeforeItemId: null, leftAfterItemId: null, headCount: 1, note, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(meetingAttendance).values(row).run();
    recordAudit(ctx, 'meeting_attendance', row.id, 'CREATE', null, row);
    return loadGuests(ctx, meeting.id).find((g) => g.attendanceId === row.id)!;
  });
}

export function removeGuest(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const row = findRecord(ctx, id);
    if (!row || row.membershipId !== null) throw notFound('Gast');
    loadWritableMeeting(ctx, row.meetingId);
    ctx.db.delete(meetingAttendance).where(eq(meetingAttendance.id, id)).run();
    recordAudit(ctx, 'meeting_attendance', id, 'DELETE', row, null);
    return { id };
  });
}
