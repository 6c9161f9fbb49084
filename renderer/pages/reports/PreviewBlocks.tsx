import type { ReportBlock } from '../../../db/services/reports/blocks';
import { PreviewChart } from './PreviewChart';

/** The blocks of a chapter as HTML: the same structure the Word file gets (headings, paragraphs, lists, tables, charts). */
export function PreviewBlocks({ blocks, headingLevel = 3 }: { blocks: readonly ReportBlock[]; headingLevel?: 3 | 4 }) {
  return <>{blocks.map((block, i) => <Block key={i} block={block} headingLevel={headingLevel} />)}</>;
}

function Block({ block, headingLevel }: { block: ReportBlock; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  switch (block.kind) {
    case 'heading': return <Heading className="kern-heading-small">{block.text}</Heading>;
    case 'paragraph': return <p className="kern-body report-preview__paragraph">{block.text}</p>;
    case 'note': return <p className="kern-body kern-body--small report-preview__note">{block.text}</p>;
    case 'bullets': return <ul className="kern-list">{block.items.map((item, i) => <li key={i} className="kern-body">{item}</li>)}</ul>;
    case 'table': return <PreviewTable table={block} />;
    case 'chart': return <PreviewChart chart={block} />;
  }
}

function PreviewTable({ table }: { table: Extract<ReportBlock, { kind: 'table' }> }) {
  const numeric = (i: number) => table.columns[i]?.align === 'right' ? ' kern-table__cell--numeric' : '';
  return (
    <div className="kern-table-responsive report-preview__table" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="kern-table kern-table--small">
        <caption className="kern-title">{table.caption}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            {table.columns.map((c, i) => (
              <th key={i} scope="col" className={`kern-table__header${c.align === 'right' ? ' kern-table__header--numeric' : ''}`}>{c.header}</th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {table.rows.map((row, r) => (
            <tr key={r} className="kern-table__row">
              {row.map((cell, i) => <td key={i} className={`kern-table__cell${numeric(i)}`}>{cell}</td>)}
            </tr>
          ))}
        </tbody>
        {table.footer ? (
          <tfoot>
            <tr className="kern-table__row report-preview__footer">
              {table.footer.map((cell, i) => <td key={i} className={`kern-table__cell${numeric(i)}`}>{cell}</td>)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
