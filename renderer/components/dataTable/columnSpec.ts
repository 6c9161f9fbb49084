import type { ReactNode } from 'react';
import { germanCollator } from '../../format/text';

export type SortValue = string | number | boolean | null | undefined;

/** One column of a DataTable, described once: what it sorts by, what it shows and searches, how it filters. */
export interface ColumnSpec<Row> {
  id: string;
  header: string;
  /** The value sorting uses: strings sort German, numbers by size, empty values last. */
  value(row: Row): SortValue;
  /** The text shown, searched by the global filter and offered in the column's filter; defaults to the value. */
  text?(row: Row): string;
  /** Markup instead of the plain text (a badge, a line break); the text still drives search and filters. */
  render?(row: Row): ReactNode;
  /** Offer a select with the column's distinct texts. */
  filter?: 'select';
  numeric?: boolean;
  /** CSS width; the table uses a fixed layout so virtualised rows keep their columns steady while scrolling. */
  width?: string;
}

export function cellText<Row>(spec: ColumnSpec<Row>, row: Row): string {
  if (spec.text) return spec.text(row);
  const value = spec.value(row);
  return value == null ? '' : String(value);
}

/** Distinct non-empty texts of a column, in German order: the options of its filter select. */
export function distinctTexts<Row>(spec: ColumnSpec<Row>, rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) {
    const text = cellText(spec, row);
    if (text !== '') seen.add(text);
  }
  return [...seen].sort(germanCompare);
}

export function germanCompare(a: string, b: string): number {
  return germanCollator.compare(a, b);
}

/** Ascending comparison of two sort values of one column (TanStack reverses it for descending). */
export function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(b) - Number(a);
  return germanCompare(String(a ?? ''), String(b ?? ''));
}

/** Case- and accent-tolerant search text, so "zulpich" finds "Zülpich" too. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase('de');
}
