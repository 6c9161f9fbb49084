import { ARIAL_LINE_HEIGHT, arialWidth } from './tocFontMetrics';
import type { ParagraphFormat } from './tocStyles';
import { attributesOf, childNamed, childrenOf, numberAttribute, onOff, tagOf, textOf, type XmlElement } from './tocXml';

/**
 * A paragraph or table row reduced to what paginating needs: the heights of its lines (a table row is one unbreakable
 * "line"), the space around it, and the bookmarks that start in it.
 */
export interface Block {
  before: number;
  lines: number[];
  after: number;
  keepNext: boolean;
  /** Lines that must stay together: keepLines, a table row that cannot split. */
  keepTogether: boolean;
  pageBreakBefore: boolean;
  bookmarks: string[];
  /** How far its last line on a page may reach past the bottom margin: the extra of multiple line spacing. */
  slack?: number;
  /** Room it needs below it when a page ends after it: a table row's bottom border. */
  tail?: number;
  /** Repeated at the top of each page the table continues on. */
  tableHeader?: boolean;
  /** Index of the table the row belongs to, so a page break inside it repeats its header rows. */
  table?: number;
  /** The first block of a paragraph or table of the body. */
  first?: boolean;
}

export interface Section {
  /** Height and width of the text area, in twips. */
  bodyHeight: number;
  bodyWidth: number;
  /** Page numbering restarts at this number. */
  pageNumberStart?: number;
  continuous: boolean;
}

const EMU_PER_TWIP = 635;
/** Indent of each list level in docx's default bullets and numbering (720 twips, with the bullet hanging in it). */
const LIST_INDENT = 720;
/** Width per half-point of font size of a page number not yet filled in ("12"), in twips. */
const PAGE_NUMBER_WIDTH = (2 * 556 * 10) / 1000;

export function readSection(sectPr: XmlElement): Section {
  const size = childNamed(sectPr, 'w:pgSz');
  const margin = childNamed(sectPr, 'w:pgMar');
  const height = numberAttribute(size, 'w:h') ?? 16838;
  const width = numberAttribute(size, 'w:w') ?? 11906;
  const m = (name: string, fallback: number) => numberAttribute(margin, name) ?? fallback;
  return {
    bodyHeight: height - m('w:top', 1440) - m('w:bottom', 1440),
    bodyWidth: width - m('w:left', 1440) - m('w:right', 1440),
    pageNumberStart: numberAttribute(childNamed(sectPr, 'w:pgNumType'), 'w:start'),
    continuous: attributesOf(childNamed(sectPr, 'w:type'))['w:val'] === 'continuous',
  };
}

/** A word, a space, a tab, a picture in the line, or a line or page break; widths and heights in twips. */
interface Piece { width: number; size: number; space?: boolean; picture?: number; lineBreak?: 'line' | 'page' }

/** The runs of a paragraph as measured pieces: words, spaces, tabs, breaks and inline pictures. */
function piecesOf(paragraph: XmlElement, format: ParagraphFormat, bookmarks: string[]): Piece[] {
  const pieces: Piece[] = [];
  // Open fields of the paragraph, innermost last: whether their result has shown any text yet.
  const fields: Array<{ shown: boolean }> = [];
  const visit = (element: XmlElement, runSize: number, bold: boolean): void => {
    for (const child of childrenOf(element)) {
      const tag = tagOf(child);
      if (tag === 'w:bookmarkStart') {
        const name = attributesOf(child)['w:name'];
        if (typeof name === 'string') bookmarks.push(name);
      } else if (tag === 'w:r') {
        const rPr = childNamed(child, 'w:rPr');
        const size = numberAttribute(childNamed(rPr, 'w:sz'), 'w:val') ?? runSize;
        visit(child, size, onOff(rPr, 'w:b') ?? bold);
      } else if (tag === 'w:hyperlink' || tag === 'w:smartTag' || tag === 'w:ins' || tag === 'w:fldSimple') {
        visit(child, runSize, bold);
      } else if (tag === 'w:fldChar') {
        const type = attributesOf(child)['w:fldCharType'];
        if (type === 'begin') fields.push({ shown: false });
        // An empty result (a page reference not yet filled in) will show a number.
        if (type === 'end' && fields.pop()?.shown === false) {
          pieces.push({ width: PAGE_NUMBER_WIDTH * runSize, size: runSize });
        }
      } else if (tag === 'w:t') {
        for (const field of fields) field.shown = true;
        // Word breaks lines at spaces and after hyphens.
        for (const part of textOf(child).split(/( )|(?<=-)/)) {
          if (!part) continue;
          pieces.push({ width: arialWidth(part, runSize, bold), size: runSize, space: part === ' ' });
        }
      } else if (tag === 'w:tab') {
        // A tab in a line with a right tab stop (contents, footer) reaches the stop: about half a line's width.
        pieces.push({ width: 720, size: runSize });
      } else if (tag === 'w:br') {
        pieces.push({ width: 0, size: runSize, lineBreak: attributesOf(child)['w:type'] === 'page' ? 'page' : 'line' });
      } else if (tag === 'w:drawing') {
        const extent = findDeep(child, 'wp:extent');
        const cy = numberAttribute(extent, 'cy') ?? 0;
        const cx = numberAttribute(extent, 'cx') ?? 0;
        pieces.push({ width: cx / EMU_PER_TWIP, size: runSize, picture: cy / EMU_PER_TWIP });
      }
    }
  };
  visit(paragraph, format.size, format.bold);
  return pieces;
}

function findDeep(element: XmlElement, tag: string): XmlElement | undefined {
  for (const child of childrenOf(element)) {
    if (tag in child) return child;
    const found = findDeep(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** Height of a single-spaced line of text at a size in half-points, in twips. */
const singleLine = (size: number) => (size / 2) * 20 * (ARIAL_LINE_HEIGHT / 1000);

/** What multiple line spacing adds to a line (the 10 % of 1,1 lines); Word lets it reach past the bottom margin. */
function multipleExtra(size: number, format: ParagraphFormat): number {
  return format.lineRule === 'auto' && format.line > 240 ? singleLine(size) * (format.line / 240 - 1) : 0;
}

function lineHeight(size: number, format: ParagraphFormat, pictureHeight = 0): number {
  const natural = singleLine(size);
  if (format.lineRule === 'exact') return format.line;
  if (format.lineRule === 'atLeast') return Math.max(format.line, natural, pictureHeight);
  // Word spaces a line with a picture by the extra of the multiple over the text's single line, not times the picture.
  return Math.max(natural * (format.line / 240), pictureHeight + multipleExtra(size, format));
}

/** Breaks measured pieces into lines of at most `width` (greedy, at spaces and hyphens, as Word does without hyphenation). */
function lineHeights(pieces: Piece[], width: number, format: ParagraphFormat): { lines: number[]; pageBreakAt: number[] } {
  const lines: number[] = [];
  const pageBreakAt: number[] = [];
  let used = 0;
  let size = 0;
  let picture = 0;
  let open = false;
  const close = () => {
    lines.push(lineHeight(size || format.size, format, picture));
    used = 0; size = 0; picture = 0; open = false;
  };
  for (const piece of pieces) {
    if (piece.lineBreak) {
      close();
      if (piece.lineBreak === 'page') pageBreakAt.push(lines.length);
      continue;
    }
    // A word wider than the rest of the line goes to the next one (spaces may hang past the margin).
    if (open && !piece.space && used + piece.width > width) close();
    let remaining = piece.width;
    while (!piece.space && remaining > width && width > 0) {
      lines.push(lineHeight(piece.size, format));
      remaining -= width;
    }
    used += remaining;
    size = Math.max(size, piece.size);
    picture = Math.max(picture, piece.picture ?? 0);
    open = true;
  }
  if (open || lines.length === 0) close();
  return { lines, pageBreakAt };
}

/** A paragraph's format: its style's, overridden by its own properties. */
export function paragraphFormat(paragraph: XmlElement, styles: Map<string, ParagraphFormat>): ParagraphFormat {
  const pPr = childNamed(paragraph, 'w:pPr');
  const styleId = attributesOf(childNamed(pPr, 'w:pStyle'))['w:val'];
  const base = styles.get(typeof styleId === 'string' ? styleId : 'Normal') ?? styles.get('Normal')!;
  if (!pPr) return base;
  const spacing = childNamed(pPr, 'w:spacing');
  const indent = childNamed(pPr, 'w:ind');
  // A list item's text is indented by its level: docx's bullets and numbering use half an inch per level.
  const listLevel = numberAttribute(childNamed(childNamed(pPr, 'w:numPr'), 'w:ilvl'), 'w:val');
  const listIndent = listLevel === undefined ? base.indentLeft : LIST_INDENT * (listLevel + 1);
  const rule = attributesOf(spacing)['w:lineRule'];
  return {
    ...base,
    before: numberAttribute(spacing, 'w:before') ?? base.before,
    after: numberAttribute(spacing, 'w:after') ?? base.after,
    line: numberAttribute(spacing, 'w:line') ?? base.line,
    lineRule: rule === 'exact' || rule === 'atLeast' || rule === 'auto' ? rule : base.lineRule,
    keepNext: onOff(pPr, 'w:keepNext') ?? base.keepNext,
    keepLines: onOff(pPr, 'w:keepLines') ?? base.keepLines,
    pageBreakBefore: onOff(pPr, 'w:pageBreakBefore') ?? base.pageBreakBefore,
    indentLeft: numberAttribute(indent, 'w:left') ?? numberAttribute(indent, 'w:start') ?? listIndent,
    indentRight: numberAttribute(indent, 'w:right') ?? numberAttribute(indent, 'w:end') ?? base.indentRight,
  };
}

/** A paragraph as blocks: one, or several where it holds page breaks. */
export function paragraphBlocks(paragraph: XmlElement, width: number, styles: Map<string, ParagraphFormat>): Block[] {
  const format = paragraphFormat(paragraph, styles);
  const bookmarks: string[] = [];
  const pieces = piecesOf(paragraph, format, bookmarks);
  const { lines, pageBreakAt } = lineHeights(pieces, Math.max(1, width - format.indentLeft - format.indentRight), format);
  const cuts = [0, ...pageBreakAt, lines.length];
  const blocks: Block[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const part = lines.slice(cuts[i], cuts[i + 1]);
    if (part.length === 0 && i > 0) continue;
    blocks.push({
      slack: multipleExtra(format.size, format),
      before: i === 0 ? format.before : 0, lines: part, after: i === cuts.length - 2 ? format.after : 0,
      keepNext: format.keepNext, keepTogether: format.keepLines, pageBreakBefore: i === 0 ? format.pageBreakBefore : true,
      bookmarks: i === 0 ? bookmarks : [],
    });
  }
  return blocks;
}

/** The rule between rows (0,5 pt): Word adds a row's top border to its height, and the last row's bottom one. */
const ROW_RULE = 10;
/** Border sizes are in eighths of a point. */
const TWIPS_PER_BORDER_UNIT = 20 / 8;

/** A table as one block per row; a row is as tall as its tallest cell. */
export function tableBlocks(table: XmlElement, styles: Map<string, ParagraphFormat>, tableIndex: number): Block[] {
  const grid = childrenOf(childNamed(table, 'w:tblGrid') ?? {}).map((c) => numberAttribute(c, 'w:w') ?? 0);
  const rows = childrenOf(table).filter((c) => 'w:tr' in c);
  return rows.map((row, rowIndex) => {
    const trPr = childNamed(row, 'w:trPr');
    let column = 0;
    let height = 0;
    let rule = ROW_RULE;
    const bookmarks: string[] = [];
    for (const cell of childrenOf(row).filter((c) => 'w:tc' in c)) {
      const tcPr = childNamed(cell, 'w:tcPr');
      const span = numberAttribute(childNamed(tcPr, 'w:gridSpan'), 'w:val') ?? 1;
      const width = numberAttribute(childNamed(tcPr, 'w:tcW'), 'w:w') ?? grid.slice(column, column + span).reduce((a, b) => a + b, 0);
      column += span;
      const top = numberAttribute(childNamed(childNamed(tcPr, 'w:tcBorders'), 'w:top'), 'w:sz');
      if (top !== undefined) rule = Math.max(rule, top * TWIPS_PER_BORDER_UNIT);
      const margins = childNamed(tcPr, 'w:tcMar');
      const inner = width - (numberAttribute(childNamed(margins, 'w:left'), 'w:w') ?? 108) - (numberAttribute(childNamed(margins, 'w:right'), 'w:w') ?? 108);
      let cellHeight = 0;
      let after = 0;
      for (const block of childrenOf(cell)) {
        const parts = 'w:p' in block ? paragraphBlocks(block, inner, styles) : 'w:tbl' in block ? tableBlocks(block, styles, -1) : [];
        for (const part of parts) {
          // As between paragraphs on the page: the larger of the space after and the next one's space before.
          cellHeight += Math.max(part.before, after) - after + part.lines.reduce((a, b) => a + b, 0) + part.after;
          after = part.after;
          bookmarks.push(...part.bookmarks);
        }
      }
      height = Math.max(height, cellHeight);
    }
    const exact = numberAttribute(childNamed(trPr, 'w:trHeight'), 'w:val');
    return {
      before: 0, lines: [Math.max(height + rule + (rowIndex === rows.length - 1 ? ROW_RULE : 0), exact ?? 0)], after: 0, keepNext: false,
      tail: rowIndex === rows.length - 1 ? 0 : ROW_RULE,
      keepTogether: true, pageBreakBefore: false, bookmarks, tableHeader: onOff(trPr, 'w:tblHeader') === true, table: tableIndex,
    };
  });
}
