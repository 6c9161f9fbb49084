import { useId, type ReactNode } from 'react';
import './charts.css';

export interface ChartTable {
  /** Column headers; the first column names the row (a municipality, a quarter). */
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

interface ChartFigureProps {
  title: string;
  /** One sentence saying what the chart shows, read before the data. */
  summary: string;
  table: ChartTable;
  /** The chart itself (recharts); hidden from screen readers, which get the table instead. */
  children: ReactNode;
  height?: number;
  /** Shows the table from the start where the exact figures are what the page is for (an analysis). */
  tableOpen?: boolean;
}

/**
 * A chart with its numbers: the picture is for the eye, the table under "Daten als Tabelle" (a native
 * <details>, so it opens with the keyboard) carries the same figures for screen readers and for checking.
 */
export function ChartFigure({ title, summary, table, children, height = 260, tableOpen = false }: ChartFigureProps) {
  const id = useId();
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <figcaption id={`${id}-title`} className="kern-heading-small chart-figure__title">{title}</figcaption>
      <p id={`${id}-summary`} className="kern-body kern-body--small chart-figure__summary">{summary}</p>
      <div className="chart-figure__chart" aria-hidden="true" style={{ height }}>{children}</div>
      <details className="chart-figure__data" open={tableOpen}>
        <summary className="kern-body">Daten als Tabelle</summary>
        <div className="kern-table-responsive" tabIndex={0} role="region" aria-label={`${title}: Daten`}>
          <table className="kern-table kern-table--small">
            <caption className="visually-hidden">{title}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={`kern-table__header${i > 0 ? ' kern-table__header--numeric' : ''}`}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {table.rows.map((row) => (
                <tr key={String(row[0])} className="kern-table__row">
                  {row.map((cell, i) => i === 0
                    ? <th key={i} scope="row" className="kern-table__cell">{cell}</th>
                    : <td key={i} className="kern-table__cell kern-table__cell--numeric">{cell}</td>)}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
