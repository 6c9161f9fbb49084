import type { OutputOf } from '../../../../db/api/contract';
import { formatCents } from '../../../format/money';
import { formatNumber } from '../../../format/number';

type Summary = OutputOf<'events.summary'>;

export interface SummaryLine {
  label: string;
  count: number;
  /** Participants in German notation, with a remark when some events were not counted. */
  participants: string;
  costCents: number;
}

function line(label: string, s: { count: number; participants: number; withoutParticipants: number; costCents: number }): SummaryLine {
  const uncounted = s.withoutParticipants > 0 ? ` (${formatNumber(s.withoutParticipants, 0)} ohne Zählung)` : '';
  return { label, count: s.count, participants: `${formatNumber(s.participants, 0)}${uncounted}`, costCents: s.costCents };
}

/** The summary table's rows: one per kind, the total, and a sentence on the events line against its cap. */
export function summaryRows(summary: Summary): { rows: SummaryLine[]; total: SummaryLine; lineText: string } {
  const { capCents, costCents, remainingCents } = summary.eventsLine;
  const lineText = capCents == null
    ? `Veranstaltungsformate (B1): ${formatCents(costCents)} verbucht; für ${summary.year} ist keine Obergrenze hinterlegt.`
    : `Veranstaltungsformate (B1): ${formatCents(costCents)} von höchstens ${formatCents(capCents)}`
      + (remainingCents! >= 0 ? `, es bleiben ${formatCents(remainingCents)}.` : `, ${formatCents(-remainingCents!)} über der Obergrenze.`);
  return {
    rows: summary.byKind.map((k) => line(k.label, k)),
    total: line('Summe', summary.total),
    lineText,
  };
}
