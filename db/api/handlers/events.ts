import { z } from 'zod';
import { choice, date, id, idInput, input, int, longText, optionalCents, optionalChoice, optionalInt, optionalText, text } from '../fields';
import { method } from '../define';
import { BUDGET_LINES, EVENT_KINDS } from '../../domain/enums';
import { createEvent, deleteEvent, EVENT_LABELS as L, getEvent, listEvents, updateEvent } from '../../services/events/events';
import { eventSummary } from '../../services/events/summary';

const fields = {
  heldOn: date(L.heldOn),
  kind: choice(L.kind, EVENT_KINDS),
  title: text(L.title, 300),
  audience: optionalText(L.audience, 300),
  participants: optionalInt(L.participants, 0, 100_000),
  costCents: optionalCents(L.costCents),
  budgetLine: optionalChoice(L.budgetLine, BUDGET_LINES),
  note: longText(L.note, 2000),
};

/** Events, trainings and public relations with their cost and budget line. */
export const eventMethods = {
  'events.list': method({
    input: z.strictObject({ year: optionalInt('Jahr', 2000, 2100) }).optional(),
    run: (ctx, filter) => listEvents(ctx, filter?.year),
  }),
  'events.get': method({ input: idInput(), run: (ctx, { id: key }) => getEvent(ctx, key) }),
  'events.create': method({ input: input(fields), writes: ['events'], run: (ctx, values) => createEvent(ctx, values) }),
  'events.update': method({
    input: input({ id: id(), ...fields }),
    writes: ['events'],
    run: (ctx, { id: key, ...values }) => updateEvent(ctx, key, values),
  }),
  'events.delete': method({ input: idInput(), writes: ['events'], run: (ctx, { id: key }) => deleteEvent(ctx, key) }),
  'events.summary': method({
    input: input({ year: int('Jahr', 2000, 2100) }),
    run: (ctx, { year }) => eventSummary(ctx, year),
  }),
};
