import { Document, Packer, type FileChild, type IContext, type IXmlableObject } from 'docx';
import { estimatePageNumbers, layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { bullets, figure, heading, paragraph, textBlock } from '../../../../db/exports/docx/blocks';
import { createWordDocument, renderDocx, tableOfContents, type WordDocumentSpec } from '../../../../db/exports/docx/document';
import { documentStyles } from '../../../../db/exports/docx/styles';
import { dataTable } from '../../../../db/exports/docx/table';
import { fastPageNumbers, paginate } from '../../../../db/exports/docx/tocPaginate';
import { resolveParagraphStyles } from '../../../../db/exports/docx/tocStyles';
import { isLargeDocument, tocPageNumbers } from '../../../../db/exports/docx/tocPageNumbers';
import { docxParts } from '../../../helpers/docx';

// The smallest valid PNG, drawn at any size.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const WORDS = 'Integrationsmanagement Fallrekonstruktion Lenkungsgruppe Maßnahme für Geflüchtete Übergänge Ausländer-/Einbürgerungsbehörde Sprachförderung'.split(' ');
const text = (n: number, seed: number) => Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(' ');

/** A report-like document: cover, contents, chapters with wrapped text, long tables, lists, a chart and an annex. */
function report(rows: number): WordDocumentSpec {
  const chapters: FileChild[] = [];
  for (let c = 1; c <= 6; c++) {
    chapters.push(heading(`${c} Kapitel über ${WORDS[c]}`, 1, { pageBreakBefore: c === 6 }));
    chapters.push(...textBlock(`${text(40 + c * 13, c)}\n\n${text(12, c + 1)}`));
    chapters.push(heading(`${c}.1 Tabelle zu ${WORDS[c + 1]}`, 2));
    chapters.push(paragraph(`Tabelle ${c}`, { small: true, keepNext: true, spaceBefore: 120, spaceAfter: 60 }));
    chapters.push(dataTable({
      columns: [{ header: 'Stelle', weight: 3 }, { header: 'Baustein', weight: 2 }, { header: 'VZÄ', cm: 2.2, align: 'right' }],
      rows: Array.from({ length: rows * (c % 3 + 1) }, (_, r) => [
        r % 4 === 0 ? `Stelle ${r}\nOrganisation ${r * 3}` : `Stelle ${r}`, text(1 + ((r + c) % 5), r), `${r % 10},0`,
      ]),
      footer: ['Summe', '', '99,0'],
    }));
    if (c === 2) chapters.push(...figure(PIXEL, { widthCm: 16, heightCm: 9, altText: 'Balken', caption: 'Abbildung 1' }));
    chapters.push(heading(`${c}.2 Liste`, 2), ...bullets(Array.from({ length: 10 + c * 4 }, (_, i) => text(2 + (i % 9), i))));
  }
  return {
    title: 'Sachbericht', letterhead: { officeName: 'Koordinierungsstelle KIM' },
    parts: [
      { header: 'none', footer: 'none', children: [paragraph('Deckblatt')] },
      { header: 'slim', children: tableOfContents('Inhalt', 2) },
      { header: 'slim', children: chapters },
    ],
  };
}

/** The contents entries of a Word file as "title|page". */
function contents(docx: Buffer): string[] {
  const toc = docxParts(docx).document.match(/<w:sdt>[\s\S]*?<\/w:sdt>/)?.[0] ?? '';
  return (toc.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [])
    .map((p) => (p.match(/<w:t[^>]*>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('|'))
    .filter(Boolean);
}

describe('page numbers for the table of contents', () => {
  it('puts every heading, paragraph and table of a long report on the page docx\'s full layout puts it', async () => {
    const spec = report(45);
    let exact: ReadonlyMap<string, string> = new Map();
    let fast: ReadonlyMap<string, string> = new Map();
    let pages = { exact: 0, fast: 0 };
    const blockPages: number[] = [];
    const compare = Object.assign((body: IXmlableObject, context: IContext) => {
      const full = estimatePageNumbers(body, context);
      const quick = fastPageNumbers(documentStyles())(body);
      paginate(body as Record<string, unknown>, resolveParagraphStyles(documentStyles()), (page) => blockPages.push(page));
      exact = full.bookmarks;
      fast = quick.bookmarks;
      pages = { exact: full.pageCount ?? 0, fast: quick.pageCount ?? 0 };
      return full;
    }, {});
    await Packer.toBuffer(createWordDocument(spec, { pageNumbers: compare }));
    expect(exact.size).toBe(18);
    expect(pages.exact).toBeGreaterThan(15);
    expect(Object.fromEntries(fast)).toEqual(Object.fromEntries(exact));
    expect(pages.fast).toBe(pages.exact);
    // docx's layout by paragraph and table (indexed in body order, as the simple model reports them).
    const laidOut = new Map<number, number>();
    layoutDocument(createWordDocument(spec)).pages.forEach((page, index) => {
      for (const block of page.body) if (!laidOut.has(block.index)) laidOut.set(block.index, index);
    });
    expect(laidOut.size).toBeGreaterThan(150);
    const differing = [...laidOut].filter(([block, page]) => blockPages[block] !== page);
    expect(differing).toEqual([]);
  }, 180_000);

  it('writes the same contents into the Word file on either path', async () => {
    const spec = report(20);
    const slow = await Packer.toBuffer(createWordDocument(spec, { pageNumbers: tocPageNumbers(documentStyles(), Infinity) }));
    const quick = await Packer.toBuffer(createWordDocument(spec, { pageNumbers: tocPageNumbers(documentStyles(), 10) }));
    const entries = contents(slow);
    expect(entries).toHaveLength(18);
    expect(entries[0]).toBe('1 Kapitel über Fallrekonstruktion|3');
    expect(contents(quick)).toEqual(entries);
  }, 120_000);

  it('counts a document as large from 1 500 paragraphs and table rows, cells included', async () => {
    const body = (rows: number) => {
      let captured: unknown;
      const capture = Object.assign((b: IXmlableObject) => {
        captured = b;
        return { bookmarks: new Map<string, string>() };
      }, {});
      return Packer.toBuffer(new Document({
        pageNumbers: capture,
        sections: [{ children: [...tableOfContents(), heading('Eins', 1), dataTable({ columns: [{ header: 'A' }], rows: Array.from({ length: rows }, (_, i) => [`Zeile ${i}`]) })] }],
      })).then(() => captured);
    };
    // Each row is a table row with one paragraph: two blocks.
    expect(isLargeDocument(await body(700))).toBe(false);
    expect(isLargeDocument(await body(760))).toBe(true);
  });

  it('fills in the contents of a large document, which docx\'s full layout would take minutes for', async () => {
    const docx = await renderDocx(report(250));
    const pages = contents(docx).map((entry) => Number(entry.split('|').at(-1)));
    expect(pages).toHaveLength(18);
    expect(pages.every((p) => Number.isInteger(p) && p >= 3)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
    // The footer's "von Y" is written with the estimated number of pages, at least the last heading's page.
    const total = Number(docxParts(docx).footers.join('').match(/NUMPAGES[\s\S]*?<w:t[^>]*>(\d+)<\/w:t>/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(pages.at(-1)!);
  }, 120_000);
});
