import type { OutputOf } from '../../../db/api/contract';
import { hrefFor } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatInstant } from '../../format/date';
import { reportPath } from './reportPaths';

type DraftRow = OutputOf<'reports.list'>[number];

/** Newest funding year first: the report being written is usually the latest one. */
export function SachberichtList({ reports }: { reports: readonly DraftRow[] }) {
  if (reports.length === 0) {
    return <EmptyState>Es ist noch kein Sachbericht angelegt.</EmptyState>;
  }
  const sorted = [...reports].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return (
    <div className="kern-table-responsive">
      <table className="kern-table kern-table--small report-table">
        <caption className="visually-hidden">Sachberichte je Förderjahr</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Förderjahr</th>
            <th scope="col" className="kern-table__header">Bericht</th>
            <th scope="col" className="kern-table__header">Stichtag</th>
            <th scope="col" className="kern-table__header">Zuletzt geändert</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {sorted.map((r) => (
            <tr className="kern-table__row" key={r.id}>
              <td className="kern-table__cell">{r.year ?? '–'}</td>
              <td className="kern-table__cell"><a className="kern-link" href={hrefFor(reportPath(r.id))}>{r.title}</a></td>
              <td className="kern-table__cell">{formatDate(r.reportingDate) || '–'}</td>
              <td className="kern-table__cell">{formatInstant(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
