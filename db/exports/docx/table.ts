import {
  AlignmentType, BorderStyle, convertMillimetersToTwip, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { COLOR, STYLE } from './styles';
import { TEXT_WIDTH } from './page';

export interface Column {
  header: string;
  /** Relative width: the columns without `cm` share what the fixed ones leave, in proportion. */
  weight?: number;
  /** Fixed width, for content of known length such as dates ("30.09.2025" needs 2,4 cm at table size). */
  cm?: number;
  /** Numbers, money and durations right-aligned so their digits line up. */
  align?: 'left' | 'right' | 'center';
}

/**
 * What a cell holds: text (line breaks become separate lines), a main line with smaller notes below it,
 * or ready paragraphs for anything richer.
 */
export type Cell = string | null | undefined | { main: string; notes?: ReadonlyArray<string | null | undefined>; bold?: boolean } | Paragraph[];

export interface TableSpec {
  columns: readonly Column[];
  rows: ReadonlyArray<readonly Cell[]>;
  /** A closing row in bold with a rule above, e.g. totals. */
  footer?: readonly Cell[];
  /** Share of the text width the table takes (default the full width). */
  widthShare?: number;
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const line = (size = 4) => ({ style: BorderStyle.SINGLE, size, color: COLOR.rule });

function cellParagraphs(cell: Cell, align: Column['align'], options: { header?: boolean; bold?: boolean }): Paragraph[] {
  if (Array.isArray(cell)) return cell.length > 0 ? cell : [new Paragraph({ style: STYLE.tableText })];
  const style = options.header ? STYLE.tableHeader : STYLE.tableText;
  const alignment = align ? ALIGN[align] : undefined;
  if (cell != null && typeof cell === 'object') {
    const c = cell as { main: string; notes?: ReadonlyArray<string | null | undefined>; bold?: boolean };
    return [
      new Paragraph({ style, alignment, children: [new TextRun({ text: c.main, bold: c.bold || options.bold || undefined })] }),
      ...(c.notes ?? []).filter((n): n is string => !!n).map((note) => new Paragraph({
        style, alignment, children: [new TextRun({ text: note, size: 17, color: COLOR.muted })],
      })),
    ];
  }
  const text = (cell as string | null | undefined) ?? '';
  return text.split('\n').map((part) => new Paragraph({ style, alignment, children: [new TextRun({ text: part, bold: options.bold || undefined })] }));
}

/** Fixed width of a date column ("30.09.2025" in table text with cell margins). */
export const DATE_CM = 2.4;
/** Fixed width of a status column, so the longest status word ("zurückgestellt") never breaks inside. */
export const STATUS_CM = 2.9;

/** Column widths in twips that add up exactly to the table width (rounding goes to the last flexible column). */
export function columnWidths(columns: readonly Column[], tableWidth: number): number[] {
  const fixed = columns.map((c) => (c.cm != null ? convertMillimetersToTwip(c.cm * 10) : null));
  const rest = tableWidth - fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0);
  const total = columns.reduce((sum, c, i) => sum + (fixed[i] == null ? c.weight ?? 1 : 0), 0);
  const widths = columns.map((c, i) => fixed[i] ?? Math.floor((rest * (c.weight ?? 1)) / total));
  const last = fixed.lastIndexOf(null) === -1 ? widths.length - 1 : fixed.lastIndexOf(null);
  widths[last] += tableWidth - widths.reduce((sum, w) => sum + w, 0);
  return widths;
}

/**
 * A data table as accessible Word tables need it: the first row is a header row repeated on every page
 * (w:tblHeader), rows never split across pages, fixed column widths so Word, LibreOffice and Google Docs
 * lay it out alike.
 */
export function dataTable(spec: TableSpec): Table {
  const width = Math.round(TEXT_WIDTH * (spec.widthShare ?? 1));
  const widths = columnWidths(spec.columns, width);
  const makeRow = (cells: readonly Cell[], kind: 'header' | 'body' | 'footer') => new TableRow({
    tableHeader: kind === 'header' ? true : undefined,
    cantSplit: true,
    children: spec.columns.map((column, i) => new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      shading: kind === 'header' ? { type: 'clear', color: 'auto', fill: COLOR.headerFill } : undefined,
      borders: kind === 'footer' ? { top: line(12) } : undefined,
      margins: { left: 85, right: 85 },
      children: cellParagraphs(cells[i], column.align, { header: kind === 'header', bold: kind === 'footer' }),
    })),
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line(), bottom: line(), left: line(), right: line(), insideHorizontal: line(), insideVertical: line(),
    },
    rows: [
      makeRow(spec.columns.map((c) => c.header), 'header'),
      ...spec.rows.map((cells) => makeRow(cells, 'body')),
      ...(spec.footer ? [makeRow(spec.footer, 'footer')] : []),
    ],
  });
}
