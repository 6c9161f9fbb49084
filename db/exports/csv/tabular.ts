/**
 * A column of a flat export (CSV, Excel). `count` marks a per-municipality count that leaves the office: the
 * writers suppress it below the office's small-count threshold; `integer` is any other whole number.
 */
export interface TabularColumn<R> {
  header: string;
  kind: 'text' | 'date' | 'integer' | 'count';
  /** Column width in characters (Excel only). */
  width?: number;
  value(row: R): string | number | null | undefined;
}

export interface TabularOptions {
  smallCountThreshold: number;
}
