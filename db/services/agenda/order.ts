import { eq } from 'drizzle-orm';
import { agendaItems } from '../../schema';
import type { Context } from '../../core/context';
import type { StandingItem } from '../../domain/enums';
import { recordAudit } from '../audit';
import { CLOSING_STANDING_ITEMS } from './standingItems';
import type { AgendaItem } from './agendaView';

/**
 * Where a new item goes by default: in front of the closing block (Verschiedenes, Termine) at the end of the
 * agenda. If the closing items were removed or moved up, the new item is simply appended.
 */
export function defaultInsertIndex(items: ReadonlyArray<{ standingItem: StandingItem | null }>): number {
  let index = items.length;
  while (index > 0 && items[index - 1].standingItem && CLOSING_STANDING_ITEMS.has(items[index - 1].standingItem!)) index--;
  return index;
}

export function itemsInOrder(ctx: Context, meetingId: string): AgendaItem[] {
  return ctx.db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId))
    .orderBy(agendaItems.position, agendaItems.createdAt).all();
}

/** Gives `items` the positions 1..n in the order of `orderedIds`, writing and auditing only items that moved. */
export function applyOrder(ctx: Context, items: readonly AgendaItem[], orderedIds: readonly string[]): void {
  const byId = new Map(items.map((i) => [i.id, i]));
  const now = ctx.nowIso();
  orderedIds.forEach((id, index) => {
    const item = byId.get(id);
    if (!item || item.position === index + 1) return;
    ctx.db.update(agendaItems).set({ position: index + 1, updatedAt: now }).where(eq(agendaItems.id, id)).run();
    recordAudit(ctx, 'agenda_items', id, 'UPDATE', { position: item.position }, { position: index + 1 });
  });
}
