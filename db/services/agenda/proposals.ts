import type { Context } from '../../core/context';
import { ApiError, validationError } from '../../api/errors';
import { meetingLabel } from '../meetings/wording';
import type { Meeting } from '../meetings/meetingRecord';
import type { ProposalSource } from './backlog';
import type { LinkInput, LinkTargetType } from './links';

export interface ProposalRef {
  source: ProposalSource;
  refId: string;
}

/** What taking up a proposal adds to the new agenda item. */
export interface ProposalEffect {
  carriedFrom: { id: string; carryCount: number } | null;
  backlogTopicId: string | null;
  links: LinkInput[];
}

const LINK_OF: Partial<Record<ProposalSource, { type: LinkTargetType; table: string }>> = {
  THEME: { type: 'THEME', table: 'themes' },
  REPORT_DUE: { type: 'REPORT_DUE', table: 'committee_report_dues' },
  TASK_DUE: { type: 'DECISION', table: 'decisions' },
};

const missing = () => validationError('fromProposal.refId', 'Vorschlag: Der gewählte Eintrag existiert nicht (mehr).');

function alreadyOnAgenda(title: string, position: number): ApiError {
  return new ApiError('CONFLICT', `„${title}“ steht bereits auf der Tagesordnung (TOP ${position}).`);
}

function itemPosition(ctx: Context, meetingId: string, itemId: string): number {
  return ctx.sqlite.prepare(`SELECT count(*) FROM agenda_items o JOIN agenda_items i ON i.id = @itemId
    WHERE o.meeting_id = @meetingId AND (o.position < i.position OR (o.position = i.position AND o.created_at <= i.created_at))`)
    .pluck().get({ meetingId, itemId }) as number;
}

function carriedOver(ctx: Context, meeting: Meeting, refId: string): ProposalEffect {
  const item = ctx.sqlite.prepare(`SELECT a.id, a.title, a.status, a.carry_count AS carryCount,
      m.committee_id AS committeeId, m.starts_at AS startsAt
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.id = ?`).get(refId) as
    { id: string; title: string; status: string; carryCount: number; committeeId: string; startsAt: string } | undefined;
  if (!item || item.committeeId !== meeting.committeeId || item.startsAt >= meeting.startsAt) throw missing();
  if (item.status !== 'CARRIED_OVER') {
    throw new ApiError('CONFLICT', `„${item.title}“ wurde nicht vertagt und kann nicht als vertagter Punkt übernommen werden.`);
  }
  const successor = ctx.sqlite.prepare(`SELECT m.id, m.sequence_no AS sequenceNo, m.title, m.starts_at AS startsAt, s.id AS itemId
    FROM agenda_items s JOIN meetings m ON m.id = s.meeting_id WHERE s.carried_from_item_id = ?`).get(refId) as
    { id: string; sequenceNo: number | null; title: string | null; startsAt: string; itemId: string } | undefined;
  if (successor?.id === meeting.id) throw alreadyOnAgenda(item.title, itemPosition(ctx, meeting.id, successor.itemId));
  if (successor) throw new ApiError('CONFLICT', `„${item.title}“ wurde bereits in die ${meetingLabel(successor)} übernommen.`);
  // The topic keeps what it was about: themes, measures and documents travel with it.
  const links = ctx.sqlite.prepare(`SELECT target_type AS targetType, target_id AS targetId FROM agenda_item_links
    WHERE agenda_item_id = ? ORDER BY created_at, id`).all(refId) as LinkInput[];
  return { carriedFrom: { id: item.id, carryCount: item.carryCount }, backlogTopicId: null, links };
}

function backlogTopic(ctx: Context, meeting: Meeting, refId: string): ProposalEffect {
  const topic = ctx.sqlite.prepare(`SELECT b.title, b.committee_id AS committeeId, a.id AS itemId, a.meeting_id AS meetingId,
      m.sequence_no AS sequenceNo, m.title AS meetingTitle, m.starts_at AS startsAt
    FROM backlog_topics b LEFT JOIN agenda_items a ON a.id = b.used_in_agenda_item_id LEFT JOIN meetings m ON m.id = a.meeting_id
    WHERE b.id = ?`).get(refId) as
    { title: string; committeeId: string; itemId: string | null; meetingId: string | null; sequenceNo: number | null; meetingTitle: string | null; startsAt: string } | undefined;
  if (!topic || topic.committeeId !== meeting.committeeId) throw missing();
  if (topic.meetingId === meeting.id) throw alreadyOnAgenda(topic.title, itemPosition(ctx, meeting.id, topic.itemId!));
  if (topic.meetingId) {
    const used = meetingLabel({ sequenceNo: topic.sequenceNo, title: topic.meetingTitle, startsAt: topic.startsAt });
    throw new ApiError('CONFLICT', `„${topic.title}“ steht bereits auf der Tagesordnung der ${used}.`);
  }
  return { carriedFrom: null, backlogTopicId: refId, links: [] };
}

function linked(ctx: Context, meeting: Meeting, source: ProposalSource, refId: string): ProposalEffect {
  const { type, table } = LINK_OF[source]!;
  if (!ctx.sqlite.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(refId)) throw missing();
  const existing = ctx.sqlite.prepare(`SELECT a.id, a.title FROM agenda_item_links l JOIN agenda_items a ON a.id = l.agenda_item_id
    WHERE a.meeting_id = ? AND l.target_type = ? AND l.target_id = ? LIMIT 1`).get(meeting.id, type, refId) as
    { id: string; title: string } | undefined;
  if (existing) throw alreadyOnAgenda(existing.title, itemPosition(ctx, meeting.id, existing.id));
  return { carriedFrom: null, backlogTopicId: null, links: [{ targetType: type, targetId: refId }] };
}

/** Checks that a proposal can be taken onto this meeting's agenda and says what it brings along. */
export function resolveProposal(ctx: Context, meeting: Meeting, ref: ProposalRef | null | undefined): ProposalEffect {
  if (!ref) return { carriedFrom: null, backlogTopicId: null, links: [] };
  if (ref.source === 'CARRIED_OVER') return carriedOver(ctx, meeting, ref.refId);
  if (ref.source === 'BACKLOG_TOPIC') return backlogTopic(ctx, meeting, ref.refId);
  return linked(ctx, meeting, ref.source, ref.refId);
}
