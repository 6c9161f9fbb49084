import type { OutputOf } from '../../../../db/api/contract';
import { formatCents } from '../../../format/money';
import { formatFte } from '../../../format/fte';

export type PlanLine = OutputOf<'funding.plan'>['lines'][number];

const monthsNote = (months: number) => (months < 12 ? ` (Stellen in ${months} von 12 Monaten)` : '');

/**
 * Why a line's computed amount is what it is, in the words of the guideline: the funded FTE of the year (average over
 * twelve months under the pro-rata rule) times the rate, the lump sum for the months with a post, or the yearly cap.
 */
export function explainPlanLine(line: PlanLine): string {
  if (line.unit == null || line.rateCents == null) return 'Kein Fördersatz: nur ein eigener Ansatz ist möglich.';
  const rate = formatCents(line.rateCents);
  const fte = formatFte(line.fundedFte ?? 0);
  switch (line.unit) {
    case 'PER_FTE':
      if (line.months === 0) return `Keine Stelle im Jahr; Fördersatz ${rate} je VZÄ.`;
      return `${fte} VZÄ × ${rate} je VZÄ${monthsNote(line.months)}`;
    case 'PER_HALF_POST':
      if (line.months === 0) return `Keine Stelle im Jahr; Fördersatz ${rate} je halbe Stelle.`;
      return `${fte} VZÄ ÷ 0,5 × ${rate} je halbe Stelle${monthsNote(line.months)}`;
    case 'PER_YEAR':
      if (line.months === 0) return `Keine Stelle im Jahr; Pauschale ${rate} je Jahr.`;
      return line.months < 12 ? `${rate} pauschal × ${line.months}/12 Monate mit Stelle` : `${rate} pauschal je Jahr`;
    case 'CAP_PER_YEAR':
      return `Geplant in Höhe der Obergrenze von ${rate} je Jahr`;
  }
}

/** Whether the office's own amount replaces the computed one, said in a few words for the table. */
export function planSource(line: PlanLine): string {
  return line.overrideCents == null ? 'berechnet' : 'eigener Ansatz';
}
