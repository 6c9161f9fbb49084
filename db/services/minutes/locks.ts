import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { dateOf } from '../../domain/dates';
import type { Meeting } from '../meetings/meetingRecord';
import { germanDate, meetingLabel, statusLabel } from '../meetings/wording';

export type MinutesStatus = 'DRAFT' | 'APPROVED';

export function minutesStatusOf(ctx: Context, meetingId: string): MinutesStatus | null {
  const row = ctx.sqlite.prepare('SELECT status FROM minutes WHERE meeting_id = ?').get(meetingId) as { status: MinutesStatus } | undefined;
  return row?.status ?? null;
}

export function isLocked(ctx: Context, meeting: Meeting): boolean {
  return meeting.status === 'MINUTES_APPROVED' || minutesStatusOf(ctx, meeting.id) === 'APPROVED';
}

/**
 * Approved minutes are the record: attendance, decisions and the texts of the meeting no longer change.
 * `what` names what the caller wanted to change ("Beschlüsse", "die Anwesenheit" …).
 */
export function assertNotLocked(ctx: Context, meeting: Meeting, what: string): void {
  if (!isLocked(ctx, meeting)) return;
  throw new ApiError('CONFLICT',
    `Das Protokoll der ${meetingLabel(meeting)} ist genehmigt; ${what} können nicht mehr geändert werden. `
    + 'Korrekturen bitte als Berichtigung zum Protokoll erfassen.');
}

/** Decisions and carry-overs happen in a meeting that was invited or held and has begun (not in a planned one). */
export function assertMeetingInSession(ctx: Context, meeting: Meeting, what: string): void {
  assertNotLocked(ctx, meeting, what);
  if (meeting.status === 'PLANNED' || meeting.status === 'CANCELLED') {
    throw new ApiError('CONFLICT',
      `Die ${meetingLabel(meeting)} ist ${statusLabel(meeting.status)}; ${what} können erst erfasst werden, wenn zu ihr eingeladen wurde.`);
  }
  assertNotInFuture(ctx, meeting, what);
}

export function assertNotInFuture(ctx: Context, meeting: Meeting, what: string): void {
  if (dateOf(meeting.startsAt) > berlinToday(ctx.clock)) {
    throw new ApiError('CONFLICT',
      `Die Sitzung am ${germanDate(dateOf(meeting.startsAt))} hat noch nicht stattgefunden; ${what} können erst ab dem Sitzungstag erfasst werden.`);
  }
}
