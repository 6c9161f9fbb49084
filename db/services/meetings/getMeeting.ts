import type { Context } from '../../core/context';
import { dateOf } from '../../domain/dates';
import { committeeCrud, type Committee } from '../committees/committees';
import { currentRules, type RulesInEffect } from '../committees/rules';
import { agendaOf, type AgendaItemView } from '../agenda/agendaView';
import { loadMeeting, type Meeting } from './meetingRecord';
import { noticeWarning, type NoticeWarning } from './invitation';
import { meetingLabel } from './wording';

export interface MeetingDetail {
  meeting: Meeting;
  /** "3. Sitzung am 12.03.2025" */
  label: string;
  committee: Committee;
  /** The Geschäftsordnung in force on the meeting day. */
  rules: RulesInEffect;
  agenda: AgendaItemView[];
  plannedTotalMinutes: number;
  durationMinutes: number;
  overTime: boolean;
  decisionCount: number;
  /** For an invited meeting: whether the recorded invitation kept the notice period. */
  noticeWarning: NoticeWarning | null;
  previousMeetingId: string | null;
  nextMeetingId: string | null;
}

export function getMeeting(ctx: Context, id: string): MeetingDetail {
  const meeting = loadMeeting(ctx, id);
  const agenda = agendaOf(ctx, id);
  const plannedTotalMinutes = agenda.reduce((sum, item) => sum + (item.plannedMinutes ?? 0), 0);
  // Neighbours skip cancelled meetings: "the previous meeting" is the one whose minutes come up next.
  const neighbour = (direction: 'previous' | 'next') => ctx.sqlite.prepare(`SELECT id FROM meetings
    WHERE committee_id = @committeeId AND status <> 'CANCELLED' AND id <> @id
      AND ${direction === 'previous' ? '(starts_at < @startsAt OR (starts_at = @startsAt AND id < @id))' : '(starts_at > @startsAt OR (starts_at = @startsAt AND id > @id))'}
    ORDER BY starts_at ${direction === 'previous' ? 'DESC' : 'ASC'}, id ${direction === 'previous' ? 'DESC' : 'ASC'} LIMIT 1`)
    .pluck().get({ committeeId: meeting.committeeId, id, startsAt: meeting.startsAt }) as string | undefined;
  return {
    meeting,
    label: meetingLabel(meeting),
    committee: committeeCrud.get(ctx, meeting.committeeId),
    rules: currentRules(ctx, meeting.committeeId, dateOf(meeting.startsAt)),
    agenda,
    plannedTotalMinutes,
    durationMinutes: meeting.durationMinutes,
    overTime: plannedTotalMinutes > meeting.durationMinutes,
    decisionCount: agenda.reduce((sum, item) => sum + item.decisionCount, 0)
      + (ctx.sqlite.prepare('SELECT count(*) FROM decisions WHERE meeting_id = ? AND agenda_item_id IS NULL').pluck().get(id) as number),
    noticeWarning: meeting.invitationSentOn ? noticeWarning(ctx, meeting, meeting.invitationSentOn) : null,
    previousMeetingId: neighbour('previous') ?? null,
    nextMeetingId: neighbour('next') ?? null,
  };
}
