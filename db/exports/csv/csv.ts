import { formatDate } from '../../domain/format';
import { isSuppressed } from '../roundTables/smallCounts';
import type { TabularColumn, TabularOptions } from './tabular';

export const CSV_MIME = 'text/csv; charset=utf-8';

/** German Excel splits on semicolons (the comma is the decimal sign) and needs the BOM to read UTF-8 umlauts. */
const SEPARATOR = ';';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A text that Excel would run as a formula (=, +, -, @ at the start) gets a leading apostrophe, which Excel
 * shows as plain text: a cell typed in the app must never execute in the office's spreadsheet (CSV injection).
 */
function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellText<R>(column: TabularColumn<R>, row: R, options: TabularOptions): string {
  const value = column.value(row);
  if (value == null || value === '') return '';
  switch (column.kind) {
    case 'date': return formatDate(String(value));
    // Plain digits: Excel reads "1234" as a number in every locale; a thousands dot is locale-dependent.
    case 'count': return isSuppressed(Number(value), options.smallCountThreshold) ? `< ${options.smallCountThreshold}` : String(value);
    case 'integer': return String(value);
    default: return neutralise(String(value));
  }
}

/** The table as CSV text: BOM, a header row, semicolons, CRLF line ends (also after the last row), dates dd.mm.yyyy. */
export function toCsv<R>(columns: ReadonlyArray<TabularColumn<R>>, rows: readonly R[], options: TabularOptions): string {
  const lines = [
    columns.map((c) => csvField(c.header)).join(SEPARATOR),
    ...rows.map((row) => columns.map((c) => csvField(cellText(c, row, options))).join(SEPARATOR)),
  ];
  return BOM + lines.join(CRLF) + CRLF;
}
