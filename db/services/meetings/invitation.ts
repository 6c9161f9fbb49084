import { eq } from 'drizzle-orm';
import { meetings } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { berlinToday } from '../../domain/clock';
import { dateOf, daysBetween } from '../../domain/dates';
import { recordAudit } from '../audit';
import { currentRules } from '../committees/rules';
import { assertInvitationNotAfterMeeting, MEETING_LABELS } from './meetings';
import { loadMeeting, type Meeting } from './meetingRecord';
import { days, daysDative, meetingLabel, stateClause } from './wording';

export interface NoticeWarning {
  requiredDays: number;
  actualDays: number;
  message: string;
}

/**
 * Compares the days between invitation and meeting with the notice period of the rules in force on the meeting day.
 * Invited exactly `noticePeriodDays` before is in time. A late invitation is a warning, not an error: the office
 * decides, and the minutes can note that the members waived the period.
 */
export function noticeWarning(ctx: Context, meeting: Meeting, invitationSentOn: string): NoticeWarning | null {
  const day = dateOf(meeting.startsAt);
  const requiredDays = currentRules(ctx, meeting.committeeId, day).noticePeriodDays;
  const actualDays = daysBetween(invitationSentOn, day);
  if (actualDays >= requiredDays) return null;
  const when = actualDays === 0 ? 'am Sitzungstag' : `${days(actualDays)} vor der Sitzung`;
  return {
    requiredDays,
    actualDays,
    message: `Die Ladungsfrist von ${daysDative(requiredDays)} ist nicht eingehalten (Einladung ${when}).`,
  };
}

export function checkNotice(ctx: Context, id: string, invitationSentOn: string): { noticeWarning: NoticeWarning | null } {
  const meeting = loadMeeting(ctx, id);
  assertInvitationNotAfterMeeting(meeting, invitationSentOn);
  return { noticeWarning: noticeWarning(ctx, meeting, invitationSentOn) };
}

/**
 * Records that the invitation went out. An invited meeting may be invited again (new date after a postponement);
 * the latest dispatch date counts.
 */
export function markInvited(ctx: Context, id: string, invitationSentOn: string): { meeting: Meeting; noticeWarning: NoticeWarning | null } {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, id);
    if (meeting.status !== 'PLANNED' && meeting.status !== 'INVITED') {
      throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} ${stateClause(meeting.status)}; eine Einladung kann nicht mehr vermerkt werden.`);
    }
    assertInvitationNotAfterMeeting(meeting, invitationSentOn);
    if (invitationSentOn > berlinToday(ctx.clock)) {
      throw validationError('invitationSentOn', `${MEETING_LABELS.invitationSentOn}: Darf nicht in der Zukunft liegen.`);
    }
    ctx.db.update(meetings).set({ status: 'INVITED', invitationSentOn, updatedAt: ctx.nowIso() }).where(eq(meetings.id, id)).run();
    const saved = loadMeeting(ctx, id);
    recordAudit(ctx, 'meetings', id, 'UPDATE', meeting, saved);
    return { meeting: saved, noticeWarning: noticeWarning(ctx, saved, invitationSentOn) };
  });
}
