import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { loadMeeting } from '../meetings/meetingRecord';
import { assertMeetingInSession, assertNotLocked } from '../minutes/locks';
import { itemNumber } from './assess';
import { loadAgendaItem, setItemStatus, type AgendaItem } from './writeDecision';

const WHAT = 'Tagesordnungspunkte';

/**
 * Marks an item as not dealt with and carried to a later meeting, with the reason; the agenda builder then
 * proposes it for the next meeting with how often it was carried. Items with a decision were dealt with.
 */
export function carryOver(ctx: Context, itemId: string, reason: string): AgendaItem {
  return ctx.write(() => {
    const item = loadAgendaItem(ctx, itemId);
    const meeting = loadMeeting(ctx, item.meetingId);
    assertMeetingInSession(ctx, meeting, WHAT);
    const decided = ctx.sqlite.prepare('SELECT count(*) AS n FROM decisions WHERE agenda_item_id = ?').get(itemId) as { n: number };
    if (decided.n > 0) {
      throw new ApiError('CONFLICT',
        `${itemNumber(ctx, meeting.id, item.id)} „${item.title}“ hat bereits einen Beschluss und kann nicht vertagt werden.`);
    }
    setItemStatus(ctx, item, 'CARRIED_OVER', reason);
    return loadAgendaItem(ctx, itemId);
  });
}

/** Takes a carry-over back (a slip in the meeting), unless a later meeting already took the item up. */
export function undoCarryOver(ctx: Context, itemId: string): AgendaItem {
  return ctx.write(() => {
    const item = loadAgendaItem(ctx, itemId);
    const meeting = loadMeeting(ctx, item.meetingId);
    assertNotLocked(ctx, meeting, WHAT);
    if (item.status !== 'CARRIED_OVER') {
      throw new ApiError('CONFLICT', `${itemNumber(ctx, meeting.id, item.id)} „${item.title}“ ist nicht vertagt.`);
    }
    if (ctx.sqlite.prepare('SELECT 1 FROM agenda_items WHERE carried_from_item_id = ?').get(itemId)) {
      throw new ApiError('CONFLICT',
        `„${item.title}“ steht bereits auf der Tagesordnung einer späteren Sitzung; die Vertagung kann nicht zurückgenommen werden.`);
    }
    setItemStatus(ctx, item, 'OPEN', null);
    return loadAgendaItem(ctx, itemId);
  });
}
