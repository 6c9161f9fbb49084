import { agendaItems } from '../../schema';
import type { Context } from '../../core/context';
import type { LinkTargetType } from './links';

export type AgendaItem = typeof agendaItems.$inferSelect;

export interface AgendaLink {
  id: string;
  targetType: LinkTargetType;
  targetId: string;
  /** The linked record's current title; null if it was deleted meanwhile. */
  title: string | null;
}

export interface AgendaItemView extends AgendaItem {
  /** "TOP 3": numbered by position, so the number follows every reorder. */
  number: string;
  links: AgendaLink[];
  decisionCount: number;
}

const ITEM_COLUMNS = `a.id, a.meeting_id AS meetingId, a.position, a.title, a.description, a.kind, a.standing_item AS standingItem,
  a.presenter, a.planned_minutes AS plannedMinutes, a.status, a.carried_from_item_id AS carriedFromItemId,
  a.carry_count AS carryCount, a.carry_reason AS carryReason, a.minutes_text AS minutesText, a.is_public AS isPublic,
  a.created_at AS createdAt, a.updated_at AS updatedAt`;

type RawItem = Omit<AgendaItem, 'isPublic'> & { isPublic: number; decisionCount: number };

const shorten = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The items of a meeting in agenda order, each with its links resolved to readable titles. */
export function agendaOf(ctx: Context, meetingId: string): AgendaItemView[] {
  const items = ctx.sqlite.prepare(`SELECT ${ITEM_COLUMNS},
      (SELECT count(*) FROM decisions d WHERE d.agenda_item_id = a.id) AS decisionCount
    FROM agenda_items a WHERE a.meeting_id = ? ORDER BY a.position, a.created_at`).all(meetingId) as RawItem[];
  const links = ctx.sqlite.prepare(`
    SELECT l.id, l.agenda_item_id AS itemId, l.target_type AS targetType, l.target_id AS targetId,
      CASE l.target_type
        WHEN 'THEME' THEN (SELECT title FROM themes WHERE id = l.target_id)
        WHEN 'MEASURE' THEN (SELECT title FROM measures WHERE id = l.target_id)
        WHEN 'DOCUMENT' THEN (SELECT title FROM documents WHERE id = l.target_id)
        WHEN 'COMMITTEE' THEN (SELECT name FROM committees WHERE id = l.target_id)
        WHEN 'DECISION' THEN (SELECT coalesce('Beschluss ' || number || ': ', 'Beschluss: ') || text FROM decisions WHERE id = l.target_id)
        WHEN 'REPORT_DUE' THEN (SELECT 'Bericht ' || c.name || coalesce(' – ' || r.topic, '') FROM committee_report_dues r
          JOIN committees c ON c.id = r.committee_id WHERE r.id = l.target_id)
        WHEN 'BACKLOG_TOPIC' THEN (SELECT title FROM backlog_topics WHERE id = l.target_id)
      END AS title
    FROM agenda_item_links l JOIN agenda_items a ON a.id = l.agenda_item_id
    WHERE a.meeting_id = ? ORDER BY l.created_at, l.id`).all(meetingId) as Array<AgendaLink & { itemId: string }>;
  const byItem = new Map<string, AgendaLink[]>();
  for (const { itemId, ...link } of links) {
    const list = byItem.get(itemId) ?? [];
    list.push({ ...link, title: link.title == null ? null : shorten(link.title) });
    byItem.set(itemId, list);
  }
  return items.map((item, index) => ({
    ...item,
    isPublic: item.isPublic === 1,
    number: `TOP ${index + 1}`,
    links: byItem.get(item.id) ?? [],
  }));
}

export function agendaItemOf(ctx: Context, meetingId: string, itemId: string): AgendaItemView {
  return agendaOf(ctx, meetingId).find((i) => i.id === itemId)!;
}
