import type { EstimatedPageNumbers, IStylesOptions } from 'docx';
import { paragraphBlocks, readSection, tableBlocks, type Block, type Section } from './tocLayout';
import { resolveParagraphStyles, type ParagraphFormat } from './tocStyles';
import { childNamed, childrenOf, type XmlElement } from './tocXml';

/** Word's default page: A4 with 2,54 cm margins. */
const DEFAULT_SECTION: Section = { bodyHeight: 16838 - 2880, bodyWidth: 11906 - 2880, continuous: false };
/** How many paragraphs kept with the next one are followed when deciding whether a heading still fits. */
const KEEP_CHAIN = 6;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function blocksOf(elements: readonly XmlElement[], width: number, styles: Map<string, ParagraphFormat>, tables: { next: number }): Block[] {
  return elements.flatMap((element): Block[] => {
    const blocks = 'w:p' in element ? paragraphBlocks(element, width, styles)
      : 'w:tbl' in element ? tableBlocks(element, styles, tables.next++) : undefined;
    if (blocks) {
      if (blocks.length > 0) blocks[0].first = true;
      return blocks;
    }
    if ('w:sdt' in element) return blocksOf(childrenOf(childNamed(element, 'w:sdtContent') ?? {}), width, styles, tables);
    return [];
  });
}

/** The body split into its sections, each with the size of its pages (a section's properties close it). */
function sectionsOf(body: XmlElement): Array<{ elements: XmlElement[]; section: Section }> {
  const sections: Array<{ elements: XmlElement[]; section: Section }> = [];
  let current: XmlElement[] = [];
  let last = DEFAULT_SECTION;
  for (const child of childrenOf(body)) {
    if ('w:sectPr' in child) {
      last = readSection(child);
      continue;
    }
    current.push(child);
    const sectPr = 'w:p' in child ? childNamed(childNamed(child, 'w:pPr'), 'w:sectPr') : undefined;
    if (sectPr) {
      sections.push({ elements: current, section: readSection(sectPr) });
      current = [];
    }
  }
  sections.push({ elements: current, section: last });
  return sections;
}

/**
 * Space a block needs on the current page to start there, after a block with `after` space below it: its first
 * lines, or all of it and what it keeps with.
 */
function neededFor(blocks: readonly Block[], index: number, after: number, depth = 0): number {
  const block = blocks[index];
  const before = Math.max(block.before, after) - after;
  const height = sum(block.lines);
  const keptWithNext = (block.keepNext || block.tableHeader) && index + 1 < blocks.length && depth < KEEP_CHAIN;
  if (keptWithNext) return before + height + block.after + neededFor(blocks, index + 1, block.after, depth + 1);
  // Widow and orphan control: a paragraph starts a page with at least two lines.
  return before + (block.keepTogether ? height + (block.tail ?? 0) : sum(block.lines.slice(0, 2))) - (block.slack ?? 0);
}

/**
 * Pages of a formatted body laid out with a simple model of Word's: Arial metrics, greedy line breaks at spaces,
 * paragraph spacing, keep-with-next chains, widow and orphan control, table rows that do not split and repeated
 * header rows, page breaks and sections. It reads the body once and costs milliseconds where docx's full layout
 * costs a minute for a report of a hundred pages; its page numbers can be a page off where a line wraps differently.
 */
export function paginate(
  body: XmlElement, styles: Map<string, ParagraphFormat>,
  /** Told the page (counted from 0) and height on it each paragraph and table of the body starts at, in order: for comparing layouts. */
  onBlock?: (page: number, y: number) => void,
): EstimatedPageNumbers {
  const pageNumbers: number[] = [];
  const bookmarks = new Map<string, string>();
  const bookmarkPageNumbers = new Map<string, number>();
  const sectionPageCounts: number[] = [];
  const tables = { next: 0 };
  let page = -1;
  let y = 0;
  let height = 0;
  /** Nothing but repeated table headers on the page yet: breaking again would leave it empty. */
  let fresh = true;
  /** Space after the block before: Word spaces two paragraphs by the larger of its space after and the next one's before. */
  let lastAfter = 0;
  /** The page began at a break Word made itself, where it leaves out the next paragraph's space before. */
  let softBreak = false;
  const newPage = (restartAt?: number) => {
    page++;
    pageNumbers[page] = restartAt ?? (page > 0 ? pageNumbers[page - 1] + 1 : 1);
    y = 0;
    fresh = true;
    lastAfter = 0;
    softBreak = false;
  };

  for (const { elements, section } of sectionsOf(body)) {
    if (page < 0 || !section.continuous) newPage(section.pageNumberStart);
    const firstPage = page;
    height = section.bodyHeight;
    const blocks = blocksOf(elements, section.bodyWidth, styles, tables);
    const headerHeights = new Map<number, number>();
    for (const block of blocks) {
      if (block.table !== undefined && block.tableHeader) headerHeights.set(block.table, (headerHeights.get(block.table) ?? 0) + sum(block.lines));
    }
    const breakPage = (block: Block) => {
      newPage();
      softBreak = true;
      if (block.table !== undefined && !block.tableHeader) y = headerHeights.get(block.table) ?? 0;
    };

    blocks.forEach((block, index) => {
      if (block.pageBreakBefore && !fresh) {
        breakPage(block);
        softBreak = false;
      } else if (!fresh && y + neededFor(blocks, index, lastAfter) > height) breakPage(block);
      if (!(fresh && softBreak)) y += Math.max(block.before, lastAfter) - lastAfter;
      let fit = block.lines.length;
      if (!block.keepTogether) {
        let room = height - y;
        fit = 0;
        while (fit < block.lines.length && block.lines[fit] - (block.slack ?? 0) <= room) room -= block.lines[fit++];
        if (fit < block.lines.length && block.lines.length - fit < 2 && fit > 2) fit--;
      }
      for (let i = 0; i < block.lines.length; i++) {
        // Lines past `fit` go on: those widow and orphan control moves, and any that overflow again.
        if (!fresh && ((i === fit && i > 0) || y + block.lines[i] - (block.slack ?? 0) + (block.tail ?? 0) > height)) breakPage(block);
        if (i === 0) {
          for (const name of block.bookmarks) bookmarkPageNumbers.set(name, page);
          if (block.first) onBlock?.(page, y);
        }
        y += block.lines[i];
        fresh = false;
      }
      y = Math.min(height, y + block.after);
      lastAfter = block.after;
    });
    sectionPageCounts.push(page - firstPage + 1);
  }

  for (const [name, physical] of bookmarkPageNumbers) {
    bookmarkPageNumbers.set(name, pageNumbers[physical]);
    bookmarks.set(name, String(pageNumbers[physical]));
  }
  return { bookmarks, bookmarkPageNumbers, pageCount: page + 1, sectionPageCounts };
}

/** A page number estimator that lays the body out with {@link paginate}, for documents of this style set. */
export function fastPageNumbers(styles: IStylesOptions): (body: unknown) => EstimatedPageNumbers {
  const resolved = resolveParagraphStyles(styles);
  return (body) => paginate(body as XmlElement, resolved);
}
