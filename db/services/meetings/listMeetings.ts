import type { Context } from '../../core/context';
import type { MeetingStatus } from '../../domain/enums';

export interface MeetingListRow {
  id: string;
  committeeId: string;
  committeeName: string;
  sequenceNo: number | null;
  title: string | null;
  startsAt: string;
  status: MeetingStatus;
  location: string | null;
  agendaItemCount: number;
  decisionCount: number;
}

export function listMeetings(ctx: Context, filter: { committeeId?: string | null } = {}): MeetingListRow[] {
  return ctx.sqlite.prepare(`
    SELECT m.id, m.committee_id AS committeeId, c.name AS committeeName, m.sequence_no AS sequenceNo, m.title,
      m.starts_at AS startsAt, m.status, m.location,
      (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id) AS agendaItemCount,
      (SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id) AS decisionCount
    FROM meetings m JOIN committees c ON c.id = m.committee_id
    WHERE (@committeeId IS NULL OR m.committee_id = @committeeId)
    ORDER BY m.starts_at DESC
  `).all({ committeeId: filter.committeeId ?? null }) as MeetingListRow[];
}
