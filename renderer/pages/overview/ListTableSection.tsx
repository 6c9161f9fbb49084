import { useId, type ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';

export interface ListColumn<T> {
  header: string;
  cell(row: T): ReactNode;
  /** Dates and times stay on one line. */
  nowrap?: boolean;
}

interface ListTableSectionProps<T extends { id: string }> {
  title: string;
  /** What the section says when there is nothing to list. */
  empty: string;
  columns: readonly ListColumn<T>[];
  rows: readonly T[];
}

/** A start-page section with a short read-only list as a compact table, captioned by the section's title for screen readers. */
export function ListTableSection<T extends { id: string }>({ title, empty, columns, rows }: ListTableSectionProps<T>) {
  const headingId = useId();
  return (
    <section className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="kern-heading-medium">{title}</h2>
      {rows.length === 0 ? <EmptyState>{empty}</EmptyState> : (
        <div className="kern-table-responsive">
          <table className="kern-table kern-table--small">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr className="kern-table__row">
                {columns.map((c) => <th key={c.header} scope="col" className="kern-table__header">{c.header}</th>)}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((row) => (
                <tr key={row.id} className="kern-table__row">
                  {columns.map((c) => <td key={c.header} className={c.nowrap ? 'kern-table__cell nowrap' : 'kern-table__cell'}>{c.cell(row)}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
