import type { Context } from '../../core/context';
import { berlinToday } from '../../domain/clock';
import type { CommitteeKind, CommitteeStatus } from '../../domain/enums';

export interface CommitteeListRow {
  id: string;
  kind: CommitteeKind;
  name: string;
  shortName: string | null;
  status: CommitteeStatus;
  memberCount: number;
  meetingCount: number;
  lastMeetingOn: string | null;
  nextMeetingOn: string | null;
}

export function listCommittees(ctx: Context, filter: { kind?: CommitteeKind | null } = {}): CommitteeListRow[] {
  const today = berlinToday(ctx.clock);
  // Members count as current when their seat has no end date or ends today or later.
  return ctx.sqlite.prepare(`
    SELECT c.id, c.kind, c.name, c.short_name AS shortName, c.status,
      (SELECT count(*) FROM committee_memberships m WHERE m.committee_id = c.id
         AND (m.valid_to IS NULL OR m.valid_to >= @today)) AS memberCount,
      (SELECT count(*) FROM meetings mt WHERE mt.committee_id = c.id AND mt.status <> 'CANCELLED') AS meetingCount,
      (SELECT max(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id
         AND substr(mt.starts_at, 1, 10) < @today AND mt.status <> 'CANCELLED') AS lastMeetingOn,
      (SELECT min(substr(mt.starts_at, 1, 10)) FROM meetings mt WHERE mt.committee_id = c.id
         AND substr(mt.starts_at, 1, 10) >= @today AND mt.status <> 'CANCELLED') AS nextMeetingOn
    FROM committees c
    WHERE (@kind IS NULL OR c.kind = @kind)
    ORDER BY CASE c.kind WHEN 'STEERING_GROUP' THEN 0 ELSE 1 END, c.name
  `).all({ today, kind: filter.kind ?? null }) as CommitteeListRow[];
}
