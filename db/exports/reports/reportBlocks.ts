import type { FileChild } from 'docx';
import type { ReportBlock } from '../../services/reports/blocks';
import { formatFte, formatNumber } from '../../domain/format';
import { bullets, figure, paragraph, textBlock, type HeadingDepth, heading } from '../docx/blocks';
import { dataTable, DATE_CM, STATUS_CM, type Column } from '../docx/table';
import { barChart } from '../charts/barChart';
import { svgToPng } from '../charts/rasterise';

/** Text width of the page in centimetres (A4 with the toolkit's margins); charts take it whole. */
const CHART_WIDTH_CM = 16;

function columnsOf(block: Extract<ReportBlock, { kind: 'table' }>): Column[] {
  return block.columns.map((c, i): Column => {
    if (c.cm != null || c.weight != null) return { header: c.header, align: c.align, cm: c.cm, weight: c.weight };
    if (c.header === 'Datum') return { header: c.header, cm: DATE_CM };
    if (c.header === 'Status' && i > 0) return { header: c.header, cm: STATUS_CM };
    if (c.align === 'right') return { header: c.header, align: 'right', cm: 2.5 };
    return { header: c.header, weight: i === 0 ? 3 : 2 };
  });
}

function chart(block: Extract<ReportBlock, { kind: 'chart' }>): FileChild[] {
  const svg = barChart({
    categories: block.categories, series: block.series,
    formatValue: block.format === 'fte' ? formatFte : (v) => formatNumber(v, 0),
  });
  const heightCm = Math.round((CHART_WIDTH_CM * svg.height / svg.width) * 100) / 100;
  return figure(svgToPng(svg), { widthCm: CHART_WIDTH_CM, heightCm, altText: block.altText, caption: `Abbildung: ${block.title}` });
}

/** One block of the report model as Word paragraphs, tables and pictures; sub-headings one level below `depth`. */
export function blockToWord(block: ReportBlock, depth: HeadingDepth): FileChild[] {
  switch (block.kind) {
    case 'heading': return [heading(block.text, Math.min(3, depth + 1) as HeadingDepth)];
    case 'paragraph': return textBlock(block.text);
    case 'bullets': return bullets(block.items);
    case 'note': return [paragraph(block.text, { small: true })];
    case 'table': return [
      paragraph(block.caption, { small: true, keepNext: true, spaceBefore: 120, spaceAfter: 60 }),
      // A label with one count reads better as a narrow table than stretched over the page.
      dataTable({ columns: columnsOf(block), rows: block.rows, footer: block.footer, widthShare: block.columns.length === 2 ? 0.7 : 1 }),
      paragraph('', { spaceAfter: 60 }),
    ];
    case 'chart': return chart(block);
  }
}
