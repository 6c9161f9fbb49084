import type { OutputOf } from '../../../db/api/contract';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatInstant } from '../../format/date';

type Theme = OutputOf<'themes.get'>;

/** Every status change with its time, and the decision of the Lenkungsgruppe where one was needed. */
export function ThemeHistory({ theme }: { theme: Theme }) {
  if (theme.history.length === 0) return <EmptyState>Noch kein Statuswechsel.</EmptyState>;
  return (
    <div className="kern-table-responsive" role="region" aria-label="Statusverlauf" tabIndex={0}>
      <table className="kern-table">
        <caption className="visually-hidden">Statusverlauf des Themas</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th className="kern-table__header" scope="col">Zeitpunkt</th>
            <th className="kern-table__header" scope="col">Status</th>
            <th className="kern-table__header" scope="col">Beschluss</th>
            <th className="kern-table__header" scope="col">Notiz</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {theme.history.map((h) => (
            <tr key={h.id} className="kern-table__row">
              <td className="kern-table__cell nowrap">{formatInstant(h.changedAt)}</td>
              <td className="kern-table__cell">{h.toStatusLabel}</td>
              <td className="kern-table__cell">
                {h.decision ? `${h.decision.number ?? 'Beschluss'} vom ${formatDate(h.decision.decidedOn)} (${h.decision.committeeName})` : '–'}
              </td>
              <td className="kern-table__cell">{h.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
