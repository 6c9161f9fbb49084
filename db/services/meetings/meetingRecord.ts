import { eq } from 'drizzle-orm';
import { meetings } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, notFound } from '../../api/errors';
import type { MeetingStatus } from '../../domain/enums';
import { meetingLabel, stateClause } from './wording';

export type Meeting = typeof meetings.$inferSelect;

export function findMeeting(ctx: Context, id: string): Meeting | undefined {
  return ctx.db.select().from(meetings).where(eq(meetings.id, id)).get();
}

export function loadMeeting(ctx: Context, id: string): Meeting {
  const meeting = findMeeting(ctx, id);
  if (!meeting) throw notFound('Sitzung');
  return meeting;
}

/** Once held (or called off) a meeting's agenda is the record of what happened and is no longer planned here. */
const AGENDA_OPEN: ReadonlySet<MeetingStatus> = new Set(['PLANNED', 'INVITED']);

export function isAgendaOpen(meeting: Meeting): boolean {
  return AGENDA_OPEN.has(meeting.status);
}

export function assertAgendaOpen(meeting: Meeting): void {
  if (isAgendaOpen(meeting)) return;
  throw new ApiError('CONFLICT',
    `Die Tagesordnung kann nicht mehr geändert werden: Die ${meetingLabel(meeting)} ${stateClause(meeting.status)}.`);
}
