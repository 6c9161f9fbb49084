import { asc, like } from 'drizzle-orm';
import { events } from '../../schema';
import type { Context } from '../../core/context';
import { validationError } from '../../api/errors';
import type { BudgetLine, EventKind } from '../../domain/enums';
import { formatDate } from '../../domain/format';
import { LABELS } from '../../domain/labels';
import { crud } from '../crud';

export type KimEvent = typeof events.$inferSelect;

export const EVENT_LABELS = {
  heldOn: 'Datum',
  kind: 'Art',
  title: 'Titel',
  audience: 'Zielgruppe',
  participants: 'Teilnehmende',
  costCents: 'Kosten',
  budgetLine: 'Budgetlinie',
  note: 'Notiz',
};
const L = EVENT_LABELS;

export interface EventInput {
  heldOn: string;
  kind: EventKind;
  title: string;
  audience: string | null;
  participants: number | null;
  costCents: number | null;
  budgetLine: BudgetLine | null;
  note: string | null;
}

const eventCrud = crud<KimEvent>({
  table: events,
  displayName: (row) => `${row.title} (${formatDate(String(row.heldOn))})`,
  labels: L,
  check(_ctx, next) {
    const row = next as unknown as KimEvent;
    // Costs without a line could not be matched against the plan; "Sonstiges" is there for other sources.
    if ((row.costCents ?? 0) > 0 && !row.budgetLine) {
      throw validationError('budgetLine', `${L.budgetLine}: Bitte angeben, aus welcher Budgetlinie die Kosten stammen (sonst „${LABELS.budgetLine.OTHER}“).`);
    }
  },
});

export const getEvent = (ctx: Context, id: string) => eventCrud.get(ctx, id);
export const createEvent = (ctx: Context, input: EventInput) => eventCrud.create(ctx, { ...input });
export const updateEvent = (ctx: Context, id: string, input: EventInput) => eventCrud.update(ctx, id, { ...input });
/** Refused while expenses point at the event; the message says how many. */
export const deleteEvent = (ctx: Context, id: string) => eventCrud.remove(ctx, id);

export interface EventRow extends KimEvent {
  kindLabel: string;
  budgetLineLabel: string | null;
  /** What was booked as expenses for the event. */
  expensesCents: number;
}

export function listEvents(ctx: Context, year?: number | null): EventRow[] {
  const booked = new Map((ctx.sqlite.prepare(`SELECT event_id AS id, sum(amount_cents) AS cents FROM expenses
    WHERE event_id IS NOT NULL GROUP BY event_id`).all() as Array<{ id: string; cents: number }>).map((r) => [r.id, r.cents]));
  const query = ctx.db.select().from(events);
  const rows = (year ? query.where(like(events.heldOn, `${year}-%`)) : query).orderBy(asc(events.heldOn), asc(events.title), asc(events.id)).all();
  return rows.map((e) => ({
    ...e,
    kindLabel: LABELS.eventKind[e.kind],
    budgetLineLabel: e.budgetLine ? LABELS.budgetLine[e.budgetLine] : null,
    expensesCents: booked.get(e.id) ?? 0,
  }));
}
