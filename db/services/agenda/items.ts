import { eq } from 'drizzle-orm';
import { agendaItems } from '../../schema';
import type { Context } from '../../core/context';
import { notFound, validationError } from '../../api/errors';
import type { AgendaItemKind } from '../../domain/enums';
import { newId } from '../../domain/ids';
import { recordAudit } from '../audit';
import { assertNotReferenced } from '../references';
import { freeBacklogTopics } from '../meetings/meetings';
import { assertAgendaOpen, loadMeeting, type Meeting } from '../meetings/meetingRecord';
import { agendaItemOf, agendaOf, type AgendaItem, type AgendaItemView } from './agendaView';
import { checkLinks, insertLinks, replaceLinks, type LinkInput } from './links';
import { applyOrder, defaultInsertIndex, itemsInOrder } from './order';
import { resolveProposal, type ProposalRef } from './proposals';

export const AGENDA_ITEM_LABELS = {
  title: 'Thema',
  kind: 'Art',
  presenter: 'Vortrag',
  plannedMinutes: 'Zeit (Minuten)',
  description: 'Beschreibung',
  links: 'Verknüpfungen',
  position: 'Position',
  isPublic: 'Öffentlich',
  itemIds: 'Reihenfolge',
};

export interface ItemFields {
  title: string;
  kind: AgendaItemKind;
  presenter: string | null;
  plannedMinutes: number | null;
  description: string | null;
}

export interface AddItemInput extends ItemFields {
  meetingId: string;
  links: LinkInput[];
  fromProposal?: ProposalRef | null;
  /** TOP number to insert at; by default in front of Verschiedenes/Termine. */
  position?: number | null;
}

function loadItem(ctx: Context, id: string): AgendaItem {
  const item = ctx.db.select().from(agendaItems).where(eq(agendaItems.id, id)).get();
  if (!item) throw notFound('Tagesordnungspunkt');
  return item;
}

/** The item and its meeting, refused once the meeting's agenda is closed. */
function openItem(ctx: Context, id: string): { item: AgendaItem; meeting: Meeting } {
  const item = loadItem(ctx, id);
  const meeting = loadMeeting(ctx, item.meetingId);
  assertAgendaOpen(meeting);
  return { item, meeting };
}

export function addItem(ctx: Context, input: AddItemInput): AgendaItemView {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, input.meetingId);
    assertAgendaOpen(meeting);
    const effect = resolveProposal(ctx, meeting, input.fromProposal);
    const links = checkLinks(ctx, [...effect.links, ...input.links]);
    const items = itemsInOrder(ctx, meeting.id);
    const index = input.position != null ? Math.min(input.position - 1, items.length) : defaultInsertIndex(items);
    const now = ctx.nowIso();
    const item: AgendaItem = {
      id: newId(), meetingId: meeting.id, position: index + 1, title: input.title, description: input.description,
      kind: input.kind, standingItem: null, presenter: input.presenter, plannedMinutes: input.plannedMinutes, status: 'OPEN',
      carriedFromItemId: effect.carriedFrom?.id ?? null, carryCount: effect.carriedFrom ? effect.carriedFrom.carryCount + 1 : 0,
      carryReason: null, minutesText: null, isPublic: true, createdAt: now, updatedAt: now,
    };
    const order = items.map((i) => i.id);
    order.splice(index, 0, item.id);
    applyOrder(ctx, items, order);
    ctx.db.insert(agendaItems).values(item).run();
    recordAudit(ctx, 'agenda_items', item.id, 'CREATE', null, item);
    insertLinks(ctx, item.id, links);
    if (effect.backlogTopicId) {
      ctx.sqlite.prepare('UPDATE backlog_topics SET used_in_agenda_item_id = ?, updated_at = ? WHERE id = ?')
        .run(item.id, now, effect.backlogTopicId);
      recordAudit(ctx, 'backlog_topics', effect.backlogTopicId, 'UPDATE',
        { id: effect.backlogTopicId, usedInAgendaItemId: null }, { id: effect.backlogTopicId, usedInAgendaItemId: item.id });
    }
    return agendaItemOf(ctx, meeting.id, item.id);
  });
}

export interface UpdateItemInput extends ItemFields {
  id: string;
  isPublic: boolean;
  /** Replaces the links when given; omitted leaves them as they are. */
  links?: LinkInput[];
}

export function updateItem(ctx: Context, input: UpdateItemInput): AgendaItemView {
  return ctx.write(() => {
    const { item, meeting } = openItem(ctx, input.id);
    const { id, links, ...values } = input;
    ctx.db.update(agendaItems).set({ ...values, updatedAt: ctx.nowIso() }).where(eq(agendaItems.id, id)).run();
    recordAudit(ctx, 'agenda_items', id, 'UPDATE', item, loadItem(ctx, id));
    if (links) replaceLinks(ctx, id, checkLinks(ctx, links));
    return agendaItemOf(ctx, meeting.id, id);
  });
}

/** Removes an item before the meeting; a noted topic it came from goes back to the backlog. */
export function removeItem(ctx: Context, id: string): AgendaItemView[] {
  return ctx.write(() => {
    const { item, meeting } = openItem(ctx, id);
    assertNotReferenced(ctx, 'agenda_items', id, item.title);
    const before = agendaOf(ctx, meeting.id).find((i) => i.id === id);
    freeBacklogTopics(ctx, id);
    ctx.db.delete(agendaItems).where(eq(agendaItems.id, id)).run();
    recordAudit(ctx, 'agenda_items', id, 'DELETE', before, null);
    const rest = itemsInOrder(ctx, meeting.id);
    applyOrder(ctx, rest, rest.map((i) => i.id));
    return agendaOf(ctx, meeting.id);
  });
}

/** Sets the full order of a meeting's agenda (drag and drop). The list must be exactly the meeting's items. */
export function reorderItems(ctx: Context, meetingId: string, itemIds: readonly string[]): AgendaItemView[] {
  return ctx.write(() => {
    const meeting = loadMeeting(ctx, meetingId);
    assertAgendaOpen(meeting);
    const items = itemsInOrder(ctx, meetingId);
    const own = new Set(items.map((i) => i.id));
    const label = AGENDA_ITEM_LABELS.itemIds;
    if (new Set(itemIds).size !== itemIds.length) {
      throw validationError('itemIds', `${label}: Ein Tagesordnungspunkt ist doppelt aufgeführt.`);
    }
    if (itemIds.some((i) => !own.has(i))) {
      throw validationError('itemIds', `${label}: Enthält einen Punkt, der nicht zu dieser Sitzung gehört.`);
    }
    if (itemIds.length !== items.length) {
      const n = items.length - itemIds.length;
      throw validationError('itemIds', `${label}: Es ${n === 1 ? 'fehlt 1 Tagesordnungspunkt' : `fehlen ${n} Tagesordnungspunkte`} dieser Sitzung.`);
    }
    applyOrder(ctx, items, itemIds);
    return agendaOf(ctx, meetingId);
  });
}

/** Moves an item one place up or down (keyboard reorder); at either end nothing changes. */
export function moveItem(ctx: Context, id: string, direction: 'up' | 'down'): AgendaItemView[] {
  return ctx.write(() => {
    const { meeting } = openItem(ctx, id);
    const order = itemsInOrder(ctx, meeting.id);
    const index = order.findIndex((i) => i.id === id);
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target >= 0 && target < order.length) {
      const ids = order.map((i) => i.id);
      [ids[index], ids[target]] = [ids[target], ids[index]];
      applyOrder(ctx, order, ids);
    }
    return agendaOf(ctx, meeting.id);
  });
}
