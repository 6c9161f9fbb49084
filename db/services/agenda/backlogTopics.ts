import { backlogTopics } from '../../schema';
import type { Context } from '../../core/context';
import { ApiError } from '../../api/errors';
import { crud } from '../crud';
import { meetingLabel } from '../meetings/wording';

export type BacklogTopic = typeof backlogTopics.$inferSelect;

export const BACKLOG_TOPIC_LABELS = {
  committeeId: 'Gremium',
  title: 'Thema',
  note: 'Notiz',
  proposedBy: 'Vorgemerkt von',
};

export const backlogTopicCrud = crud<BacklogTopic>({
  table: backlogTopics,
  displayName: (row) => String(row.title),
  labels: BACKLOG_TOPIC_LABELS,
});

export interface BacklogTopicRow extends BacklogTopic {
  usedInMeetingId: string | null;
  /** "3. Sitzung am 12.03.2025" when the topic is on an agenda. */
  usedInMeetingLabel: string | null;
}

/** Open topics first (oldest first, as noted), then those already taken onto an agenda. */
export function listBacklogTopics(ctx: Context, committeeId: string): BacklogTopicRow[] {
  const rows = ctx.sqlite.prepare(`
    SELECT b.id, b.committee_id AS committeeId, b.title, b.note, b.proposed_by AS proposedBy,
      b.used_in_agenda_item_id AS usedInAgendaItemId, b.created_at AS createdAt, b.updated_at AS updatedAt,
      m.id AS usedInMeetingId, m.sequence_no AS sequenceNo, m.title AS meetingTitle, m.starts_at AS startsAt
    FROM backlog_topics b
    LEFT JOIN agenda_items a ON a.id = b.used_in_agenda_item_id
    LEFT JOIN meetings m ON m.id = a.meeting_id
    WHERE b.committee_id = ?
    ORDER BY b.used_in_agenda_item_id IS NOT NULL, b.created_at, b.id
  `).all(committeeId) as Array<BacklogTopic & { usedInMeetingId: string | null; sequenceNo: number | null; meetingTitle: string | null; startsAt: string | null }>;
  return rows.map(({ sequenceNo, meetingTitle, startsAt, ...row }) => ({
    ...row,
    usedInMeetingLabel: startsAt ? meetingLabel({ sequenceNo, title: meetingTitle, startsAt }) : null,
  }));
}

/** A topic on an agenda stays until its item is removed: deleting it would hide where the item came from. */
export function deleteBacklogTopic(ctx: Context, id: string): { id: string } {
  return ctx.write(() => {
    const used = listBacklogTopics(ctx, backlogTopicCrud.get(ctx, id).committeeId).find((t) => t.id === id);
    if (used?.usedInMeetingLabel) {
      throw new ApiError('CONFLICT',
        `„${used.title}“ steht auf der Tagesordnung der ${used.usedInMeetingLabel}; bitte zuerst den Tagesordnungspunkt entfernen.`);
    }
    return backlogTopicCrud.remove(ctx, id);
  });
}
