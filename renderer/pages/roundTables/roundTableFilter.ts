/** What the list of dates can be narrowed to; empty strings mean "all". */
export interface RoundTableFilter {
  format: string;
  municipality: string;
  year: string;
}

export const NO_FILTER: RoundTableFilter = { format: '', municipality: '', year: '' };

interface FilterableRow {
  format: string;
  heldOn: string;
  countyWide: boolean;
  municipalityNames: string;
}

/** A county-wide date concerns every municipality, so it stays in the list whichever municipality is chosen. */
export function matchesFilter(row: FilterableRow, filter: RoundTableFilter): boolean {
  if (filter.format && row.format !== filter.format) return false;
  if (filter.year && row.heldOn.slice(0, 4) !== filter.year) return false;
  if (filter.municipality && !row.countyWide && !row.municipalityNames.split(', ').includes(filter.municipality)) return false;
  return true;
}

/** The years that occur, newest first, for the year select. */
export function yearsOf(rows: readonly { heldOn: string }[]): string[] {
  return [...new Set(rows.map((r) => r.heldOn.slice(0, 4)))].sort().reverse();
}
