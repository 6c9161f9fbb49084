import { eq } from 'drizzle-orm';
import { meetings } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { recordAudit } from '../audit';
import { loadMeeting, type Meeting } from '../meetings/meetingRecord';
import { meetingLabel, statusLabel } from '../meetings/wording';
import { assertNotInFuture } from '../minutes/locks';
import type { QuorumResult } from './quorum';
import { meetingQuorum } from './seats';

export interface HeldMeeting {
  meeting: Meeting;
  quorum: QuorumResult;
}

/**
 * Marks a meeting as held and stores the opening quorum with it. Attendance comes first: a quorum computed from an
 * empty list would record "not quorate" for a meeting that simply was not entered yet.
 */
export function markHeld(ctx: Context, id: string): HeldMeeting {
  return ctx.write(() => {
    const before = loadMeeting(ctx, id);
    if (before.status !== 'PLANNED' && before.status !== 'INVITED') {
      throw new ApiError('CONFLICT', `Die ${meetingLabel(before)} ist bereits ${statusLabel(before.status)}.`);
    }
    assertNotInFuture(ctx, before, 'Sitzungsergebnisse');
    const recorded = ctx.sqlite.prepare('SELECT count(*) AS n FROM meeting_attendance WHERE meeting_id = ? AND membership_id IS NOT NULL')
      .get(id) as { n: number };
    if (recorded.n === 0) {
      throw new ApiError('CONFLICT', `Für die ${meetingLabel(before)} ist noch keine Anwesenheit erfasst. Bitte zuerst die Anwesenheit eintragen.`);
    }
    const quorum = meetingQuorum(ctx, before).opening;
    const updatedAt = ctx.nowIso();
    ctx.db.update(meetings).set({ status: 'HELD', quorumReached: quorum.reached, updatedAt }).where(eq(meetings.id, id)).run();
    const meeting = loadMeeting(ctx, id);
    recordAudit(ctx, 'meetings', id, 'UPDATE', before, meeting);
    return { meeting, quorum };
  });
}
