import type { Context } from '../../core/context';
import { EVENT_KINDS, type EventKind } from '../../domain/enums';
import { formatEuro } from '../../domain/format';
import { LABELS } from '../../domain/labels';
import { capOf } from '../funding/rates';
import { listEvents } from './events';

export interface EventKindSummary {
  kind: EventKind;
  label: string;
  count: number;
  /** Sum of the participants where they were counted. */
  participants: number;
  /** Events whose participants were not counted (press work, for instance). */
  withoutParticipants: number;
  costCents: number;
}

export interface EventSummary {
  year: number;
  byKind: EventKindSummary[];
  total: Omit<EventKindSummary, 'kind' | 'label'>;
  /** The events line (B1): what the events cost against the year's cap. */
  eventsLine: { capCents: number | null; costCents: number; remainingCents: number | null };
  warnings: string[];
}

function summarise(rows: ReturnType<typeof listEvents>) {
  return {
    count: rows.length,
    participants: rows.reduce((s, e) => s + (e.participants ?? 0), 0),
    withoutParticipants: rows.filter((e) => e.participants == null).length,
    costCents: rows.reduce((s, e) => s + (e.costCents ?? 0), 0),
  };
}

/** Events, trainings and public relations of a year by kind, and the events line against its cap. */
export function eventSummary(ctx: Context, year: number): EventSummary {
  const rows = listEvents(ctx, year);
  const byKind = EVENT_KINDS.map((kind) => ({ kind, label: LABELS.eventKind[kind], ...summarise(rows.filter((e) => e.kind === kind)) }));
  const capCents = capOf(ctx, year, 'B1_EVENTS');
  const costCents = rows.filter((e) => e.budgetLine === 'B1_EVENTS').reduce((s, e) => s + (e.costCents ?? 0), 0);
  const warnings = capCents != null && costCents > capCents
    ? [`${LABELS.budgetLine.B1_EVENTS} ${year}: Die Veranstaltungen kosten zusammen ${formatEuro(costCents)}; die Obergrenze liegt bei ${formatEuro(capCents)}.`]
    : [];
  return {
    year,
    byKind,
    total: summarise(rows),
    eventsLine: { capCents, costCents, remainingCents: capCents == null ? null : capCents - costCents },
    warnings,
  };
}
