import { formatDate } from '../../../format/date';

export const CATEGORY_ORDER = ['INTERNAL', 'EXTERNAL', 'WELFARE', 'MUNICIPALITY'] as const;
const ROMAN = ['I', 'II', 'III', 'IV'];

export interface RosterGroup<Row> {
  key: string;
  heading: string;
  rows: Row[];
}

/**
 * Seats grouped as the Geschäftsordnung lists them: I. intern, II. extern, III. Freie Wohlfahrtspflege,
 * IV. Kommunen, then seats without a group. Empty groups are left out; the order within a group is kept.
 */
export function groupByCategory<Row extends { category: string | null }>(
  rows: readonly Row[], labels: Record<string, string>,
): RosterGroup<Row>[] {
  const groups: RosterGroup<Row>[] = CATEGORY_ORDER.map((category, i) => ({
    key: category, heading: `${ROMAN[i]}. ${labels[category] ?? category}`, rows: rows.filter((r) => r.category === category),
  }));
  const rest = rows.filter((r) => !r.category || !(CATEGORY_ORDER as readonly string[]).includes(r.category));
  const used = groups.filter((g) => g.rows.length > 0);
  // A group without categories (most project groups) is one list, not "Ohne Gruppe".
  if (rest.length > 0) used.push({ key: 'NONE', heading: used.length > 0 ? 'Ohne Gruppe' : 'Sitze', rows: rest });
  return used;
}

/** "seit 10.05.2022", "10.05.2022 bis 31.12.2024", "bis 31.12.2024", or "" when nothing is known. */
export function periodText(validFrom: string | null, validTo: string | null): string {
  if (validFrom && validTo) return `${formatDate(validFrom)} bis ${formatDate(validTo)}`;
  if (validFrom) return `seit ${formatDate(validFrom)}`;
  if (validTo) return `bis ${formatDate(validTo)}`;
  return '';
}

/** What a seat is called in buttons and messages: its label, else the organisation, else the member. */
export function seatName(row: { seatLabel: string | null; organisationName: string | null; personName: string | null }): string {
  return row.seatLabel ?? row.organisationName ?? row.personName ?? 'Sitz';
}
