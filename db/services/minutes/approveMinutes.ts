import { and, eq } from 'drizzle-orm';
import { agendaItems, meetings, minutes, minutesAmendments } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { dateOf } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { findMeeting, loadMeeting, type Meeting } from '../meetings/meetingRecord';
import { germanDate, meetingLabel } from '../meetings/wording';
import { buildMinutes } from './buildMinutes';
import { contentHashOf } from './contentHash';
import { loadMinutesRecord, MINUTES_LABELS as L } from './editMinutes';
import type { MinutesModel } from './model';

function approvingMeeting(ctx: Context, meeting: Meeting, id: string): Meeting {
  const field = 'approvedInMeetingId';
  const later = findMeeting(ctx, id);
  if (!later) throw validationError(field, `${L.approvedInMeetingId}: Der gewählte Eintrag existiert nicht (mehr).`);
  if (later.committeeId !== meeting.committeeId || later.startsAt <= meeting.startsAt) {
    throw validationError(field, `${L.approvedInMeetingId}: Das Protokoll wird in einer späteren Sitzung desselben Gremiums genehmigt.`);
  }
  if (later.status === 'PLANNED' || later.status === 'CANCELLED' || dateOf(later.startsAt) > berlinToday(ctx.clock)) {
    throw validationError(field, `${L.approvedInMeetingId}: Die ${meetingLabel(later)} hat noch nicht stattgefunden.`);
  }
  return later;
}

/** The approving meeting's "Genehmigung des Protokolls" item records what happened, unless someone wrote it already. */
function noteInApprovingMeeting(ctx: Context, meeting: Meeting, later: Meeting): void {
  if (later.status === 'MINUTES_APPROVED') return;
  const item = ctx.db.select().from(agendaItems)
    .where(and(eq(agendaItems.meetingId, later.id), eq(agendaItems.standingItem, 'APPROVE_MINUTES'))).get();
  if (!item || item.status !== 'OPEN') return;
  const minutesText = item.minutesText || `Das Protokoll der Sitzung vom ${germanDate(dateOf(meeting.startsAt))} wird genehmigt.`;
  const updatedAt = ctx.nowIso();
  ctx.db.update(agendaItems).set({ status: 'DEALT_WITH', minutesText, updatedAt }).where(eq(agendaItems.id, item.id)).run();
  recordAudit(ctx, 'agenda_items', item.id, 'UPDATE', item, { ...item, status: 'DEALT_WITH', minutesText, updatedAt });
}

/**
 * Approves the minutes in a later meeting: seals the record with a content hash and locks attendance, decisions
 * and texts of the meeting. Corrections from then on are amendments.
 */
export function approveMinutes(ctx: Context, input: { meetingId: string; approvedInMeetingId: string }): MinutesModel {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, input.meetingId);
    const record = loadMinutesRecord(ctx, meeting.id);
    if (record.status === 'APPROVED' || meeting.status === 'MINUTES_APPROVED') {
      throw new ApiError('CONFLICT', `Das Protokoll der ${meetingLabel(meeting)} ist bereits genehmigt.`);
    }
    if (meeting.status !== 'HELD') {
      throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} ist nicht als durchgeführt erfasst.`);
    }
    const later = approvingMeeting(ctx, meeting, input.approvedInMeetingId);
    const contentHash = contentHashOf(buildMinutes(ctx, meeting.id));
    const now = ctx.nowIso();
    const values = { status: 'APPROVED' as const, approvedInMeetingId: later.id, approvedOn: dateOf(later.startsAt), contentHash, updatedAt: now };
    ctx.db.update(minutes).set(values).where(eq(minutes.id, record.id)).run();
    recordAudit(ctx, 'minutes', record.id, 'UPDATE', record, { ...record, ...values });
    ctx.db.update(meetings).set({ status: 'MINUTES_APPROVED', updatedAt: now }).where(eq(meetings.id, meeting.id)).run();
    recordAudit(ctx, 'meetings', meeting.id, 'UPDATE', meeting, { ...meeting, status: 'MINUTES_APPROVED', updatedAt: now });
    noteInApprovingMeeting(ctx, meeting, later);
    return buildMinutes(ctx, meeting.id);
  });
}

/** A dated correction of approved minutes; the approved text itself stays as it was. */
export function amendMinutes(ctx: Context, input: { meetingId: string; reason: string; text: string; agendaItemId: string | null }): MinutesModel {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, input.meetingId);
    const record = loadMinutesRecord(ctx, meeting.id);
    if (record.status !== 'APPROVED') {
      throw new ApiError('CONFLICT', 'Das Protokoll ist noch nicht genehmigt; bitte den Entwurf direkt ändern statt eine Berichtigung zu erfassen.');
    }
    if (input.agendaItemId && !ctx.sqlite.prepare('SELECT 1 FROM agenda_items WHERE id = ? AND meeting_id = ?').get(input.agendaItemId, meeting.id)) {
      throw validationError('agendaItemId', `${L.agendaItemId}: Gehört nicht zu dieser Sitzung.`);
    }
    const now = ctx.nowIso();
    const row = {
      id: newId(), minutesId: record.id, amendedOn: berlinToday(ctx.clock), reason: input.reason, text: input.text,
      agendaItemId: input.agendaItemId, createdAt: now, updatedAt: now,
    };
    ctx.db.insert(minutesAmendments).values(row).run();
    recordAudit(ctx, 'minutes_amendments', row.id, 'CREATE', null, row);
    return buildMinutes(ctx, meeting.id);
  });
}
