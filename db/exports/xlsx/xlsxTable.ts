import ExcelJS from 'exceljs';
import { isSuppressed } from '../roundTables/smallCounts';
import type { TabularColumn, TabularOptions } from '../csv/tabular';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxTableSpec<R> extends TabularOptions {
  /** Worksheet name (Excel allows 31 characters, no []:*?/\). */
  sheetName: string;
  /** Workbook property "Titel". */
  title: string;
  columns: ReadonlyArray<TabularColumn<R>>;
  rows: readonly R[];
  /** Creation time written into the workbook's properties (from the core's clock, so files are reproducible). */
  created: Date;
}

const HEADER_FILL = 'FFE8ECF4';
const DATE_FORMAT = 'dd.mm.yyyy';

/** An ISO day as an Excel date: midnight UTC, which exceljs turns into the serial day number without a time zone shift. */
function excelDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function cellValue<R>(column: TabularColumn<R>, row: R, threshold: number): ExcelJS.CellValue {
  const value = column.value(row);
  if (value == null || value === '') return null;
  switch (column.kind) {
    case 'date': return excelDate(String(value));
    case 'integer': return Number(value);
    // A suppressed count is text, so no one can sum the hidden values back out of the sheet.
    case 'count': return isSuppressed(Number(value), threshold) ? `< ${threshold}` : Number(value);
    default: return String(value);
  }
}

export function safeSheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Tabelle';
}

/**
 * One worksheet as office staff expect it: bold header row that stays visible (frozen) with an autofilter,
 * German column titles, real Excel dates shown as dd.mm.yyyy (sortable and filterable as dates), numbers as numbers.
 */
export async function xlsxTable<R>(spec: XlsxTableSpec<R>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'KIM Desk';
  workbook.lastModifiedBy = 'KIM Desk';
  workbook.title = spec.title;
  workbook.created = spec.created;
  workbook.modified = spec.created;
  const sheet = workbook.addWorksheet(safeSheetName(spec.sheetName), { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = spec.columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width ?? (c.kind === 'date' ? 12 : c.kind === 'text' ? 30 : 10),
    style: {
      ...(c.kind === 'date' ? { numFmt: DATE_FORMAT } : {}),
      alignment: { vertical: 'top', wrapText: c.kind === 'text', ...(c.kind === 'count' ? { horizontal: 'right' as const } : {}) },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  for (const row of spec.rows) sheet.addRow(spec.columns.map((c) => cellValue(c, row, spec.smallCountThreshold)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as unknown as ArrayBuffer);
}
