import { eq } from 'drizzle-orm';
import { agendaItems, meetings } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { dateOf } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertNotReferenced, assertReferencesExist } from '../references';
import { committeeCrud } from '../committees/committees';
import { standingItemDrafts } from '../agenda/standingItems';
import { itemsInOrder } from '../agenda/order';
import { isAgendaOpen, loadMeeting, type Meeting } from './meetingRecord';
import { germanDate, meetingLabel, stateClause } from './wording';

export const MEETING_LABELS = {
  committeeId: 'Gremium',
  sequenceNo: 'Nummer',
  title: 'Titel',
  startsAt: 'Beginn',
  durationMinutes: 'Dauer (Minuten)',
  location: 'Ort',
  onlineUrl: 'Online-Link',
  isInaugural: 'Konstituierende Sitzung',
  notes: 'Notizen',
  invitationSentOn: 'Einladung versandt am',
  reason: 'Grund',
};

export interface MeetingDetails {
  startsAt: string;
  durationMinutes: number;
  location: string | null;
  onlineUrl: string | null;
  title: string | null;
  isInaugural: boolean;
}

export interface CreateMeetingInput extends MeetingDetails {
  committeeId: string;
  sequenceNo?: number | null;
}

/** Numbers count the meetings that take place; a cancelled "3. Sitzung" leaves its number to the replacement. */
function assertSequenceFree(ctx: Context, committeeId: string, sequenceNo: number, exceptId: string | null): void {
  const clash = ctx.sqlite.prepare(`SELECT 1 FROM meetings WHERE committee_id = ? AND sequence_no = ? AND status <> 'CANCELLED'
    AND id <> coalesce(?, '')`).get(committeeId, sequenceNo, exceptId);
  if (clash) {
    const message = `${MEETING_LABELS.sequenceNo}: Die ${sequenceNo}. Sitzung gibt es in diesem Gremium bereits.`;
    throw new ApiError('CONFLICT', message, [{ field: 'sequenceNo', message }]);
  }
}

/**
 * Minutes wait for approval when an earlier meeting of the committee took place (or will, before this one)
 * and its minutes are not approved yet. The constituent meeting never has minutes to approve.
 */
function needsMinutesApproval(ctx: Context, committeeId: string, startsAt: string, isInaugural: boolean): boolean {
  if (isInaugural) return false;
  return ctx.sqlite.prepare(`SELECT 1 FROM meetings WHERE committee_id = ? AND starts_at < ?
    AND status IN ('PLANNED', 'INVITED', 'HELD') LIMIT 1`).get(committeeId, startsAt) !== undefined;
}

export function createMeeting(ctx: Context, input: CreateMeetingInput): Meeting {
  return ctx.write(() => {
    assertReferencesExist(ctx, 'meetings', { committeeId: input.committeeId }, MEETING_LABELS);
    const committee = committeeCrud.get(ctx, input.committeeId);
    if (committee.status === 'CLOSED') {
      throw new ApiError('CONFLICT', `Das Gremium „${committee.name}“ ist abgeschlossen; es können keine Sitzungen mehr angelegt werden.`);
    }
    const next = ctx.sqlite.prepare(`SELECT coalesce(max(sequence_no), 0) + 1 FROM meetings
      WHERE committee_id = ? AND status <> 'CANCELLED'`).pluck().get(input.committeeId) as number;
    const sequenceNo = input.sequenceNo ?? next;
    assertSequenceFree(ctx, input.committeeId, sequenceNo, null);
    const now = ctx.nowIso();
    const meeting: Meeting = {
      id: newId(), committeeId: input.committeeId, sequenceNo, title: input.title, startsAt: input.startsAt,
      durationMinutes: input.durationMinutes, location: input.location, onlineUrl: input.onlineUrl, status: 'PLANNED',
      invitationSentOn: null, isInaugural: input.isInaugural, quorumReached: null, notes: null, createdAt: now, updatedAt: now,
    };
    const approveMinutes = needsMinutesApproval(ctx, input.committeeId, input.startsAt, input.isInaugural);
    ctx.db.insert(meetings).values(meeting).run();
    recordAudit(ctx, 'meetings', meeting.id, 'CREATE', null, meeting);
    standingItemDrafts({ approveMinutes }).forEach((draft, index) => {
      const item = {
        id: newId(), meetingId: meeting.id, position: index + 1, title: draft.title, description: null, kind: draft.kind,
        standingItem: draft.standingItem, presenter: null, plannedMinutes: draft.plannedMinutes, status: 'OPEN' as const,
        carriedFromItemId: null, carryCount: 0, carryReason: null, minutesText: null, isPublic: true, createdAt: now, updatedAt: now,
      };
      ctx.db.insert(agendaItems).values(item).run();
      recordAudit(ctx, 'agenda_items', item.id, 'CREATE', null, item);
    });
    return loadMeeting(ctx, meeting.id);
  });
}

export interface UpdateMeetingInput extends MeetingDetails {
  id: string;
  sequenceNo: number | null;
  notes: string | null;
}

const DETAIL_FIELDS = ['startsAt', 'durationMinutes', 'location', 'onlineUrl', 'title', 'isInaugural', 'sequenceNo'] as const;

/** Date, place and link are plans; once the meeting is held they are the record and only the notes stay open. */
export function updateMeeting(ctx: Context, input: UpdateMeetingInput): Meeting {
  return ctx.write(() => {
    const existing = loadMeeting(ctx, input.id);
    if (!isAgendaOpen(existing)) {
      const changed = DETAIL_FIELDS.find((f) => input[f] !== existing[f]);
      if (changed) {
        const message = `Die ${meetingLabel(existing)} ${stateClause(existing.status)}; nur die Notizen können noch geändert werden.`;
        throw new ApiError('CONFLICT', message, [{ field: changed, message }]);
      }
    }
    if (input.sequenceNo != null && input.sequenceNo !== existing.sequenceNo) {
      assertSequenceFree(ctx, existing.committeeId, input.sequenceNo, existing.id);
    }
    const { id, ...values } = input;
    ctx.db.update(meetings).set({ ...values, updatedAt: ctx.nowIso() }).where(eq(meetings.id, id)).run();
    const saved = loadMeeting(ctx, id);
    recordAudit(ctx, 'meetings', id, 'UPDATE', existing, saved);
    return saved;
  });
}

/** Only a meeting that has not happened and holds no decision can disappear; its agenda goes with it. */
export function deleteMeeting(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, id);
    if (!isAgendaOpen(meeting)) {
      throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} ${stateClause(meeting.status)} und kann nicht gelöscht werden.`);
    }
    assertNotReferenced(ctx, 'meetings', id, meetingLabel(meeting));
    // A topic already taken over into another meeting keeps its origin (and so this meeting) alive.
    const taken = ctx.sqlite.prepare(`SELECT s.title FROM agenda_items s JOIN agenda_items o ON o.id = s.carried_from_item_id
      WHERE o.meeting_id = ? LIMIT 1`).pluck().get(id) as string | undefined;
    if (taken !== undefined) {
      throw new ApiError('REFERENCED',
        `Die ${meetingLabel(meeting)} kann nicht gelöscht werden: „${taken}“ wurde bereits in eine andere Sitzung übernommen.`);
    }
    const items = itemsInOrder(ctx, id);
    for (const item of items) {
      ctx.sqlite.prepare('UPDATE meeting_attendance SET arrived_before_item_id = NULL WHERE arrived_before_item_id = ?').run(item.id);
      ctx.sqlite.prepare('UPDATE meeting_attendance SET left_after_item_id = NULL WHERE left_after_item_id = ?').run(item.id);
      freeBacklogTopics(ctx, item.id);
      ctx.db.delete(agendaItems).where(eq(agendaItems.id, item.id)).run();
      recordAudit(ctx, 'agenda_items', item.id, 'DELETE', item, null);
    }
    ctx.db.delete(meetings).where(eq(meetings.id, id)).run();
    recordAudit(ctx, 'meetings', id, 'DELETE', meeting, null);
    return { id };
  });
}

/** A topic noted for "the next meeting" returns to the backlog when its agenda item goes away. */
export function freeBacklogTopics(ctx: Context, agendaItemId: string): void {
  const topics = ctx.sqlite.prepare(`SELECT id, used_in_agenda_item_id AS usedInAgendaItemId FROM backlog_topics
    WHERE used_in_agenda_item_id = ?`).all(agendaItemId) as Array<{ id: string; usedInAgendaItemId: string }>;
  for (const topic of topics) {
    ctx.sqlite.prepare('UPDATE backlog_topics SET used_in_agenda_item_id = NULL, updated_at = ? WHERE id = ?').run(ctx.nowIso(), topic.id);
    recordAudit(ctx, 'backlog_topics', topic.id, 'UPDATE', topic, { id: topic.id, usedInAgendaItemId: null });
  }
}

/**
 * Calls a meeting off. Its open topics are marked carried over with the reason, so the agenda builder offers them
 * for the next meeting instead of letting them vanish with the cancelled one.
 */
export function cancelMeeting(ctx: Context, id: string, reason: string): Meeting {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, id);
    if (meeting.status === 'CANCELLED') throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} wurde bereits abgesagt.`);
    if (!isAgendaOpen(meeting)) {
      throw new ApiError('CONFLICT', `Die ${meetingLabel(meeting)} ${stateClause(meeting.status)} und kann nicht mehr abgesagt werden.`);
    }
    const now = ctx.nowIso();
    const carryReason = `Sitzung am ${germanDate(dateOf(meeting.startsAt))} abgesagt: ${reason}`;
    for (const item of itemsInOrder(ctx, id)) {
      if (item.standingItem || item.status !== 'OPEN') continue;
      ctx.db.update(agendaItems).set({ status: 'CARRIED_OVER', carryReason, updatedAt: now }).where(eq(agendaItems.id, item.id)).run();
      recordAudit(ctx, 'agenda_items', item.id, 'UPDATE', item, { ...item, status: 'CARRIED_OVER', carryReason, updatedAt: now });
    }
    const notes = [meeting.notes, `Abgesagt: ${reason}`].filter(Boolean).join('\n');
    ctx.db.update(meetings).set({ status: 'CANCELLED', notes, updatedAt: now }).where(eq(meetings.id, id)).run();
    const saved = loadMeeting(ctx, id);
    recordAudit(ctx, 'meetings', id, 'UPDATE', meeting, saved);
    return saved;
  });
}

export function assertInvitationNotAfterMeeting(meeting: Meeting, invitationSentOn: string): void {
  const day = dateOf(meeting.startsAt);
  if (invitationSentOn > day) {
    throw validationError('invitationSentOn',
      `${MEETING_LABELS.invitationSentOn}: Darf nicht nach dem Sitzungstag (${germanDate(day)}) liegen.`);
  }
}
